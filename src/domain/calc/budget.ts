import { mulRateToMinor } from "../money";
import type { Plan } from "../plan";
import { formNumber, formText, rowNumber, rowText, tableRows } from "./values";

/**
 * `budget_amount` (spec §4, §7): percent_of_turnover →
 * `ROUND(budget_rate × sales_plan_total, 2)`; fixed → `budget_fixed`. Null
 * (empty) while the method or the chosen method's input is missing.
 * Minor units.
 */
export function budgetAmount(plan: Plan, salesPlanTotal: number): number | null {
  switch (formText(plan, "budget_method")) {
    case "percent_of_turnover": {
      const rate = formNumber(plan, "budget_rate");
      return rate === null ? null : mulRateToMinor(salesPlanTotal, rate);
    }
    case "fixed":
      return formNumber(plan, "budget_fixed");
    default:
      return null;
  }
}

/**
 * Spending = Σ `Activities.cost` of rows whose status is not cancelled (an
 * empty status counts; an empty cost is 0). Minor units. Excel:
 * `SUMIFS(Activities[cost], Activities[status], "<>cancelled")` in spirit.
 */
export function spending(plan: Plan): number {
  let sum = 0;
  for (const row of tableRows(plan, "Activities")) {
    if (rowText(row, "status") === "cancelled") continue;
    sum += rowNumber(row, "cost") ?? 0;
  }
  return sum;
}
