import { fromMinor, roundToScaledInteger } from "../money";
import { daysInMonth } from "../periods";
import type { Month } from "../values";
import type { MonthlySums } from "./rollups";

/**
 * Credit need per plan month (spec §4, §7):
 * need_m = `ROUND(S_m / DAY(EOMONTH(m, 0)) × credit_depth_days, 2)`, minor
 * units; an empty depth means no deferral (every need_m is 0).
 */
export function creditNeed(
  months: readonly Month[],
  monthly: MonthlySums,
  depthDays: number | null
): Readonly<Record<Month, number>> {
  const need: Record<Month, number> = {};
  for (const month of months) {
    const sales = fromMinor(monthly[month] ?? 0);
    need[month] =
      depthDays === null ? 0 : roundToScaledInteger((sales / daysInMonth(month)) * depthDays, 2);
  }
  return need;
}

/** `credit_required` = max need_m (`MAX` over the months), 0 for a plan without months. Minor units. */
export function creditRequired(need: Readonly<Record<Month, number>>): number {
  return Object.values(need).reduce((max, value) => Math.max(max, value), 0);
}

/**
 * `credit_utilization` = credit_required / credit_limit; null (empty) when
 * the limit is empty or 0 (spec §7).
 */
export function creditUtilization(required: number, limit: number | null): number | null {
  return limit === null || limit === 0 ? null : required / limit;
}
