import { edate, isExcelDate } from "../periods";

/**
 * `next_review` = `EDATE(last_review, review_cadence_months)` (spec §4): the
 * same day that many months later, clamped to the month's end. Null while
 * last_review is empty, and where Excel's EDATE gives #NUM! (a date outside
 * 1900-01-01 … 9999-12-31 before or after).
 */
export function nextReview(lastReview: number | null, cadenceMonths: number): number | null {
  if (lastReview === null || !isExcelDate(lastReview)) return null;
  const next = edate(lastReview, cadenceMonths);
  return isExcelDate(next) ? next : null;
}
