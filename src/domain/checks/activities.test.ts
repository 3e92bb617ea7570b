import { cleanWith, d, findingsOf, plain, withCode } from "./testing/fixture";

const activity = (date: number | null, status: string | null, cost = 1_00) => ({
  activity: "Встреча",
  date,
  status,
  cost,
});

describe("DATE_OUTSIDE_PLAN", () => {
  it("flags an activity after plan_end, naming its date cell", () => {
    const [f] = withCode(
      findingsOf(cleanWith({}, { Activities: [activity(d("2027-07-01"), "planned")] })),
      "DATE_OUTSIDE_PLAN"
    );
    expect(f).toMatchObject({ severity: "warning", sheet: "ActionPlan", name: "Activities" });
    expect(f?.cell).toMatch(/^B\d+$/);
    expect(f?.message).toContain("01.07.2027");
    expect(f?.message).toContain("30.06.2027");
  });

  it("flags a date before the plan’s first month even when plan_start is mid-month", () => {
    const spec = cleanWith(
      { plan_start: d("2027-01-20") },
      { Activities: [activity(d("2026-12-31"), null), activity(d("2027-01-05"), null)] }
    );
    expect(withCode(findingsOf(spec), "DATE_OUTSIDE_PLAN")).toHaveLength(1);
  });

  it("accepts the first and last day of the plan, and ignores cancelled activities", () => {
    const spec = cleanWith(
      {},
      {
        Activities: [
          activity(d("2027-01-01"), "done"),
          activity(d("2027-06-30"), null),
          activity(d("2028-01-01"), "cancelled"),
        ],
      }
    );
    expect(withCode(findingsOf(spec), "DATE_OUTSIDE_PLAN")).toEqual([]);
  });
});

describe("BUDGET_EXCEEDED", () => {
  it("flags costs above the percent_of_turnover budget, naming budget_amount", () => {
    // budget = 3 % of 900 000 = 27 000
    const spec = cleanWith(
      {},
      {
        Activities: [
          activity(d("2027-02-01"), "done", 20_000_00),
          activity(d("2027-03-01"), null, 7_000_01),
        ],
      }
    );
    const [f] = withCode(findingsOf(spec), "BUDGET_EXCEEDED");
    expect(f).toMatchObject({ severity: "error", name: "budget_amount" });
    expect(plain(f?.message)).toContain("27 000,01");
    expect(plain(f?.message)).toContain("бюджет 27 000,00 ₽ на 0,01 ₽");
  });

  it("accepts spending equal to the budget and leaves cancelled activities out", () => {
    const spec = cleanWith(
      {},
      {
        Activities: [
          activity(d("2027-02-01"), "done", 27_000_00),
          activity(d("2027-03-01"), "cancelled", 99_000_00),
        ],
      }
    );
    expect(withCode(findingsOf(spec), "BUDGET_EXCEEDED")).toEqual([]);
  });

  it("says nothing while the chosen method’s input is missing (budget empty)", () => {
    const spec = cleanWith(
      { budget_method: "fixed", budget_fixed: null },
      { Activities: [activity(d("2027-02-01"), null, 1e9)] }
    );
    expect(withCode(findingsOf(spec), "BUDGET_EXCEEDED")).toEqual([]);
    const fixed = cleanWith(
      { budget_method: "fixed", budget_fixed: 10_00 },
      { Activities: [activity(d("2027-02-01"), null, 10_01)] }
    );
    expect(withCode(findingsOf(fixed), "BUDGET_EXCEEDED")).toHaveLength(1);
  });
});
