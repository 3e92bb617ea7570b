import type { PlanNumbers } from "../calc/types";
import { tablePresent, tableRows } from "../calc/values";
import type { Finding } from "../findings";
import { lastDayOfMonth } from "../periods";
import type { Plan } from "../plan";
import { formatMonth } from "../text/format";
import { finding, tablePlace, type CheckContext } from "./context";
import { sectionLabel } from "./labels";

/**
 * `ACTUALS_MISSING` (spec §9): one finding, on the SalesActual table, listing
 * the plan months that ended before today and have no actual in any row (a
 * cell holding 0 is an actual). Nothing while the table is missing (a
 * structure finding says so) or the plan has no months.
 */
export function actualsMissingFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  if (!tablePresent(plan, "SalesActual")) return [];
  const filled = new Set(tableRows(plan, "SalesActual").flatMap((row) => row.filledMonths));
  const missing = numbers.months.filter(
    (month) => lastDayOfMonth(month) < ctx.today && !filled.has(month)
  );
  if (missing.length === 0) return [];
  return [
    finding(ctx, "ACTUALS_MISSING", tablePlace(plan, "SalesActual"), {
      months: missing.map((month) => formatMonth(month, ctx.lang)).join(", "),
      count: missing.length,
      table: sectionLabel(plan, "SalesActual", ctx.lang),
    }),
  ];
}
