import type { PlanRow } from "../plan";
import { rowNumber } from "./values";

/**
 * KPI fulfillment of one row (spec §4, §7): actual / target; null (empty)
 * where actual is empty, the target is empty or the target is 0.
 * Excel: `IF(OR([@actual]="", N([@target])=0), "", [@actual]/[@target])`.
 */
export function kpiFulfillment(row: PlanRow): number | null {
  const actual = rowNumber(row, "actual");
  const target = rowNumber(row, "target");
  if (actual === null || target === null || target === 0) return null;
  return actual / target;
}

/**
 * `kpi_score` = Σ weight × fulfillment over rows with a fulfillment (an empty
 * weight counts as 0); null (empty) when no row has one (spec §7).
 */
export function kpiScore(
  rows: readonly PlanRow[],
  fulfillment: readonly (number | null)[]
): number | null {
  let score = 0;
  let any = false;
  for (const [i, row] of rows.entries()) {
    const value = fulfillment[i];
    if (value === null || value === undefined) continue;
    score += (rowNumber(row, "weight") ?? 0) * value;
    any = true;
  }
  return any ? score : null;
}
