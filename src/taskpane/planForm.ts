import { monthOfIsoDate, toExcelMonth, type Month } from "../domain/periods";

/**
 * The month a plan start field holds: `YYYY-MM` with a month 01–12 and a year
 * Excel has dates in (what `<input type="month">` gives, or a person types;
 * spaces around are fine), or null.
 */
export function startMonthOf(text: string): Month | null {
  return toExcelMonth(text.trim());
}

/** True when the plan start field holds a month (see `startMonthOf`). */
export function isMonth(text: string): boolean {
  return startMonthOf(text) !== null;
}

/** The month of a `YYYY-MM-DD` plan start (`2027-01-01` → `2027-01`), or null. */
export function monthOfDate(date: string | null): Month | null {
  return date === null ? null : monthOfIsoDate(date);
}
