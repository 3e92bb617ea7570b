import { calculatePlan } from "../domain/calc/calculate";
import { planOf } from "../domain/calc/testing/plan-fixture";
import { serialOfIso } from "../domain/periods";
import { calcRecord } from "./calc-output";

const d = (iso: string): number => serialOfIso(iso) ?? Number.NaN;

describe("calc --format json, spec §10", () => {
  const numbers = calculatePlan(
    planOf({
      form: { plan_start: d("2027-01-01"), plan_period: "quarter" },
      tables: {
        SalesPlan: [{ item: "A", "2027-01": 100_00, "2027-02": 100_00, "2027-03": 100_00 }],
        SalesActual: [{ item: "A", "2027-01": 80_00, "2027-02": 120_50 }],
        DiscountTiers: [
          { condition: "promo", basis_period: "month", threshold: 100_00, rate: 0.05 },
          { condition: "volume", basis_period: "quarter", threshold: 300_00, rate: 0.02 },
        ],
        Activities: [
          { activity: "Visit", kind: "meeting", date: d("2027-02-01") },
          { activity: "Tasting", kind: "promo", date: d("2027-02-10"), cost: 10_00 },
        ],
      },
      settings: { grossMargin: 0.5 },
    })
  );
  const record = calcRecord("plan.xlsx", numbers, 0.5);

  it("adds discount_earned and completeness to the values", () => {
    // T = 2027-02: January (80, no tier) and February (120.50 × 5 % = 6.03) are closed months.
    expect(record.values.discount_earned).toBe(6.03);
    expect(record.values.completeness).toBe(0.5);
  });

  it("lists the next tier per group with list keys, months and amounts in major units", () => {
    expect(record.next_tier).toEqual([
      {
        condition: "promo",
        basis_period: "month",
        block_start: "2027-03",
        block_end: "2027-03",
        actual_to_date: 0,
        threshold: 100,
        gap: 100,
        rate: 0.05,
      },
      {
        condition: "volume",
        basis_period: "quarter",
        block_start: "2027-01",
        block_end: "2027-03",
        actual_to_date: 200.5,
        threshold: 300,
        gap: 99.5,
        rate: 0.02,
      },
    ]);
  });

  it("lists one object per promo row", () => {
    // Baseline: January 80; February 120.50 − 80 = 40.50; return 40.50 × 50 % − 10 = 10.25.
    expect(record.promos).toEqual([
      {
        row: 2,
        activity: "Tasting",
        baseline: 80,
        incremental: 40.5,
        incremental_per_cost: 4.05,
        promo_return: 10.25,
      },
    ]);
  });

  it("writes nulls where nothing is computed yet", () => {
    const empty = calcRecord(
      "empty.xlsx",
      calculatePlan(planOf({ form: { plan_start: d("2027-01-01"), plan_period: "quarter" } }))
    );
    expect(empty.values.discount_earned).toBeNull();
    expect(empty.values.completeness).toBeNull();
    expect(empty.next_tier).toEqual([]);
    expect(empty.promos).toEqual([]);
  });
});
