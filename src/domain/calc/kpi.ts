import type { PlanRow } from "../plan";
import { rowNumber, rowText } from "./values";

/**
 * The actual of a sales KPI (spec §10): a KPI row with metric `sales` whose
 * period equals the plan period takes `actual_to_date` (minor units) when its
 * own actual cell is empty. Null when the row's own actual counts, or when
 * there is no actual to date.
 */
export interface SalesKpiActual {
  /** `plan_period` (quarter / half_year / year), or null when empty. */
  readonly planPeriod: string | null;
  /** `actual_to_date` in minor units, or null (no actuals). */
  readonly actualToDate: number | null;
}

/** True for a KPI row measured against the sales plan (metric `sales`). */
export function isSalesKpi(row: PlanRow): boolean {
  return rowText(row, "metric") === "sales";
}

/**
 * The actual a KPI row's fulfillment uses: its own `actual`; for a sales KPI
 * whose period equals the plan period and whose actual is empty,
 * `actual_to_date` in currency units (spec §10). Null when none.
 */
export function kpiActual(row: PlanRow, sales: SalesKpiActual | null = null): number | null {
  const own = rowNumber(row, "actual");
  if (own !== null || sales === null || !isSalesKpi(row)) return own;
  const period = rowText(row, "period");
  if (period === null || period !== sales.planPeriod || sales.actualToDate === null) return null;
  return sales.actualToDate / 100;
}

/**
 * KPI fulfillment of one row (spec §4, §7, §10): higher_better (the default,
 * also for an empty direction) actual / target, empty where the actual is
 * empty or the target empty or 0; lower_better MAX(0, 2 − actual / target),
 * empty where the actual is empty or the target empty or ≤ 0 (target 5 days,
 * actual 3 → 140 %). The actual is `kpiActual` (a sales KPI may take the
 * actual to date).
 * Excel: `IF(OR([@actual]="", N([@target])=0), "", [@actual]/[@target])`.
 */
export function kpiFulfillment(row: PlanRow, sales: SalesKpiActual | null = null): number | null {
  const actual = kpiActual(row, sales);
  const target = rowNumber(row, "target");
  if (actual === null || target === null) return null;
  if (rowText(row, "direction") === "lower_better") {
    return target <= 0 ? null : Math.max(0, 2 - actual / target);
  }
  return target === 0 ? null : actual / target;
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
