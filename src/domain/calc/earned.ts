import { mulRateToMinor } from "../money";
import { basisBlocks } from "../periods";
import type { Plan } from "../plan";
import type { Month } from "../values";
import { applicableTier, completeTiers, tierGroups, type Tier } from "./discounts";
import type { MonthlySums } from "./rollups";

/**
 * The next tier of one discount group (spec §10) in its open block: the
 * first basis block not closed by T. Amounts in minor units, the rate a
 * fraction; null where empty.
 */
export interface NextTier {
  /** The group's list keys. */
  readonly condition: string;
  readonly basisPeriod: string;
  /** First and last month of the open block; null when every block is closed. */
  readonly blockStart: Month | null;
  readonly blockEnd: Month | null;
  /** A_b to date: Σ A_m over the open block's months ≤ T (0 while T is empty); null without an open block. */
  readonly actualToDate: number | null;
  /** The smallest threshold above the actual to date; null when no higher tier exists. */
  readonly threshold: number | null;
  /** threshold − actual to date. */
  readonly gap: number | null;
  /** The rate of that tier (the first listed of equal thresholds). */
  readonly rate: number | null;
}

/** A block is closed when every month it covers (blocks are cut at plan_end) is ≤ T (spec §10). */
function isClosed(months: readonly Month[], through: Month | null): boolean {
  return through !== null && months.every((m) => m <= through);
}

function sumOf(monthly: MonthlySums, months: readonly Month[]): number {
  return months.reduce((sum, m) => sum + (monthly[m] ?? 0), 0);
}

/**
 * `discount_earned` (spec §10): for every discount group and every closed
 * basis block, the tier rule of section 4 applied to the block's actual sales
 * A_b gives ROUND(A_b × rate, 2); their sum in minor units. Null while T is
 * empty; 0 when T exists and no block is closed.
 */
export function discountEarned(
  plan: Plan,
  months: readonly Month[],
  monthlyActual: MonthlySums,
  through: Month | null
): number | null {
  if (through === null) return null;
  let earned = 0;
  for (const group of tierGroups(completeTiers(plan))) {
    for (const block of basisBlocks(months, group.basisPeriod)) {
      if (!isClosed(block.months, through)) continue;
      const actual = sumOf(monthlyActual, block.months);
      const tier = applicableTier(group.tiers, actual);
      if (tier) earned += mulRateToMinor(actual, tier.rate);
    }
  }
  return earned;
}

/** The tier with the smallest threshold above `base`; of equal thresholds the first listed. */
export function nextTierAbove(tiers: readonly Tier[], base: number): Tier | null {
  let best: Tier | null = null;
  for (const tier of tiers) {
    if (tier.threshold > base && (best === null || tier.threshold < best.threshold)) best = tier;
  }
  return best;
}

/**
 * The gap to the next tier for every discount group (spec §10), in the order
 * the groups first appear in `DiscountTiers`: in the group's open block (its
 * first block not closed by T; the first block while T is empty) the actual to
 * date, the smallest threshold above it, the gap and that tier's rate. A group
 * with no open block has every value empty; one with no higher tier keeps its
 * block and actual to date.
 */
export function nextTiers(
  plan: Plan,
  months: readonly Month[],
  monthlyActual: MonthlySums,
  through: Month | null
): readonly NextTier[] {
  return tierGroups(completeTiers(plan)).map((group) => {
    const empty: NextTier = {
      condition: group.condition,
      basisPeriod: group.basisPeriod,
      blockStart: null,
      blockEnd: null,
      actualToDate: null,
      threshold: null,
      gap: null,
      rate: null,
    };
    const open = basisBlocks(months, group.basisPeriod).find(
      (block) => !isClosed(block.months, through)
    );
    if (!open) return empty;
    const reached = open.months.filter((m) => through !== null && m <= through);
    const actual = sumOf(monthlyActual, reached);
    const tier = nextTierAbove(group.tiers, actual);
    return {
      ...empty,
      blockStart: open.months[0] ?? null,
      blockEnd: open.months[open.months.length - 1] ?? null,
      actualToDate: actual,
      threshold: tier ? tier.threshold : null,
      gap: tier ? tier.threshold - actual : null,
      rate: tier ? tier.rate : null,
    };
  });
}
