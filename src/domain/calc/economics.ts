import type { Plan, PlanRow } from "../plan";
import type { Month } from "../values";
import { discountEarned, nextTiers, type NextTier } from "./earned";
import { promoResults, type PromoResult } from "./promos";
import type { MonthlySums } from "./rollups";

export type { NextTier } from "./earned";
export type { PromoResult } from "./promos";

/**
 * The negotiation economics of spec §10, computed as of T
 * (`actuals_through`). Amounts in minor units; null = empty.
 */
export interface EconomicsNumbers {
  /** Σ over closed blocks of every discount group of ROUND(A_b × rate, 2); null while T is empty. */
  readonly discountEarned: number | null;
  /** One entry per discount group, in order of first appearance in `DiscountTiers`. */
  readonly nextTier: readonly NextTier[];
  /** One entry per `Activities` row of kind promo, in sheet order. */
  readonly promos: readonly PromoResult[];
}

/**
 * Every value of spec §10 for a plan, given its months, its monthly actual
 * sums A_m and T. A `SalesActual` cell counts as an actual when it is not
 * empty (a 0 is a value), as for T.
 */
export function economicsNumbers(
  plan: Plan,
  months: readonly Month[],
  monthlyActual: MonthlySums,
  through: Month | null
): EconomicsNumbers {
  return {
    discountEarned: discountEarned(plan, months, monthlyActual, through),
    nextTier: nextTiers(plan, months, monthlyActual, through),
    promos: promoResults(plan, months, through, hasActual),
  };
}

function hasActual(row: PlanRow, month: Month): boolean {
  return row.filledMonths.includes(month);
}
