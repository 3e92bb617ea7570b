import { monthOf } from "../periods";
import { cleanWith, d, findingsOf, withCode } from "./testing/fixture";

describe("PLAN_START_NOT_MONTH_START", () => {
  it("flags a plan_start that is not a 1st, naming the plan_start cell, and still plans from that month’s 1st", () => {
    const findings = findingsOf(cleanWith({ plan_start: d("2027-01-15") }));
    const [f] = withCode(findings, "PLAN_START_NOT_MONTH_START");
    expect(f).toMatchObject({ severity: "error", sheet: "ActionPlan", name: "plan_start" });
    expect(f?.cell).toMatch(/^C\d+$/);
    expect(f?.message).toContain("15.01.2027");
    expect(f?.message).toContain("01.01.2027");
    // months still 2027-01…06: no SALES_MONTHS_MISMATCH, no DATE_OUTSIDE_PLAN
    expect(findings.map((x) => x.code)).toEqual(["PLAN_START_NOT_MONTH_START"]);
  });

  it("accepts the 1st of a month", () => {
    expect(withCode(findingsOf(cleanWith()), "PLAN_START_NOT_MONTH_START")).toEqual([]);
  });
});

describe("PLAN_START_OFF_FISCAL", () => {
  it("flags a half-year plan starting in February with a January fiscal year", () => {
    const spec = cleanWith(
      { plan_start: d("2027-02-01"), plan_period: "half_year" },
      {},
      { monthColumns: ["2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07"] }
    );
    const [f] = withCode(findingsOf(spec), "PLAN_START_OFF_FISCAL");
    expect(f).toMatchObject({ severity: "warning", name: "plan_start" });
    expect(f?.message).toContain("полугодие (6 мес.)");
    expect(f?.message).toContain("01.01.2027");
    expect(f?.message).toContain("01.07.2027");
    expect(f?.message).toContain("января");
  });

  it("accepts a year plan from April when the fiscal year starts in April, and flags it with a January fiscal year", () => {
    const year = { plan_start: d("2027-04-01"), plan_period: "year" };
    expect(
      withCode(
        findingsOf(cleanWith(year, {}, { settings: { fiscalYearStartMonth: 4 } })),
        "PLAN_START_OFF_FISCAL"
      )
    ).toEqual([]);
    expect(withCode(findingsOf(cleanWith(year)), "PLAN_START_OFF_FISCAL")).toHaveLength(1);
  });

  it("accepts a quarter plan from October with a July fiscal year", () => {
    const spec = cleanWith(
      { plan_start: d("2027-10-01"), plan_period: "quarter", checkpoint_period: "month" },
      {},
      { settings: { fiscalYearStartMonth: 7 } }
    );
    expect(withCode(findingsOf(spec), "PLAN_START_OFF_FISCAL")).toEqual([]);
  });
});

describe("CHECKPOINTS_MISSING", () => {
  it("flags a plan longer than a quarter without a checkpoint period", () => {
    const [f] = withCode(findingsOf(cleanWith({ checkpoint_period: null })), "CHECKPOINTS_MISSING");
    expect(f).toMatchObject({
      severity: "warning",
      name: "checkpoint_period",
      sheet: "ActionPlan",
    });
    expect(f?.message).toContain("полугодие (6 мес.)");
  });

  it("does not ask a quarter plan for checkpoints", () => {
    const spec = cleanWith({ plan_period: "quarter", checkpoint_period: null });
    expect(withCode(findingsOf(spec), "CHECKPOINTS_MISSING")).toEqual([]);
  });
});

describe("CHECKPOINT_NOT_SHORTER_THAN_PLAN", () => {
  it("flags a checkpoint period equal to or longer than the plan", () => {
    expect(
      withCode(
        findingsOf(cleanWith({ checkpoint_period: "half_year" })),
        "CHECKPOINT_NOT_SHORTER_THAN_PLAN"
      )
    ).toHaveLength(1);
    const [f] = withCode(
      findingsOf(cleanWith({ checkpoint_period: "year" })),
      "CHECKPOINT_NOT_SHORTER_THAN_PLAN"
    );
    expect(f).toMatchObject({ severity: "error", name: "checkpoint_period" });
    expect(f?.message).toContain("год (12 мес.)");
  });

  it("accepts a shorter checkpoint period", () => {
    expect(
      withCode(
        findingsOf(cleanWith({ checkpoint_period: "month" })),
        "CHECKPOINT_NOT_SHORTER_THAN_PLAN"
      )
    ).toEqual([]);
  });
});

describe("SALES_MONTHS_MISMATCH", () => {
  it("names the table and lists missing and extra months", () => {
    const spec = cleanWith(
      {},
      {},
      { monthColumns: ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-07"] }
    );
    const found = withCode(findingsOf(spec), "SALES_MONTHS_MISMATCH");
    expect(found.map((f) => f.name)).toEqual(["SalesPlan", "SalesActual"]);
    expect(found[0]).toMatchObject({ severity: "error", sheet: "ActionPlan" });
    expect(found[0]?.cell).toMatch(/^A\d+$/);
    expect(found[0]?.message).toContain("нет столбцов: 2027-06");
    expect(found[0]?.message).toContain("лишние столбцы: 2027-07");
  });

  it("flags months out of order and extra columns of a 36-month stress table", () => {
    const reversed = cleanWith(
      {},
      {},
      { monthColumns: ["2027-06", "2027-05", "2027-04", "2027-03", "2027-02", "2027-01"] }
    );
    expect(withCode(findingsOf(reversed), "SALES_MONTHS_MISMATCH")[0]?.message).toContain(
      "не по порядку"
    );
    const long = Array.from({ length: 36 }, (_, i) =>
      monthOf(2027 + Math.floor(i / 12), (i % 12) + 1)
    );
    expect(
      withCode(findingsOf(cleanWith({}, {}, { monthColumns: long })), "SALES_MONTHS_MISMATCH")
    ).toHaveLength(2);
  });

  it("accepts exactly the plan’s months, and says nothing while the plan has no months", () => {
    expect(withCode(findingsOf(cleanWith()), "SALES_MONTHS_MISMATCH")).toEqual([]);
    expect(
      withCode(
        findingsOf(cleanWith({ plan_start: null }, {}, { monthColumns: ["2030-01"] })),
        "SALES_MONTHS_MISMATCH"
      )
    ).toEqual([]);
  });
});
