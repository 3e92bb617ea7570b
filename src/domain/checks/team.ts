import type { PlanNumbers } from "../calc/types";
import { rowText, tableRows } from "../calc/values";
import type { Finding } from "../findings";
import type { Plan } from "../plan";
import { finding, tablePlace, type CheckContext } from "./context";
import { listLabel } from "./labels";

/**
 * `TEAM_NO_KAM` and `TEAM_NO_EXECUTIVE_SPONSOR`, naming the Team table.
 * Decision: not reported for a Team table with no rows (that is one
 * REQUIRED_MISSING already, like KPI weights on an empty KPI table) nor for a
 * missing table (TABLE_MISSING).
 */
export function teamFindings(
  plan: Plan,
  _numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const rows = tableRows(plan, "Team");
  if (rows.length === 0) return [];
  const roles = new Set(rows.map((row) => rowText(row, "role")));
  const findings: Finding[] = [];
  if (!roles.has("kam")) {
    findings.push(
      finding(ctx, "TEAM_NO_KAM", tablePlace(plan, "Team"), {
        role: listLabel(plan, "team_roles", "kam", ctx.lang),
      })
    );
  }
  if (!roles.has("executive_sponsor")) {
    findings.push(
      finding(ctx, "TEAM_NO_EXECUTIVE_SPONSOR", tablePlace(plan, "Team"), {
        role: listLabel(plan, "team_roles", "executive_sponsor", ctx.lang),
      })
    );
  }
  return findings;
}
