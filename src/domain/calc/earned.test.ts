import fc from "fast-check";
import { serialOfIso, type Month } from "../periods";
import type { TypedValue } from "../plan";
import { calculatePlan } from "./calculate";
import { discountEarned, nextTiers } from "./earned";
import { planOf } from "./testing/plan-fixture";

const d = (iso: string): number => serialOfIso(iso) ?? Number.NaN;
type Row = Readonly<Record<string, TypedValue | null>>;

/** A half-year plan from 2027-01 with the given monthly actuals (minor units) and tiers. */
function economics(actual: readonly number[], tiers: readonly Row[]) {
  const months = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"];
  const plan = planOf({
    form: { plan_start: d("2027-01-01"), plan_period: "half_year" },
    tables: {
      SalesPlan: [{ item: "A", ...Object.fromEntries(months.map((m) => [m, 100_000_00])) }],
      SalesActual: [
        { item: "A", ...Object.fromEntries(months.map((m, i) => [m, actual[i] ?? 0])) },
      ],
      DiscountTiers: tiers,
    },
  });
  const numbers = calculatePlan(plan);
  return {
    earned: (t: Month | null) => discountEarned(plan, numbers.months, numbers.monthlyActual, t),
    next: (t: Month | null) => nextTiers(plan, numbers.months, numbers.monthlyActual, t),
  };
}

const tier = (threshold: number, rate: number, basis = "quarter", condition = "volume"): Row => ({
  condition,
  basis_period: basis,
  threshold,
  rate,
});

describe("discount_earned (spec §10)", () => {
  const plan = economics(
    [100_000_00, 100_000_00, 100_000_00, 50_000_00, 0, 0],
    [tier(250_000_00, 0.02), tier(300_000_00, 0.04)]
  );

  it("applies the tiers to the actual sales of every closed block", () => {
    // Q1 actual 300 000 reaches 4 % = 12 000; Q2 is open until 2027-06.
    expect(plan.earned("2027-03")).toBe(12_000_00);
    expect(plan.earned("2027-05")).toBe(12_000_00);
    // Q2 closed with 50 000: no tier.
    expect(plan.earned("2027-06")).toBe(12_000_00);
  });

  it("is empty without T and 0 when no block is closed yet", () => {
    expect(plan.earned(null)).toBeNull();
    expect(plan.earned("2027-02")).toBe(0);
    expect(plan.earned("2026-12")).toBe(0);
  });

  it("takes every block once T is after the plan, and rounds each block to the cent", () => {
    const odd = economics([333_333_33, 0, 0, 0, 0, 0], [tier(0, 0.015, "month")]);
    // 333 333,33 × 1,5 % = 5 000,00 (4 999,99995 rounded); the other months 0.
    expect(odd.earned("2030-01")).toBe(5_000_00);
  });
});

describe("next tier (spec §10)", () => {
  const tiers = [tier(250_000_00, 0.02), tier(400_000_00, 0.04), tier(400_000_00, 0.05)];

  it("gives the smallest threshold above the open block's actual to date, its gap and rate", () => {
    const plan = economics([100_000_00, 60_000_00, 0, 0, 0, 0], tiers);
    expect(plan.next("2027-02")).toEqual([
      {
        condition: "volume",
        basisPeriod: "quarter",
        blockStart: "2027-01",
        blockEnd: "2027-03",
        actualToDate: 160_000_00,
        threshold: 250_000_00,
        gap: 90_000_00,
        rate: 0.02,
      },
    ]);
  });

  it("moves to the next block once a block is closed, and takes the first listed of equal thresholds", () => {
    const plan = economics([100_000_00, 100_000_00, 100_000_00, 30_000_00, 0, 0], tiers);
    expect(plan.next("2027-04")[0]).toMatchObject({
      blockStart: "2027-04",
      blockEnd: "2027-06",
      actualToDate: 30_000_00,
      threshold: 250_000_00,
    });
    const above = economics([300_000_00, 0, 0, 0, 0, 0], tiers);
    expect(above.next("2027-01")[0]).toMatchObject({ threshold: 400_000_00, rate: 0.04 });
  });

  it("starts at the first block with 0 while T is empty", () => {
    expect(economics([0, 0, 0, 0, 0, 0], tiers).next(null)[0]).toMatchObject({
      blockStart: "2027-01",
      actualToDate: 0,
      threshold: 250_000_00,
      gap: 250_000_00,
    });
  });

  it("has no threshold when no higher tier exists, and nothing when no block is open", () => {
    const plan = economics([500_000_00, 0, 0, 0, 0, 0], tiers);
    expect(plan.next("2027-01")[0]).toMatchObject({
      actualToDate: 500_000_00,
      threshold: null,
      gap: null,
      rate: null,
    });
    expect(plan.next("2027-06")[0]).toMatchObject({
      blockStart: null,
      blockEnd: null,
      actualToDate: null,
      threshold: null,
    });
  });

  it("lists one entry per group in order of first appearance", () => {
    const plan = economics(
      [0, 0, 0, 0, 0, 0],
      [tier(1, 0.01, "month", "promo"), tier(5, 0.02), tier(2, 0.01, "month", "promo")]
    );
    expect(plan.next(null).map((g) => [g.condition, g.basisPeriod, g.threshold])).toEqual([
      ["promo", "month", 1],
      ["volume", "quarter", 5],
    ]);
  });
});

describe("property: actuals equal to the plan earn the plan's discount on closed blocks", () => {
  it("holds for random plans, tiers and T", () => {
    const months: Month[] = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"];
    const amount = fc.integer({ min: 0, max: 1e10 });
    fc.assert(
      fc.property(
        fc.array(amount, { minLength: 6, maxLength: 6 }),
        fc.array(
          fc.record({
            condition: fc.constantFrom("volume", "promo"),
            basis_period: fc.constantFrom("month", "quarter", "half_year", "year"),
            threshold: fc.integer({ min: 0, max: 3e10 }),
            rate: fc.integer({ min: 0, max: 2500 }).map((bp) => bp / 10000),
          }),
          { maxLength: 6 }
        ),
        fc.integer({ min: -1, max: 7 }),
        (sales, tiers, t) => {
          const row = {
            item: "A",
            ...Object.fromEntries(months.map((m, i) => [m, sales[i] ?? 0])),
          };
          const plan = planOf({
            form: { plan_start: d("2027-01-01"), plan_period: "half_year" },
            tables: { SalesPlan: [row], SalesActual: [row], DiscountTiers: tiers },
          });
          const n = calculatePlan(plan);
          const through: Month | null =
            t < 0 ? "2026-12" : t >= 6 ? "2027-09" : (months[t] ?? null);
          const closed = n.discounts
            .filter((line) => through !== null && line.months.every((m) => m <= through))
            .reduce((sum, line) => sum + line.discount, 0);
          expect(discountEarned(plan, n.months, n.monthlyActual, through)).toBe(closed);
        }
      ),
      { numRuns: 200 }
    );
  });
});
