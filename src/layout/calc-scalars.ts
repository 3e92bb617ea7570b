/**
 * Addresses of the §10 scalars on the Calc sheet (calc-sheet.ts writes them;
 * the table formulas of table-columns.ts read them without importing the
 * sheet's builder).
 */
export const CALC_SCALARS = {
  /** months(plan_period), or "". */
  planMonths: "B3",
  /** `Settings.gross_margin` as a number, or "". */
  grossMargin: "B10",
  /** `discount_earned`, "" while T is empty. */
  discountEarned: "B11",
} as const;
