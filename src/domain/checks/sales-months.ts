import type { PlanNumbers } from "../calc/types";
import type { Finding } from "../findings";
import type { Plan } from "../plan";
import { finding, tablePlace, type CheckContext } from "./context";
import { sectionLabel } from "./labels";

const SALES_TABLES = ["SalesPlan", "SalesActual"] as const;

/**
 * `SALES_MONTHS_MISMATCH`: the `YYYY-MM` month columns of `SalesPlan` differ
 * from the plan period's months (missing, extra, or out of order). Decision:
 * `SalesActual` has the same shape (spec §3) and is checked the same way, since
 * a missing actual month would silently drop actual sales. One finding per
 * table, naming the table. Skipped while the plan has no months.
 */
export function salesMonthsFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const expected = numbers.months;
  if (expected.length === 0) return [];
  const findings: Finding[] = [];
  for (const key of SALES_TABLES) {
    const table = plan.tables[key];
    if (!table?.present) continue;
    const found = table.monthColumns;
    if (found.length === expected.length && found.every((m, i) => m === expected[i])) continue;
    const foundSet = new Set(found);
    const expectedSet = new Set(expected);
    const missing = expected.filter((m) => !foundSet.has(m));
    const extra = [...new Set(found.filter((m) => !expectedSet.has(m)))];
    findings.push(
      finding(ctx, "SALES_MONTHS_MISMATCH", tablePlace(plan, key), {
        table: sectionLabel(plan, key, ctx.lang),
        first: expected[0] ?? "",
        last: expected[expected.length - 1] ?? "",
        count: expected.length,
        missing: missing.join(", "),
        extra: extra.join(", "),
        order: missing.length === 0 && extra.length === 0 ? 1 : 0,
      })
    );
  }
  return findings;
}
