import type { PlanNumbers } from "../calc/types";
import { formText, rowNumber, rowText, tableRows } from "../calc/values";
import { isSalesKpi } from "../calc/kpi";
import { toBasisPoints, toMinor } from "../money";
import { firstDayOfMonth, isFiscalBoundary, periodMonths } from "../periods";
import type { Finding } from "../findings";
import type { Plan } from "../plan";
import { finding, rowPlace, tablePlace, type CheckContext } from "./context";
import { formatMonthName, formatNumber, formatPercent, formatSerialDate } from "../text/format";
import { amountText, periodText } from "./labels";

/**
 * KPI period rules for each KPI row with a period:
 * - `KPI_PERIOD_LONGER_THAN_PLAN` when months(KPI) > months(plan) (only that:
 *   not also misaligned, spec §7);
 * - `KPI_PERIOD_MISALIGNED` when the KPI's fiscal periods do not tile the plan
 *   exactly: the plan's first month is not a fiscal boundary of the KPI's type,
 *   or the plan's length is not a whole number of KPI periods;
 * - `KPI_SHORTER_THAN_CHECKPOINT` when months(KPI) < months(checkpoint), only
 *   when checkpoint_period is set.
 */
export function kpiPeriodFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const planPeriod = formText(plan, "plan_period");
  const planSize = periodMonths(planPeriod);
  const checkpoint = formText(plan, "checkpoint_period");
  const checkpointSize = periodMonths(checkpoint);
  const first = numbers.months[0];
  const fiscal = plan.config.settings.fiscalYearStartMonth;
  const findings: Finding[] = [];
  for (const row of tableRows(plan, "KPI")) {
    const period = rowText(row, "period");
    const size = periodMonths(period);
    if (period === null || size === null) continue;
    const place = rowPlace(plan, "KPI", row, "period");
    const kpi = rowText(row, "kpi") ?? "";
    if (planPeriod !== null && planSize !== null) {
      if (size > planSize) {
        findings.push(
          finding(ctx, "KPI_PERIOD_LONGER_THAN_PLAN", place, {
            kpi,
            period: periodText(plan, period, ctx.lang),
            plan: periodText(plan, planPeriod, ctx.lang),
          })
        );
      } else if (
        first !== undefined &&
        numbers.planEnd !== null &&
        (!isFiscalBoundary(first, period, fiscal) || planSize % size !== 0)
      ) {
        findings.push(
          finding(ctx, "KPI_PERIOD_MISALIGNED", place, {
            kpi,
            period: periodText(plan, period, ctx.lang),
            fiscalStart: formatMonthName(fiscal, ctx.lang),
            start: formatSerialDate(firstDayOfMonth(first), ctx.lang),
            end: formatSerialDate(numbers.planEnd, ctx.lang),
          })
        );
      }
    }
    if (checkpoint !== null && checkpointSize !== null && size < checkpointSize) {
      findings.push(
        finding(ctx, "KPI_SHORTER_THAN_CHECKPOINT", place, {
          kpi,
          period: periodText(plan, period, ctx.lang),
          checkpoint: periodText(plan, checkpoint, ctx.lang),
        })
      );
    }
  }
  return findings;
}

/**
 * `KPI_WEIGHTS_NOT_100`: the KPI weights (empty = 0) do not sum to 100.00 %,
 * compared in whole basis points (0.7 + 0.2 + 0.1 is exactly 100 %). No
 * finding without KPI rows (spec §7). Names the KPI table.
 */
export function kpiWeightFindings(
  plan: Plan,
  _numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const rows = tableRows(plan, "KPI");
  if (rows.length === 0) return [];
  const sum = rows.reduce((total, row) => total + (rowNumber(row, "weight") ?? 0), 0);
  const points = toBasisPoints(sum);
  if (points === 10000) return [];
  return [
    finding(ctx, "KPI_WEIGHTS_NOT_100", tablePlace(plan, "KPI"), {
      sum: formatPercent(points / 10000, ctx.lang, 4),
      diff: formatPercent(Math.abs(10000 - points) / 10000, ctx.lang, 4),
      direction: points > 10000 ? 1 : -1,
    }),
  ];
}

/**
 * `KPI_TARGET_NOT_PLAN` (spec §10): a sales KPI (metric `sales`) whose period
 * equals the plan period and whose target (currency units) differs from
 * `sales_plan_total` by more than 0.5 % of it, compared in minor units. Not
 * judged while the sales plan is 0 (an empty plan has its own finding).
 * Names the KPI's target cell.
 */
export function kpiTargetFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const planPeriod = formText(plan, "plan_period");
  const total = numbers.salesPlanTotal;
  if (planPeriod === null || total <= 0) return [];
  const findings: Finding[] = [];
  for (const row of tableRows(plan, "KPI")) {
    if (!isSalesKpi(row) || rowText(row, "period") !== planPeriod) continue;
    const target = rowNumber(row, "target");
    if (target === null) continue;
    const diff = Math.abs(toMinor(target) - total);
    // > 0.5 %: diff / total > 5 / 1000, in integers.
    if (diff * 1000 <= total * 5) continue;
    findings.push(
      finding(ctx, "KPI_TARGET_NOT_PLAN", rowPlace(plan, "KPI", row, "target"), {
        kpi: rowText(row, "kpi") ?? "",
        target: formatNumber(target, ctx.lang, 2),
        plan: amountText(plan, total, ctx.lang),
        diff: formatPercent(diff / total, ctx.lang, 1),
      })
    );
  }
  return findings;
}
