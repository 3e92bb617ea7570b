import { completeTiers, tierGroups, type Tier, type TierGroup } from "../calc/discounts";
import type { PlanNumbers } from "../calc/types";
import { formText } from "../calc/values";
import { toBasisPoints } from "../money";
import { periodMonths } from "../periods";
import type { Finding } from "../findings";
import type { Plan } from "../plan";
import { finding, formPlace, rowPlace, type CheckContext } from "./context";
import { formatPercent } from "../text/format";
import { amountText, listLabel, periodText } from "./labels";

function groupText(plan: Plan, group: TierGroup, ctx: CheckContext): string {
  return `${listLabel(plan, "discount_conditions", group.condition, ctx.lang)} / ${periodText(plan, group.basisPeriod, ctx.lang)}`;
}

function tierName(tier: Tier): string {
  const name = tier.row.values.tier;
  return typeof name === "string" ? name : "";
}

/**
 * Within each (condition, basis_period) group of complete tiers:
 * `DUPLICATE_VALUE` for a tier whose threshold an earlier tier already has
 * (the first listed applies, spec §7), and `DISCOUNT_TIERS_NOT_MONOTONIC` for
 * a tier whose rate is below the rate of a lower threshold. Monotony is judged
 * over the tiers that apply: later duplicates of a threshold are left out, so
 * equal thresholds are never also "not monotonic".
 */
export function tierOrderFindings(
  plan: Plan,
  _numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const findings: Finding[] = [];
  for (const group of tierGroups(completeTiers(plan))) {
    const applying = new Map<number, Tier>();
    for (const tier of group.tiers) {
      const first = applying.get(tier.threshold);
      if (!first) {
        applying.set(tier.threshold, tier);
        continue;
      }
      findings.push(
        finding(ctx, "DUPLICATE_VALUE", rowPlace(plan, "DiscountTiers", tier.row, "threshold"), {
          kind: "threshold",
          group: groupText(plan, group, ctx),
          value: amountText(plan, tier.threshold, ctx.lang),
          first: first.row.refs.threshold?.cell ?? "",
        })
      );
    }
    const sorted = [...applying.values()].sort((a, b) => a.threshold - b.threshold);
    let highest: Tier | null = null;
    for (const tier of sorted) {
      if (highest && tier.rate < highest.rate) {
        findings.push(
          finding(
            ctx,
            "DISCOUNT_TIERS_NOT_MONOTONIC",
            rowPlace(plan, "DiscountTiers", tier.row, "rate"),
            {
              group: groupText(plan, group, ctx),
              tier: tierName(tier),
              threshold: amountText(plan, tier.threshold, ctx.lang),
              rate: formatPercent(tier.rate, ctx.lang, 4),
              lowerThreshold: amountText(plan, highest.threshold, ctx.lang),
              lowerRate: formatPercent(highest.rate, ctx.lang, 4),
            }
          )
        );
      }
      if (!highest || tier.rate > highest.rate) highest = tier;
    }
  }
  return findings;
}

/**
 * `DISCOUNT_ABOVE_MAX`: a tier's rate above the `max_discount` setting, and
 * the effective rate discount_total / sales_plan_total above it (spec §7:
 * both compared in whole basis points, so cent rounding alone never makes a
 * 25 % plan "above 25 %"). Rates are checked on every tier row with a rate.
 */
export function discountMaxFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const max = plan.config.settings.maxDiscount;
  const maxPoints = toBasisPoints(max);
  const findings: Finding[] = [];
  for (const row of plan.tables.DiscountTiers?.present ? plan.tables.DiscountTiers.rows : []) {
    const rate = row.values.rate;
    if (typeof rate !== "number" || toBasisPoints(rate) <= maxPoints) continue;
    findings.push(
      finding(ctx, "DISCOUNT_ABOVE_MAX", rowPlace(plan, "DiscountTiers", row, "rate"), {
        kind: "tier",
        rate: formatPercent(rate, ctx.lang, 4),
        max: formatPercent(max, ctx.lang, 4),
      })
    );
  }
  if (numbers.salesPlanTotal > 0 && numbers.discountTotal > 0) {
    const effective = numbers.discountTotal / numbers.salesPlanTotal;
    if (toBasisPoints(effective) > maxPoints) {
      findings.push(
        finding(ctx, "DISCOUNT_ABOVE_MAX", formPlace(plan, "discount_total"), {
          kind: "effective",
          rate: formatPercent(toBasisPoints(effective) / 10000, ctx.lang, 4),
          max: formatPercent(max, ctx.lang, 4),
          discount: amountText(plan, numbers.discountTotal, ctx.lang),
          sales: amountText(plan, numbers.salesPlanTotal, ctx.lang),
        })
      );
    }
  }
  return findings;
}

/** `DISCOUNT_BASIS_LONGER_THAN_PLAN`: a tier's basis period longer than the plan (its block is cut at plan_end). */
export function discountBasisFindings(
  plan: Plan,
  _numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const planPeriod = formText(plan, "plan_period");
  const planSize = periodMonths(planPeriod);
  if (planPeriod === null || planSize === null) return [];
  const findings: Finding[] = [];
  for (const row of plan.tables.DiscountTiers?.present ? plan.tables.DiscountTiers.rows : []) {
    const basis = row.values.basis_period;
    const size = periodMonths(basis);
    if (typeof basis !== "string" || size === null || size <= planSize) continue;
    findings.push(
      finding(
        ctx,
        "DISCOUNT_BASIS_LONGER_THAN_PLAN",
        rowPlace(plan, "DiscountTiers", row, "basis_period"),
        {
          basis: periodText(plan, basis, ctx.lang),
          plan: periodText(plan, planPeriod, ctx.lang),
        }
      )
    );
  }
  return findings;
}
