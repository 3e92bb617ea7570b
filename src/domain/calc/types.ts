import type { EconomicsNumbers } from "./economics";
import type { Month } from "../values";

/** Rollup block keys: `q1`…`q4` (3 months from plan_start), `h1`, `h2` (6 months), `total`. */
export type BlockKey = string;

/** A block of consecutive plan months. */
export interface Block {
  readonly key: BlockKey;
  readonly months: readonly Month[];
}

/** Sums per block in minor units (kopecks/cents). */
export type Rollup = Readonly<Record<BlockKey, number>>;

/** Ratios per block (fulfillment): null where empty. */
export type Ratios = Readonly<Record<BlockKey, number | null>>;

/**
 * The values of spec §9 "as of T" (T = `actualsThrough`). Amounts in minor
 * units, ratios at full precision, null = empty (every value while T is empty).
 */
export interface ToDateNumbers {
  /** T, `YYYY-MM`: the month of `as_of`, else the last plan month with an actual; null without either. */
  readonly actualsThrough: Month | null;
  /** Σ S_m over plan months ≤ T (0 when T is before the plan). */
  readonly planToDate: number | null;
  /** Σ A_m over the same months (every actual row). */
  readonly actualToDate: number | null;
  /** actual_to_date / plan_to_date; null when plan_to_date is 0. */
  readonly totalFulfillmentToDate: number | null;
  /** actual_to_date + ROUND(totalFulfillmentToDate × Σ S_m over months > T, 2). */
  readonly forecastTotal: number | null;
  /** forecast_total − sales_plan_total. */
  readonly forecastGap: number | null;
  /** Plan sums per block over its months ≤ T; `total` and each plan item, as `rollups`. */
  readonly rollupsToDate: Readonly<Record<string, Rollup>>;
  readonly actualRollupsToDate: Readonly<Record<string, Rollup>>;
  /** Block fulfillment to date, shaped like `fulfillment`: null where no month of the block is ≤ T or its plan to date is 0. */
  readonly fulfillmentToDate: Readonly<Record<string, Ratios>>;
}

/** One applied discount: a tier group on one basis block. */
export interface DiscountLine {
  readonly condition: string;
  readonly basisPeriod: string;
  /** Months of the basis block (cut at plan_end, spec §7). */
  readonly months: readonly Month[];
  /** S_b in minor units. */
  readonly base: number;
  /** Index of the applied tier row in `DiscountTiers`, or null when no tier applies. */
  readonly tierRow: number | null;
  readonly rate: number;
  /** ROUND(S_b × rate, 2) in minor units. */
  readonly discount: number;
}

/**
 * Every computed value of spec section 4 (and the to-date values of §9). Amounts are integer minor units;
 * ratios and percentages are fractions at full precision; dates are Excel serials.
 * `null` means empty (as the sheet's formula shows an empty cell).
 */
export interface PlanNumbers extends ToDateNumbers, EconomicsNumbers {
  /** The plan's months from plan_start (its month's 1st) for plan_period; empty when either is missing. */
  readonly months: readonly Month[];
  readonly blocks: readonly Block[];
  readonly planEnd: number | null;
  /** S_m per plan month (SalesPlan column sums), minor units. */
  readonly monthlyPlan: Readonly<Record<Month, number>>;
  readonly monthlyActual: Readonly<Record<Month, number>>;
  /** `total` and each plan item (spelled as in its first row). */
  readonly rollups: Readonly<Record<string, Rollup>>;
  readonly actualRollups: Readonly<Record<string, Rollup>>;
  /** actual / plan per block; null where the plan block is 0. Keys as in `rollups`. */
  readonly fulfillment: Readonly<Record<string, Ratios>>;
  readonly salesPlanTotal: number;
  readonly discounts: readonly DiscountLine[];
  readonly discountTotal: number;
  readonly netSalesTotal: number;
  readonly budgetAmount: number | null;
  /** Σ Activities.cost of rows not cancelled. */
  readonly spending: number;
  readonly creditNeed: Readonly<Record<Month, number>>;
  readonly creditRequired: number;
  readonly creditUtilization: number | null;
  /** By KPI row index. */
  readonly kpiFulfillment: readonly (number | null)[];
  readonly kpiScore: number | null;
  readonly nextReview: number | null;
}
