import fc from "fast-check";
import { serialOfIso } from "../periods";
import { calculatePlan } from "./calculate";
import { planOf, type PlanSpec } from "./testing/plan-fixture";

const d = (iso: string): number => serialOfIso(iso) ?? Number.NaN;
const header = (
  extra: Record<string, string | number | null> = {}
): NonNullable<PlanSpec["form"]> => ({
  plan_start: d("2027-01-01"),
  plan_period: "half_year",
  ...extra,
});

describe("plan period", () => {
  it("computes plan_end as the last day of the last plan month", () => {
    const numbers = calculatePlan(planOf({ form: header() }));
    expect(numbers.months).toEqual([
      "2027-01",
      "2027-02",
      "2027-03",
      "2027-04",
      "2027-05",
      "2027-06",
    ]);
    expect(numbers.planEnd).toBe(d("2027-06-30"));
  });

  it("uses the 1st of plan_start’s month when plan_start is mid-month", () => {
    const numbers = calculatePlan(
      planOf({ form: header({ plan_start: d("2027-02-15"), plan_period: "quarter" }) })
    );
    expect(numbers.months).toEqual(["2027-02", "2027-03", "2027-04"]);
    expect(numbers.planEnd).toBe(d("2027-04-30"));
  });

  it("has no months, blocks or end while plan_start or plan_period is empty", () => {
    const numbers = calculatePlan(planOf({ form: { plan_period: "year" } }));
    expect(numbers).toMatchObject({
      months: [],
      blocks: [],
      planEnd: null,
      salesPlanTotal: 0,
      creditRequired: 0,
    });
  });
});

describe("rollups and fulfillment", () => {
  const spec: PlanSpec = {
    form: header(),
    tables: {
      SalesPlan: [
        { item: "Bolts", "2027-01": 100_00, "2027-04": 50_00 },
        { item: " bolts ", "2027-02": 10_00 }, // duplicate: still counts
        { item: "Nuts", "2027-03": 0 },
        { item: null, "2027-06": 1_00 }, // no item: counts in S_m
      ],
      SalesActual: [
        { item: "BOLTS", "2027-01": 55_00, "2027-04": 100_00 },
        { item: "Screws", "2027-02": 7_00 }, // not in plan: counts in the total actual
        { item: "Screws", "2027-02": 3_00 },
      ],
    },
  };
  const numbers = calculatePlan(planOf(spec));

  it("sums S_m over every row, duplicates and item-less rows included", () => {
    expect(numbers.monthlyPlan).toEqual({
      "2027-01": 100_00,
      "2027-02": 10_00,
      "2027-03": 0,
      "2027-04": 50_00,
      "2027-05": 0,
      "2027-06": 1_00,
    });
    expect(numbers.salesPlanTotal).toBe(161_00);
  });

  it("rolls up per block in total and per item (first spelling)", () => {
    expect(numbers.rollups.total).toEqual({ q1: 110_00, q2: 51_00, h1: 161_00, total: 161_00 });
    expect(numbers.rollups.Bolts).toEqual({ q1: 110_00, q2: 50_00, h1: 160_00, total: 160_00 });
    expect(numbers.rollups.Nuts).toEqual({ q1: 0, q2: 0, h1: 0, total: 0 });
    expect(Object.keys(numbers.rollups)).toEqual(["Bolts", "Nuts", "total"]);
  });

  it("totals actuals over every row, also items not in the plan", () => {
    expect(numbers.actualRollups.total).toEqual({
      q1: 65_00,
      q2: 100_00,
      h1: 165_00,
      total: 165_00,
    });
    expect(numbers.actualRollups.Bolts?.total).toBe(155_00); // matched to the plan's spelling
    expect(numbers.actualRollups.Screws?.total).toBe(10_00);
  });

  it("gives fulfillment per plan item and in total, null where the plan block is 0", () => {
    expect(numbers.fulfillment.total?.q1).toBeCloseTo(65 / 110, 15);
    expect(numbers.fulfillment.Bolts?.q1).toBeCloseTo(0.5, 15);
    expect(numbers.fulfillment.Bolts?.q2).toBe(2);
    expect(numbers.fulfillment.Nuts).toEqual({ q1: null, q2: null, h1: null, total: null });
    expect(numbers.fulfillment.Screws).toBeUndefined();
  });
});

describe("discounts", () => {
  const sales = {
    "2027-01": 400_00,
    "2027-02": 300_00,
    "2027-03": 300_00,
    "2027-04": 1000_00,
    "2027-05": 0,
    "2027-06": 0,
  };
  const tier = (
    condition: string | null,
    basis: string | null,
    threshold: number | null,
    rate: number | null
  ) => ({ condition, basis_period: basis, threshold, rate });

  it("applies the largest threshold ≤ S_b per basis block and group, rounding each discount", () => {
    const numbers = calculatePlan(
      planOf({
        form: header(),
        tables: {
          SalesPlan: [{ item: "A", ...sales }],
          DiscountTiers: [
            tier("volume", "quarter", 500_00, 0.02),
            tier("volume", "quarter", 1000_00, 0.035),
            tier("volume", "quarter", 2000_00, 0.05),
            tier("promo", "month", 300_00, 0.00333),
          ],
        },
      })
    );
    const volume = numbers.discounts.filter((line) => line.condition === "volume");
    expect(volume.map((line) => [line.base, line.tierRow, line.discount])).toEqual([
      [1000_00, 1, 35_00], // threshold exactly equal to S_b applies
      [1000_00, 1, 35_00],
    ]);
    const promo = numbers.discounts.filter((line) => line.condition === "promo");
    // 400 × 0.00333 = 1.332 → 1.33; 300 × 0.00333 = 0.999 → 1.00; 0 < 300: none
    expect(promo.map((line) => line.discount)).toEqual([1_33, 1_00, 1_00, 3_33, 0, 0]);
    expect(promo[4]?.tierRow).toBeNull();
    expect(numbers.discountTotal).toBe(70_00 + 1_33 + 1_00 + 1_00 + 3_33);
    expect(numbers.netSalesTotal).toBe(2000_00 - numbers.discountTotal);
  });

  it("lets the first listed of equal thresholds win and leaves incomplete tiers out", () => {
    const numbers = calculatePlan(
      planOf({
        form: header(),
        tables: {
          SalesPlan: [{ item: "A", ...sales }],
          DiscountTiers: [
            tier("volume", "half_year", 100_00, 0.01),
            tier("volume", "half_year", 100_00, 0.2),
            tier("volume", "half_year", 150_00, null),
            tier(null, "half_year", 150_00, 0.5),
          ],
        },
      })
    );
    expect(numbers.discounts).toHaveLength(1);
    expect(numbers.discounts[0]).toMatchObject({
      tierRow: 0,
      rate: 0.01,
      base: 2000_00,
      discount: 20_00,
    });
  });

  it("cuts a basis block longer than the plan at plan_end (not scaled up)", () => {
    const numbers = calculatePlan(
      planOf({
        form: header(),
        tables: {
          SalesPlan: [{ item: "A", ...sales }],
          DiscountTiers: [tier("volume", "year", 1500_00, 0.1)],
        },
      })
    );
    expect(numbers.discounts).toHaveLength(1);
    expect(numbers.discounts[0]).toMatchObject({ base: 2000_00, discount: 200_00 });
    expect(numbers.discounts[0]?.months).toHaveLength(6);
  });
});

describe("budget, credit, KPI, review", () => {
  it("computes the percent_of_turnover budget and is empty while its rate is missing", () => {
    const withRate = planOf({
      form: header({ budget_method: "percent_of_turnover", budget_rate: 0.015 }),
      tables: { SalesPlan: [{ item: "A", "2027-01": 1234_57 }] },
    });
    expect(calculatePlan(withRate).budgetAmount).toBe(18_52); // 1234.57 × 0.015 = 18.51855
    expect(
      calculatePlan(planOf({ form: header({ budget_method: "percent_of_turnover" }) })).budgetAmount
    ).toBeNull();
    expect(
      calculatePlan(planOf({ form: header({ budget_method: "fixed", budget_fixed: 500_00 }) }))
        .budgetAmount
    ).toBe(500_00);
    expect(
      calculatePlan(planOf({ form: header({ budget_method: "fixed" }) })).budgetAmount
    ).toBeNull();
    expect(calculatePlan(planOf({ form: header() })).budgetAmount).toBeNull();
  });

  it("spends what is not cancelled", () => {
    const plan = planOf({
      form: header(),
      tables: {
        Activities: [
          { activity: "a", cost: 10_00, status: "done" },
          { activity: "b", cost: 5_00, status: "cancelled" },
          { activity: "c", cost: 1_50, status: null },
          { activity: "d", cost: null, status: "planned" },
        ],
      },
    });
    expect(calculatePlan(plan).spending).toBe(11_50);
  });

  it("computes the credit need per month with the month’s own days", () => {
    const plan = planOf({
      form: header({ credit_depth_days: 30, credit_limit: 1000_00 }),
      tables: {
        SalesPlan: [{ item: "A", "2027-01": 310_00, "2027-02": 280_00, "2027-03": 100_00 }],
      },
    });
    const numbers = calculatePlan(plan);
    expect(numbers.creditNeed["2027-01"]).toBe(300_00);
    expect(numbers.creditNeed["2027-02"]).toBe(300_00);
    expect(numbers.creditNeed["2027-03"]).toBe(96_77); // 100/31×30 = 96.774…
    expect(numbers.creditRequired).toBe(300_00);
    expect(numbers.creditUtilization).toBeCloseTo(0.3, 15);
  });

  it("has no need without a depth, and no utilization without a limit or with limit 0", () => {
    const sales = { SalesPlan: [{ item: "A", "2027-01": 310_00 }] };
    const noDepth = calculatePlan(planOf({ form: header({ credit_limit: 5_00 }), tables: sales }));
    expect(noDepth.creditRequired).toBe(0);
    expect(Object.values(noDepth.creditNeed).every((n) => n === 0)).toBe(true);
    expect(noDepth.creditUtilization).toBe(0);
    expect(
      calculatePlan(planOf({ form: header({ credit_depth_days: 10 }), tables: sales }))
        .creditUtilization
    ).toBeNull();
    expect(
      calculatePlan(
        planOf({ form: header({ credit_depth_days: 10, credit_limit: 0 }), tables: sales })
      ).creditUtilization
    ).toBeNull();
  });

  it("computes KPI fulfillment and the weighted score, empty where it must be", () => {
    const numbers = calculatePlan(
      planOf({
        form: header(),
        tables: {
          KPI: [
            { kpi: "Revenue", target: 100, actual: 80, weight: 0.5 },
            { kpi: "Share", target: 0, actual: 5, weight: 0.3 },
            { kpi: "NPS", target: 50, actual: null, weight: 0.2 },
          ],
        },
      })
    );
    expect(numbers.kpiFulfillment).toEqual([0.8, null, null]);
    expect(numbers.kpiScore).toBeCloseTo(0.4, 15);
    const none = calculatePlan(
      planOf({
        form: header(),
        tables: { KPI: [{ kpi: "NPS", target: 50, actual: null, weight: 1 }] },
      })
    );
    expect(none.kpiScore).toBeNull();
  });

  it("sets next_review with EDATE and the cadence setting", () => {
    const plan = planOf({
      form: header({ last_review: d("2026-11-30") }),
      settings: { reviewCadenceMonths: 3 },
    });
    expect(calculatePlan(plan).nextReview).toBe(d("2027-02-28"));
    expect(calculatePlan(planOf({ form: header() })).nextReview).toBeNull();
  });
});

describe("calculator properties", () => {
  const amount = fc.integer({ min: 0, max: 1e11 });
  const planArb = fc.record({
    period: fc.constantFrom("quarter", "half_year", "year"),
    startMonth: fc.integer({ min: 1, max: 12 }),
    rows: fc.array(fc.array(amount, { minLength: 12, maxLength: 12 }), { maxLength: 8 }),
    tiers: fc.array(
      fc.record({
        condition: fc.constantFrom("volume", "promo"),
        basis_period: fc.constantFrom("month", "quarter", "half_year", "year"),
        threshold: fc.integer({ min: 0, max: 1e11 }),
        rate: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 6 }
    ),
  });

  it("totals equal the sum of the blocks; discounts never exceed the sales they apply to", () => {
    fc.assert(
      fc.property(planArb, ({ period, startMonth, rows, tiers }) => {
        const start = d(`2027-${String(startMonth).padStart(2, "0")}-01`);
        const skeleton = calculatePlan(
          planOf({ form: { plan_start: start, plan_period: period } })
        );
        const salesRows = rows.map((amounts, i) => {
          const row: Record<string, string | number> = { item: `item ${i % 3}` };
          skeleton.months.forEach((m, j) => {
            row[m] = amounts[j] ?? 0;
          });
          return row;
        });
        const numbers = calculatePlan(
          planOf({
            form: { plan_start: start, plan_period: period },
            tables: { SalesPlan: salesRows, DiscountTiers: tiers },
          })
        );
        for (const rollup of Object.values(numbers.rollups)) {
          const quarters = ["q1", "q2", "q3", "q4"].reduce((sum, q) => sum + (rollup[q] ?? 0), 0);
          expect(quarters).toBe(rollup.total);
          if (rollup.h1 !== undefined) expect(rollup.h1 + (rollup.h2 ?? 0)).toBe(rollup.total);
        }
        const itemSum = Object.entries(numbers.rollups)
          .filter(([k]) => k !== "total")
          .reduce((s, [, r]) => s + (r.total ?? 0), 0);
        expect(itemSum).toBe(numbers.salesPlanTotal);
        expect(numbers.rollups.total?.total).toBe(numbers.salesPlanTotal);
        for (const line of numbers.discounts) {
          expect(line.discount).toBeGreaterThanOrEqual(0);
          expect(line.discount).toBeLessThanOrEqual(line.base);
          expect(Number.isInteger(line.discount)).toBe(true);
        }
        const groups = new Set(numbers.discounts.map((l) => `${l.condition}/${l.basisPeriod}`))
          .size;
        expect(numbers.discountTotal).toBeLessThanOrEqual(
          numbers.salesPlanTotal * Math.max(groups, 1)
        );
      }),
      { numRuns: 300 }
    );
  });
});
