import {
  addMonths,
  dateOfSerial,
  firstDayOfMonth,
  isExcelDate,
  isFiscalBoundary,
  monthOf,
  periodMonths,
  type Month,
} from "../periods";
import { formText } from "../calc/values";
import type { Finding } from "../findings";
import type { Plan } from "../plan";
import type { PlanNumbers } from "../calc/types";
import { finding, formPlace, type CheckContext } from "./context";
import { formatMonthName, formatSerialDate } from "../text/format";
import { periodText } from "./labels";

/**
 * `PLAN_START_NOT_MONTH_START` (plan_start not a 1st; spec §7: the checks still
 * use that month's 1st) and `PLAN_START_OFF_FISCAL` (the plan's month is not a
 * fiscal boundary of its own period type: (m − fiscal_year_start_month) mod
 * months(T) ≠ 0).
 */
export function planStartFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const start = plan.form.plan_start;
  if (typeof start !== "number" || !isExcelDate(start)) return [];
  const findings: Finding[] = [];
  const { year, month, day } = dateOfSerial(start);
  if (day !== 1) {
    findings.push(
      finding(ctx, "PLAN_START_NOT_MONTH_START", formPlace(plan, "plan_start"), {
        date: formatSerialDate(start, ctx.lang),
        first: formatSerialDate(start - day + 1, ctx.lang),
      })
    );
  }
  const period = formText(plan, "plan_period");
  const size = periodMonths(period);
  const fiscal = plan.config.settings.fiscalYearStartMonth;
  const first = numbers.months[0];
  if (
    period !== null &&
    size !== null &&
    first !== undefined &&
    !isFiscalBoundary(first, period, fiscal)
  ) {
    // The fiscal periods of this type around the plan's start month.
    const back = (((month - fiscal) % size) + size) % size;
    const previous = addMonths(monthOf(year, month), -back);
    const next = addMonths(previous, size);
    findings.push(
      finding(ctx, "PLAN_START_OFF_FISCAL", formPlace(plan, "plan_start"), {
        period: periodText(plan, period, ctx.lang),
        start: formatSerialDate(start - day + 1, ctx.lang),
        fiscalStart: formatMonthName(fiscal, ctx.lang),
        previous: monthStart(previous, ctx),
        next: monthStart(next, ctx),
      })
    );
  }
  return findings;
}

function monthStart(month: Month, ctx: CheckContext): string {
  return formatSerialDate(firstDayOfMonth(month), ctx.lang);
}

/**
 * `CHECKPOINTS_MISSING` (plan longer than a quarter without a
 * checkpoint_period) and `CHECKPOINT_NOT_SHORTER_THAN_PLAN`
 * (months(checkpoint) ≥ months(plan)).
 */
export function checkpointFindings(
  plan: Plan,
  _numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const period = formText(plan, "plan_period");
  const planSize = periodMonths(period);
  if (period === null || planSize === null) return [];
  const checkpoint = formText(plan, "checkpoint_period");
  const checkpointSize = periodMonths(checkpoint);
  if (checkpoint === null || checkpointSize === null) {
    if (planSize <= 3) return [];
    return [
      finding(ctx, "CHECKPOINTS_MISSING", formPlace(plan, "checkpoint_period"), {
        plan: periodText(plan, period, ctx.lang),
      }),
    ];
  }
  if (checkpointSize < planSize) return [];
  return [
    finding(ctx, "CHECKPOINT_NOT_SHORTER_THAN_PLAN", formPlace(plan, "checkpoint_period"), {
      checkpoint: periodText(plan, checkpoint, ctx.lang),
      plan: periodText(plan, period, ctx.lang),
    }),
  ];
}
