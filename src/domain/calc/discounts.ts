import { mulRateToMinor } from "../money";
import { basisBlocks } from "../periods";
import type { Plan, PlanRow } from "../plan";
import type { Month } from "../values";
import type { DiscountLine } from "./types";
import type { MonthlySums } from "./rollups";
import { rowNumber, rowText, tableRows } from "./values";

/** A `DiscountTiers` row with every input the calculation needs (spec §7: incomplete rows are left out). */
export interface Tier {
  readonly row: PlanRow;
  readonly condition: string;
  readonly basisPeriod: string;
  /** Minor units. */
  readonly threshold: number;
  /** Fraction. */
  readonly rate: number;
}

/** The complete tier rows of `DiscountTiers`, in sheet order. */
export function completeTiers(plan: Plan): readonly Tier[] {
  const tiers: Tier[] = [];
  for (const row of tableRows(plan, "DiscountTiers")) {
    const condition = rowText(row, "condition");
    const basisPeriod = rowText(row, "basis_period");
    const threshold = rowNumber(row, "threshold");
    const rate = rowNumber(row, "rate");
    if (condition === null || basisPeriod === null || threshold === null || rate === null) continue;
    tiers.push({ row, condition, basisPeriod, threshold, rate });
  }
  return tiers;
}

/** A discount group: the tiers of one (condition, basis_period) pair, in sheet order. */
export interface TierGroup {
  readonly condition: string;
  readonly basisPeriod: string;
  readonly tiers: readonly Tier[];
}

/** Tiers grouped by (condition, basis_period), groups in order of first appearance. */
export function tierGroups(tiers: readonly Tier[]): readonly TierGroup[] {
  const groups = new Map<string, { condition: string; basisPeriod: string; tiers: Tier[] }>();
  for (const tier of tiers) {
    const id = `${tier.condition}\u0000${tier.basisPeriod}`;
    const group = groups.get(id);
    if (group) group.tiers.push(tier);
    else
      groups.set(id, { condition: tier.condition, basisPeriod: tier.basisPeriod, tiers: [tier] });
  }
  return [...groups.values()];
}

/**
 * The tier that applies to S_b: the largest threshold ≤ S_b; of equal
 * thresholds the one listed first (spec §7). Null when none is reached.
 */
export function applicableTier(tiers: readonly Tier[], base: number): Tier | null {
  let best: Tier | null = null;
  for (const tier of tiers) {
    if (tier.threshold <= base && (best === null || tier.threshold > best.threshold)) best = tier;
  }
  return best;
}

/**
 * Discount lines (spec §4, §7): for each group and each basis block of
 * months(basis_period) from plan_start (the last cut at plan_end),
 * S_b = Σ S_m over the block, and the discount ROUND(S_b × rate, 2) of the
 * applicable tier (0 when none applies). Lines in group order, then block order.
 */
export function discountLines(
  plan: Plan,
  months: readonly Month[],
  monthly: MonthlySums
): readonly DiscountLine[] {
  const lines: DiscountLine[] = [];
  for (const group of tierGroups(completeTiers(plan))) {
    for (const block of basisBlocks(months, group.basisPeriod)) {
      let base = 0;
      for (const month of block.months) base += monthly[month] ?? 0;
      const tier = applicableTier(group.tiers, base);
      lines.push({
        condition: group.condition,
        basisPeriod: group.basisPeriod,
        months: block.months,
        base,
        tierRow: tier ? tier.row.index : null,
        rate: tier ? tier.rate : 0,
        discount: tier ? mulRateToMinor(base, tier.rate) : 0,
      });
    }
  }
  return lines;
}

/** `discount_total` = Σ discount over every group and block, minor units. */
export function discountTotal(lines: readonly DiscountLine[]): number {
  return lines.reduce((sum, line) => sum + line.discount, 0);
}
