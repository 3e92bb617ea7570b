import { kpiActual, kpiFulfillment } from "./kpi";
import { planOf } from "./testing/plan-fixture";
import type { TypedValue } from "../plan";

const kpiRow = (values: Readonly<Record<string, TypedValue | null>>) => {
  const row = planOf({ tables: { KPI: [{ kpi: "K", ...values }] } }).tables.KPI?.rows[0];
  if (!row) throw new Error("no KPI row");
  return row;
};

describe("KPI direction (spec §10)", () => {
  it("scores a lower-is-better KPI as MAX(0, 2 − actual / target): 3 days against 5 is 140 %", () => {
    expect(kpiFulfillment(kpiRow({ target: 5, actual: 3, direction: "lower_better" }))).toBeCloseTo(
      1.4,
      15
    );
  });

  it("scores a lower-is-better KPI twice its target or worse as 0, never negative", () => {
    expect(kpiFulfillment(kpiRow({ target: 5, actual: 10, direction: "lower_better" }))).toBe(0);
    expect(kpiFulfillment(kpiRow({ target: 5, actual: 12, direction: "lower_better" }))).toBe(0);
  });

  it("leaves a lower-is-better KPI empty with target ≤ 0 or no actual", () => {
    expect(kpiFulfillment(kpiRow({ target: 0, actual: 3, direction: "lower_better" }))).toBeNull();
    expect(kpiFulfillment(kpiRow({ target: -1, actual: 3, direction: "lower_better" }))).toBeNull();
    expect(
      kpiFulfillment(kpiRow({ target: 5, actual: null, direction: "lower_better" }))
    ).toBeNull();
  });

  it("keeps actual / target for higher_better and for an empty direction", () => {
    expect(kpiFulfillment(kpiRow({ target: 5, actual: 3, direction: "higher_better" }))).toBe(0.6);
    expect(kpiFulfillment(kpiRow({ target: 5, actual: 3 }))).toBe(0.6);
    expect(kpiFulfillment(kpiRow({ target: 0, actual: 3 }))).toBeNull();
  });
});

describe("sales KPI actual (spec §10)", () => {
  const sales = { planPeriod: "half_year", actualToDate: 22_450_000_00 };

  it("takes actual_to_date for a sales KPI over the plan period with an empty actual", () => {
    const row = kpiRow({ metric: "sales", period: "half_year", target: 22_450_000, actual: null });
    expect(kpiActual(row, sales)).toBe(22_450_000);
    expect(kpiFulfillment(row, sales)).toBe(1);
  });

  it("keeps a typed actual, and ignores other periods, other metrics and missing actuals to date", () => {
    expect(
      kpiActual(kpiRow({ metric: "sales", period: "half_year", actual: 21_350_000 }), sales)
    ).toBe(21_350_000);
    expect(kpiActual(kpiRow({ metric: "sales", period: "quarter", actual: null }), sales)).toBe(
      null
    );
    expect(kpiActual(kpiRow({ metric: "other", period: "half_year", actual: null }), sales)).toBe(
      null
    );
    expect(
      kpiActual(kpiRow({ metric: "sales", period: "half_year", actual: null }), {
        planPeriod: "half_year",
        actualToDate: null,
      })
    ).toBeNull();
  });
});
