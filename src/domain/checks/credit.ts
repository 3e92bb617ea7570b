import type { PlanNumbers } from "../calc/types";
import { formNumber } from "../calc/values";
import type { Finding } from "../findings";
import type { Plan } from "../plan";
import { finding, formPlace, type CheckContext } from "./context";
import { formatMonth, formatNumber } from "../text/format";
import { amountText } from "./labels";

/**
 * `CREDIT_LIMIT_EXCEEDED`: credit_required > credit_limit. An empty limit is
 * never exceeded; a limit of 0 means no credit line, so any need above 0 is
 * (spec §7). Names credit_limit; the message gives the month of the peak need.
 */
export function creditLimitFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const limit = formNumber(plan, "credit_limit");
  if (limit === null || numbers.creditRequired <= limit) return [];
  const peak = numbers.months.find((m) => numbers.creditNeed[m] === numbers.creditRequired) ?? "";
  return [
    finding(ctx, "CREDIT_LIMIT_EXCEEDED", formPlace(plan, "credit_limit"), {
      required: amountText(plan, numbers.creditRequired, ctx.lang),
      limit: amountText(plan, limit, ctx.lang),
      month: peak === "" ? "" : formatMonth(peak, ctx.lang),
      days: formatNumber(formNumber(plan, "credit_depth_days") ?? 0, ctx.lang),
      zero: limit === 0 ? 1 : 0,
    }),
  ];
}

/** `CREDIT_DEPTH_ABOVE_MAX`: credit_depth_days above the `max_credit_depth_days` setting. */
export function creditDepthFindings(
  plan: Plan,
  _numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const depth = formNumber(plan, "credit_depth_days");
  const max = plan.config.settings.maxCreditDepthDays;
  if (depth === null || depth <= max) return [];
  return [
    finding(ctx, "CREDIT_DEPTH_ABOVE_MAX", formPlace(plan, "credit_depth_days"), {
      days: formatNumber(depth, ctx.lang),
      max: formatNumber(max, ctx.lang),
    }),
  ];
}
