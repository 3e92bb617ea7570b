import { blocks, eomonth, isExcelDate, planMonths } from "../periods";
import type { Plan } from "../plan";
import type { Month } from "../values";
import type { Block } from "./types";
import { formNumber, formText } from "./values";

/** The span a plan covers: its start, months, rollup blocks and end date (its period key is a `PlanPeriod`). */
export interface PlanSpan {
  /** Serial of plan_start as entered (maybe not a 1st: spec §7 uses its month's 1st); null when empty or not an Excel date. */
  readonly start: number | null;
  readonly months: readonly Month[];
  readonly blocks: readonly Block[];
  /** Serial of plan_end; null while plan_start or plan_period is missing. */
  readonly planEnd: number | null;
}

/**
 * The plan's span from `plan_start` and `plan_period` (spec §4, §7):
 * months(plan_period) whole months from the 1st of plan_start's month;
 * `plan_end` = last day of the month (plan_start + months − 1), which is Excel's
 * `EOMONTH(plan_start, months − 1)`. No months while either field is empty.
 */
export function planSpanOf(plan: Plan): PlanSpan {
  const entered = formNumber(plan, "plan_start");
  // Outside Excel's dates the sheet's formulas show #NUM!: no plan span.
  const start = entered !== null && isExcelDate(entered) ? entered : null;
  const period = formText(plan, "plan_period");
  const months = start !== null && period !== null ? planMonths(start, period) : [];
  const planEnd = start !== null && months.length > 0 ? eomonth(start, months.length - 1) : null;
  return { start, months, blocks: months.length > 0 ? blocks(months) : [], planEnd };
}
