import { mulRateToMinor } from "../money";
import { isExcelDate, monthOfSerial } from "../periods";
import type { Plan, PlanRow } from "../plan";
import type { Month } from "../values";
import { fulfillmentOf, salesRollups, type SalesRollups } from "./rollups";
import type { Block, ToDateNumbers } from "./types";
import { formNumber } from "./values";

/**
 * T (spec §9): the month of `as_of` when it holds a date Excel shows (wherever
 * it falls, also outside the plan); otherwise the last plan month with any
 * non-empty `SalesActual` cell (a 0 is a value); null when there is none.
 */
export function actualsThrough(
  plan: Plan,
  months: readonly Month[],
  actualRows: readonly PlanRow[]
): Month | null {
  const asOf = formNumber(plan, "as_of");
  if (asOf !== null && isExcelDate(asOf)) return monthOfSerial(asOf);
  const inPlan = new Set(months);
  let last: Month | null = null;
  for (const row of actualRows)
    for (const month of row.filledMonths)
      if (inPlan.has(month) && (last === null || month > last)) last = month;
  return last;
}

/** Σ of monthly sums over `months`, minor units. */
function sumOver(monthly: Readonly<Record<Month, number>>, months: readonly Month[]): number {
  return months.reduce((sum, month) => sum + (monthly[month] ?? 0), 0);
}

/**
 * Plan, actual and fulfilment to date (spec §9 and its edge decisions): the
 * months ≤ T count (none when T is empty or before the plan, all when after
 * it); every to-date value is null when T is empty; the ratio is null when the
 * plan to date is 0. Block fulfilment to date uses each block's months ≤ T
 * (null when none is, or their plan is 0), for the total and each plan item.
 * forecast_total = actual_to_date + ROUND(fulfillment_to_date × Σ S_m over
 * months > T, 2), null with the ratio; forecast_gap = forecast − plan total.
 * The ratio is taken on amounts in major units, as the sheet divides them,
 * so the forecast's ROUND sees the same double as the formula.
 */
export function toDateNumbers(
  t: Month | null,
  months: readonly Month[],
  blocks: readonly Block[],
  planned: SalesRollups,
  actual: SalesRollups,
  planRows: readonly PlanRow[],
  actualRows: readonly PlanRow[],
  salesPlanTotal: number
): ToDateNumbers {
  const reached = (month: Month): boolean => t !== null && month <= t;
  const blocksToDate = blocks.map((block) => ({
    key: block.key,
    months: block.months.filter(reached),
  }));
  const planNames = new Map(planned.groups.map((group) => [group.key, group.name]));
  const planToDateRollups = salesRollups(planRows, months, blocksToDate).rollups;
  const actualToDateRollups = salesRollups(
    actualRows,
    months,
    blocksToDate,
    (group) => planNames.get(group.key) ?? group.name
  ).rollups;
  const fulfillmentToDate = fulfillmentOf(planToDateRollups, actualToDateRollups);
  const common = {
    rollupsToDate: planToDateRollups,
    actualRollupsToDate: actualToDateRollups,
    fulfillmentToDate,
  };
  if (t === null)
    return {
      actualsThrough: null,
      planToDate: null,
      actualToDate: null,
      totalFulfillmentToDate: null,
      forecastTotal: null,
      forecastGap: null,
      ...common,
    };
  const toDate = months.filter(reached);
  const planToDate = sumOver(planned.monthly, toDate);
  const actualToDate = sumOver(actual.monthly, toDate);
  const ratio = planToDate === 0 ? null : actualToDate / 100 / (planToDate / 100);
  const remaining = salesPlanTotal - planToDate;
  const forecastTotal = ratio === null ? null : actualToDate + mulRateToMinor(remaining, ratio);
  return {
    actualsThrough: t,
    planToDate,
    actualToDate,
    totalFulfillmentToDate: ratio,
    forecastTotal,
    forecastGap: forecastTotal === null ? null : forecastTotal - salesPlanTotal,
    ...common,
  };
}
