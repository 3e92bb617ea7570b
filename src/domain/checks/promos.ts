import type { PlanNumbers } from "../calc/types";
import { rowNumber, tableRows } from "../calc/values";
import type { Finding } from "../findings";
import type { Plan } from "../plan";
import { formatPercent } from "../text/format";
import { finding, rowPlace, type CheckContext } from "./context";
import { amountText } from "./labels";

/**
 * `PROMO_UNPROFITABLE` (spec §10): a promo whose return (ROUND(incremental ×
 * gross_margin, 2) − cost) is below 0; only where the return is computed
 * (the margin is set, the effect is over and a baseline exists). Names the
 * row's cost cell.
 */
export function promoFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const margin = plan.config.settings.grossMargin;
  if (margin === null) return [];
  const rows = tableRows(plan, "Activities");
  const findings: Finding[] = [];
  for (const promo of numbers.promos) {
    const row = rows.find((r) => r.index + 1 === promo.row);
    if (!row || promo.promoReturn === null || promo.incremental === null) continue;
    if (promo.promoReturn >= 0) continue;
    findings.push(
      finding(ctx, "PROMO_UNPROFITABLE", rowPlace(plan, "Activities", row, "cost"), {
        activity: promo.activity ?? "",
        incremental: amountText(plan, promo.incremental, ctx.lang),
        margin: formatPercent(margin, ctx.lang),
        cost: amountText(plan, rowNumber(row, "cost") ?? 0, ctx.lang),
        loss: amountText(plan, -promo.promoReturn, ctx.lang),
      })
    );
  }
  return findings;
}
