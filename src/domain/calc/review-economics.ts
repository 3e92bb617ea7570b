import type { KamConfig } from "../config/types";
import type { Plan } from "../plan";
import type { EconomicsNumbers, NextTier, PromoResult } from "./economics";
import { rowText, tableRows } from "./values";

/** The promo results of a plan in total (spec §10), as the Summary sheet shows them. */
export interface PromoTotals {
  /** Promo rows whose effect is computed (baseline known). */
  readonly computed: number;
  /** Σ incremental of the computed promos, minor units; null when none is computed. */
  readonly incremental: number | null;
  /** Σ promo_return, minor units; null when none has a return (no computed promo, or no gross margin). */
  readonly promoReturn: number | null;
  /** Promos whose return is below 0 (each is a `PROMO_UNPROFITABLE`); null when none has a return. */
  readonly unprofitable: number | null;
}

/** What a review shows of the negotiation economics: the nearest next tier and the promo totals. */
export interface ReviewEconomics {
  /**
   * The discount group closest to its next tier: the smallest gap among the
   * groups that have one; of equal gaps the group whose condition, then basis
   * period, comes first in its list (the order of the Calc sheet's rows); null
   * when no group has a higher tier (spec §10: "empty when no higher tier exists").
   */
  readonly nearestTier: NextTier | null;
  readonly promos: PromoTotals;
}

/**
 * The negotiation economics a review shows (the pane's Numbers view and the
 * Summary sheet, whose native formulas agree: LibreOffice test in
 * src/xlsx/print): the nearest next tier over every discount group, and the
 * promo results summed.
 */
export function reviewEconomics(n: EconomicsNumbers, config: KamConfig): ReviewEconomics {
  const conditions = listValues(config, "condition");
  const bases = listValues(config, "basis_period");
  const rank = (g: NextTier): readonly [number, number] => [
    conditions.indexOf(g.condition),
    bases.indexOf(g.basisPeriod),
  ];
  let nearestTier: NextTier | null = null;
  for (const group of n.nextTier) {
    if (group.gap === null || group.rate === null) continue;
    const best = nearestTier?.gap ?? null;
    if (nearestTier === null || best === null || group.gap < best) nearestTier = group;
    else if (group.gap === best) {
      const [c, b] = rank(group);
      const [bc, bb] = rank(nearestTier);
      if (c < bc || (c === bc && b < bb)) nearestTier = group;
    }
  }
  const computed = n.promos.filter((p) => p.incremental !== null);
  const returns = n.promos.flatMap((p) => (p.promoReturn === null ? [] : [p.promoReturn]));
  const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);
  return {
    nearestTier,
    promos: {
      computed: computed.length,
      incremental: computed.length === 0 ? null : sum(computed.map((p) => p.incremental ?? 0)),
      promoReturn: returns.length === 0 ? null : sum(returns),
      unprofitable: returns.length === 0 ? null : returns.filter((r) => r < 0).length,
    },
  };
}

/**
 * The promos a review lists: every promo row of `Activities` but the
 * cancelled ones (a cancelled promo has no effect to show), in sheet order.
 */
export function reviewedPromos(plan: Plan, promos: readonly PromoResult[]): readonly PromoResult[] {
  const cancelled = new Set(
    tableRows(plan, "Activities")
      .filter((r) => rowText(r, "status") === "cancelled")
      .map((r) => r.index + 1)
  );
  return promos.filter((p) => !cancelled.has(p.row));
}

/** The value keys of the list of a `DiscountTiers` field, in list order. */
function listValues(config: KamConfig, field: "condition" | "basis_period"): readonly string[] {
  const def = config.fields.find((f) => f.section === "DiscountTiers" && f.key === field);
  if (def?.type.kind !== "list") return [];
  const key = def.type.list;
  return config.lists.find((l) => l.key === key)?.values.map((v) => v.value) ?? [];
}
