import type { Plan } from "../plan";
import { budgetAmount, spending } from "./budget";
import { creditNeed, creditRequired, creditUtilization } from "./credit";
import { discountLines, discountTotal } from "./discounts";
import { economicsNumbers } from "./economics";
import { kpiFulfillment, kpiScore } from "./kpi";
import { planSpanOf } from "./plan-span";
import { nextReview } from "./review";
import { fulfillmentOf, salesRollups } from "./rollups";
import { actualsThrough, toDateNumbers } from "./to-date";
import type { PlanNumbers } from "./types";
import { formNumber, formText, tableRows } from "./values";

/**
 * Every computed value of spec section 4 (and §9's values as of T) for a typed plan, exactly as the
 * workbook's own formulas compute them (the two must agree to the cent).
 * Amounts in minor units, ratios as fractions, dates as serials, null = empty.
 * Never throws for a user's mistake: missing inputs give empty results.
 */
export function calculatePlan(plan: Plan): PlanNumbers {
  const span = planSpanOf(plan);
  const { months, blocks } = span;
  const planRows = tableRows(plan, "SalesPlan");
  const actualRows = tableRows(plan, "SalesActual");

  const planned = salesRollups(planRows, months, blocks);
  const planNames = new Map(planned.groups.map((group) => [group.key, group.name]));
  // Actuals are keyed by the plan's spelling of the item; items not in the plan by their own.
  const actual = salesRollups(
    actualRows,
    months,
    blocks,
    (group) => planNames.get(group.key) ?? group.name
  );
  const fulfillment = fulfillmentOf(planned.rollups, actual.rollups);

  const salesPlanTotal = months.reduce((sum, month) => sum + (planned.monthly[month] ?? 0), 0);
  const discounts = discountLines(plan, months, planned.monthly);
  const discount = discountTotal(discounts);

  const need = creditNeed(months, planned.monthly, formNumber(plan, "credit_depth_days"));
  const required = creditRequired(need);

  const toDate = toDateNumbers(
    actualsThrough(plan, months, actualRows),
    months,
    blocks,
    planned,
    actual,
    planRows,
    actualRows,
    salesPlanTotal
  );

  const kpiRows = tableRows(plan, "KPI");
  // Spec §10: a sales KPI over the plan period may take actual_to_date.
  const sales = { planPeriod: formText(plan, "plan_period"), actualToDate: toDate.actualToDate };
  const kpi = kpiRows.map((row) => kpiFulfillment(row, sales));

  return {
    months,
    blocks,
    planEnd: span.planEnd,
    monthlyPlan: planned.monthly,
    monthlyActual: actual.monthly,
    rollups: planned.rollups,
    actualRollups: actual.rollups,
    fulfillment,
    salesPlanTotal,
    discounts,
    discountTotal: discount,
    netSalesTotal: salesPlanTotal - discount,
    budgetAmount: budgetAmount(plan, salesPlanTotal),
    spending: spending(plan),
    creditNeed: need,
    creditRequired: required,
    creditUtilization: creditUtilization(required, formNumber(plan, "credit_limit")),
    kpiFulfillment: kpi,
    kpiScore: kpiScore(kpiRows, kpi),
    nextReview: nextReview(
      formNumber(plan, "last_review"),
      plan.config.settings.reviewCadenceMonths
    ),
    ...toDate,
    ...economicsNumbers(plan, months, actual.monthly, toDate.actualsThrough),
  };
}
