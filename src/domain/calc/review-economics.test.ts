import { DEFAULT_CONFIG } from "../config/defaults";
import type { EconomicsNumbers, NextTier, PromoResult } from "./economics";
import type { Plan, PlanRow } from "../plan";
import { reviewEconomics, reviewedPromos } from "./review-economics";

const group = (
  condition: string,
  basisPeriod: string,
  gap: number | null,
  rate: number | null = gap === null ? null : 0.02
): NextTier => ({
  condition,
  basisPeriod,
  blockStart: "2027-04",
  blockEnd: "2027-06",
  actualToDate: 100_00,
  threshold: gap === null ? null : 100_00 + gap,
  gap,
  rate,
});

const promo = (
  row: number,
  incremental: number | null,
  promoReturn: number | null = null
): PromoResult => ({
  row,
  activity: `promo ${row}`,
  baseline: incremental === null ? null : 1_000_00,
  incremental,
  incrementalPerCost: null,
  promoReturn,
});

const numbers = (
  nextTier: readonly NextTier[],
  promos: readonly PromoResult[] = []
): EconomicsNumbers => ({ discountEarned: null, nextTier, promos });

describe("reviewEconomics", () => {
  it("picks the discount group with the smallest gap to its next tier", () => {
    const e = reviewEconomics(
      numbers([
        group("volume", "quarter", 850_000_00),
        group("volume", "year", null),
        group("payment_discipline", "half_year", 500_000_00, 0.01),
      ]),
      DEFAULT_CONFIG
    );
    expect(e.nearestTier).toMatchObject({ basisPeriod: "half_year", gap: 500_000_00, rate: 0.01 });
  });

  it("of equal gaps takes the group whose condition, then basis period, comes first in its list", () => {
    // DiscountTiers listed payment discipline first; the lists put volume first (the Calc sheet's order).
    const e = reviewEconomics(
      numbers([
        group("payment_discipline", "quarter", 300_00, 0.01),
        group("volume", "half_year", 300_00, 0.03),
        group("volume", "quarter", 300_00, 0.02),
      ]),
      DEFAULT_CONFIG
    );
    expect(e.nearestTier).toMatchObject({
      condition: "volume",
      basisPeriod: "quarter",
      rate: 0.02,
    });
  });

  it("has no nearest tier when no group has a higher tier", () => {
    expect(reviewEconomics(numbers([group("volume", "quarter", null)]), DEFAULT_CONFIG)).toEqual({
      nearestTier: null,
      promos: { computed: 0, incremental: null, promoReturn: null, unprofitable: null },
    });
  });

  it("sums the computed promos and counts those with a return below 0", () => {
    const e = reviewEconomics(
      numbers([], [promo(1, null), promo(2, 1_800_00, -59_550_00), promo(4, 54_000_00, 3_500_00)]),
      DEFAULT_CONFIG
    );
    expect(e.promos).toEqual({
      computed: 2,
      incremental: 55_800_00,
      promoReturn: -56_050_00,
      unprofitable: 1,
    });
  });

  it("claims no return while the gross margin is not set, however many promos are computed", () => {
    const e = reviewEconomics(numbers([], [promo(1, -2_000_00), promo(2, 500_00)]), DEFAULT_CONFIG);
    expect(e.promos).toEqual({
      computed: 2,
      incremental: -1_500_00,
      promoReturn: null,
      unprofitable: null,
    });
  });
});

describe("reviewedPromos", () => {
  it("lists every promo but the cancelled ones, in sheet order", () => {
    const row = (index: number, status: string | null): PlanRow => ({
      index,
      values: { activity: `a${index}`, kind: "promo", status },
      refs: {},
      months: {},
      filledMonths: [],
      monthRefs: {},
    });
    const plan: Plan = {
      config: DEFAULT_CONFIG,
      form: {},
      formRefs: {},
      tables: {
        Activities: {
          key: "Activities",
          present: true,
          ref: null,
          rows: [row(0, "planned"), row(1, "cancelled"), row(2, null)],
          monthColumns: [],
        },
      },
      workbookTemplateVersion: null,
    };
    expect(
      reviewedPromos(plan, [promo(1, null), promo(2, null), promo(3, 5_00)]).map((p) => p.row)
    ).toEqual([1, 3]);
  });
});
