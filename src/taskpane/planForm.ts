import type { PlanPeriodKey } from "../excel/types";

/** The plan periods the Plan view offers, in the order shown. */
export const PLAN_PERIODS: readonly PlanPeriodKey[] = ["quarter", "half_year", "year"];

/** True for a `YYYY-MM` month with a month 01–12 (what `<input type="month">` gives, or a person types). */
export function isMonth(text: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m) return false;
  const month = Number(m[2]);
  return month >= 1 && month <= 12;
}

/** The month after the one of `today` (`YYYY-MM-DD`): a sensible default plan start. */
export function nextMonth(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 12
    ? `${String(year + 1)}-01`
    : `${String(year)}-${String(month + 1).padStart(2, "0")}`;
}

/** The month of a `YYYY-MM-DD` plan start (`2027-01-01` → `2027-01`), or null. */
export function monthOfDate(date: string | null): string | null {
  return date !== null && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}
