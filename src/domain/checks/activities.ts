import type { PlanNumbers } from "../calc/types";
import { rowNumber, rowText, tableRows } from "../calc/values";
import { firstDayOfMonth } from "../periods";
import type { Finding } from "../findings";
import type { Plan } from "../plan";
import { finding, formPlace, rowPlace, type CheckContext } from "./context";
import { formatSerialDate } from "../text/format";
import { amountText } from "./labels";

/**
 * `DATE_OUTSIDE_PLAN`: an activity dated before the 1st of the plan's first
 * month or after plan_end; cancelled activities are ignored (spec §7).
 */
export function activityDateFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const first = numbers.months[0];
  if (first === undefined || numbers.planEnd === null) return [];
  const start = firstDayOfMonth(first);
  const end = numbers.planEnd;
  const findings: Finding[] = [];
  for (const row of tableRows(plan, "Activities")) {
    if (rowText(row, "status") === "cancelled") continue;
    const when = rowNumber(row, "date");
    if (when === null || (when >= start && when < end + 1)) continue;
    findings.push(
      finding(ctx, "DATE_OUTSIDE_PLAN", rowPlace(plan, "Activities", row, "date"), {
        activity: rowText(row, "activity") ?? "",
        date: formatSerialDate(when, ctx.lang),
        start: formatSerialDate(start, ctx.lang),
        end: formatSerialDate(end, ctx.lang),
      })
    );
  }
  return findings;
}

/** `BUDGET_EXCEEDED`: spending (activities not cancelled) above budget_amount; nothing while the budget is empty. */
export function budgetFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const budget = numbers.budgetAmount;
  if (budget === null || numbers.spending <= budget) return [];
  return [
    finding(ctx, "BUDGET_EXCEEDED", formPlace(plan, "budget_amount"), {
      spending: amountText(plan, numbers.spending, ctx.lang),
      budget: amountText(plan, budget, ctx.lang),
      over: amountText(plan, numbers.spending - budget, ctx.lang),
    }),
  ];
}
