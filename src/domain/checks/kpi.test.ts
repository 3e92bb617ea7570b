import type { Month } from "../periods";
import { cleanWith, d, findingsOf, plain, withCode } from "./testing/fixture";

const kpi = (period: string, weight = 1, name = "Выручка") => ({
  kpi: name,
  period,
  target: 100,
  weight,
});

describe("KPI_PERIOD_LONGER_THAN_PLAN", () => {
  it("flags a yearly KPI on a half-year plan, only as longer (not also misaligned)", () => {
    const findings = findingsOf(cleanWith({}, { KPI: [kpi("year")] }));
    const [f] = withCode(findings, "KPI_PERIOD_LONGER_THAN_PLAN");
    expect(f).toMatchObject({ severity: "error", sheet: "ActionPlan", name: "KPI" });
    expect(f?.message).toBe(
      "План на полугодие (6 мес.), а KPI «Выручка» измеряется за год (12 мес.): за время плана его не измерить. Выберите период KPI не длиннее плана."
    );
    expect(withCode(findings, "KPI_PERIOD_MISALIGNED")).toEqual([]);
  });

  it("accepts a KPI as long as the plan", () => {
    expect(
      withCode(
        findingsOf(cleanWith({}, { KPI: [kpi("half_year")] })),
        "KPI_PERIOD_LONGER_THAN_PLAN"
      )
    ).toEqual([]);
  });

  it("speaks English in an English workbook", () => {
    const [f] = withCode(
      findingsOf(cleanWith({}, { KPI: [kpi("year", 1, "Revenue")] }), "2027-02-01", "en"),
      "KPI_PERIOD_LONGER_THAN_PLAN"
    );
    expect(f?.message).toContain("KPI “Revenue” is measured over a year (12 months)");
  });
});

describe("KPI_PERIOD_MISALIGNED", () => {
  const offQuarter = { plan_start: d("2027-02-01"), plan_period: "half_year" };
  const months: { readonly monthColumns: readonly Month[] } = {
    monthColumns: ["2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07"],
  };

  it("flags quarterly KPIs on a half-year plan that starts mid-quarter", () => {
    const [f] = withCode(
      findingsOf(cleanWith(offQuarter, { KPI: [kpi("quarter")] }, months)),
      "KPI_PERIOD_MISALIGNED"
    );
    expect(f).toMatchObject({ severity: "error", name: "KPI" });
    expect(f?.message).toContain("01.02.2027");
    expect(f?.message).toContain("31.07.2027");
  });

  it("accepts monthly KPIs there, and quarterly KPIs on a quarter-aligned plan", () => {
    expect(
      withCode(
        findingsOf(cleanWith(offQuarter, { KPI: [kpi("month")] }, months)),
        "KPI_PERIOD_MISALIGNED"
      )
    ).toEqual([]);
    expect(
      withCode(findingsOf(cleanWith({}, { KPI: [kpi("quarter")] })), "KPI_PERIOD_MISALIGNED")
    ).toEqual([]);
  });

  it("follows the fiscal year: a half-year KPI on a plan from April is aligned only when the fiscal year starts in April or October", () => {
    const april = cleanWith(
      { plan_start: d("2027-04-01") },
      { KPI: [kpi("half_year")] },
      { monthColumns: ["2027-04", "2027-05", "2027-06", "2027-07", "2027-08", "2027-09"] }
    );
    expect(withCode(findingsOf(april), "KPI_PERIOD_MISALIGNED")).toHaveLength(1);
    const aprilFiscal = { ...april, settings: { fiscalYearStartMonth: 4 } };
    expect(withCode(findingsOf(aprilFiscal), "KPI_PERIOD_MISALIGNED")).toEqual([]);
  });
});

describe("KPI_SHORTER_THAN_CHECKPOINT", () => {
  it("flags monthly KPIs with quarterly checkpoints", () => {
    const [f] = withCode(
      findingsOf(cleanWith({}, { KPI: [kpi("month")] })),
      "KPI_SHORTER_THAN_CHECKPOINT"
    );
    expect(f).toMatchObject({ severity: "warning", name: "KPI" });
    expect(f?.message).toContain("месяц (1 мес.)");
    expect(f?.message).toContain("квартал (3 мес.)");
  });

  it("is checked only when checkpoint_period is set", () => {
    expect(
      withCode(
        findingsOf(cleanWith({ checkpoint_period: null }, { KPI: [kpi("month")] })),
        "KPI_SHORTER_THAN_CHECKPOINT"
      )
    ).toEqual([]);
    expect(
      withCode(findingsOf(cleanWith({}, { KPI: [kpi("quarter")] })), "KPI_SHORTER_THAN_CHECKPOINT")
    ).toEqual([]);
  });
});

describe("KPI_WEIGHTS_NOT_100", () => {
  it("flags weights that sum to 90 %, naming the KPI table", () => {
    const [f] = withCode(
      findingsOf(cleanWith({}, { KPI: [kpi("quarter", 0.6), kpi("quarter", 0.3, "Доля")] })),
      "KPI_WEIGHTS_NOT_100"
    );
    expect(f).toMatchObject({ severity: "error", name: "KPI", sheet: "ActionPlan" });
    expect(f?.message).toContain("90\u00a0%");
    expect(f?.message).toContain("не хватает 10\u00a0%");
  });

  it("counts 0.7 + 0.2 + 0.1 as exactly 100 %, and compares in whole basis points", () => {
    const three = {
      KPI: [kpi("quarter", 0.7), kpi("quarter", 0.2, "B"), kpi("quarter", 0.1, "C")],
    };
    expect(withCode(findingsOf(cleanWith({}, three)), "KPI_WEIGHTS_NOT_100")).toEqual([]);
    const almost = { KPI: [kpi("quarter", 0.500049), kpi("quarter", 0.5, "B")] };
    expect(withCode(findingsOf(cleanWith({}, almost)), "KPI_WEIGHTS_NOT_100")).toEqual([]);
    const over = { KPI: [kpi("quarter", 0.50005), kpi("quarter", 0.5, "B")] };
    expect(withCode(findingsOf(cleanWith({}, over)), "KPI_WEIGHTS_NOT_100")).toHaveLength(1);
  });

  it("counts an empty weight as 0, and says nothing without KPI rows", () => {
    expect(
      withCode(
        findingsOf(
          cleanWith({}, { KPI: [{ kpi: "X", period: "quarter", target: 1, weight: null }] })
        ),
        "KPI_WEIGHTS_NOT_100"
      )
    ).toHaveLength(1);
    expect(withCode(findingsOf(cleanWith({}, { KPI: [] })), "KPI_WEIGHTS_NOT_100")).toEqual([]);
  });
});

describe("KPI_TARGET_NOT_PLAN", () => {
  // The clean plan's sales: 6 × 150 000 = 900 000.
  const salesKpi = (target: number, period = "half_year") => ({
    kpi: "Выручка",
    metric: "sales",
    period,
    target,
    weight: 1,
  });

  it("flags a sales KPI over the plan period whose target is more than 0.5 % off the sales plan", () => {
    const [f, ...rest] = withCode(
      findingsOf(cleanWith({}, { KPI: [salesKpi(904_501)] })),
      "KPI_TARGET_NOT_PLAN"
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "warning", name: "KPI" });
    expect(plain(f?.message)).toContain("900 000,00 ₽");
    expect(
      withCode(findingsOf(cleanWith({}, { KPI: [salesKpi(895_499)] })), "KPI_TARGET_NOT_PLAN")
    ).toHaveLength(1);
  });

  it("accepts a target within 0.5 %, other periods and other metrics", () => {
    for (const kpi of [
      salesKpi(904_500),
      salesKpi(895_500),
      salesKpi(450_000, "quarter"),
      { ...salesKpi(1), metric: "other" },
      { ...salesKpi(1), metric: null },
    ]) {
      expect(withCode(findingsOf(cleanWith({}, { KPI: [kpi] })), "KPI_TARGET_NOT_PLAN")).toEqual(
        []
      );
    }
  });

  it("is silent while the sales plan is 0", () => {
    const spec = cleanWith({}, { KPI: [salesKpi(1_000)], SalesPlan: [{ item: "Молоко 3,2%" }] });
    expect(withCode(findingsOf(spec), "KPI_TARGET_NOT_PLAN")).toEqual([]);
  });
});
