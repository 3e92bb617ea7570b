import { fromMinor, mulRateToMinor, roundToScaledInteger } from "../money";
import { addMonths, isExcelDate, monthOfSerial } from "../periods";
import type { Plan, PlanRow } from "../plan";
import type { Month } from "../values";
import { itemKey } from "./items";
import { rowNumber, rowText, tableRows } from "./values";

/**
 * The effect of one promo activity (spec §10). Amounts in minor units, the
 * ratio a fraction; every value null while it is not computed (the effect
 * months not all ≤ T, no month with actuals before the effect, a cancelled
 * promo, no date to take the months from).
 */
export interface PromoResult {
  /** 1-based row of the activity in the `Activities` table. */
  readonly row: number;
  readonly activity: string | null;
  /** ROUND(average monthly actual over the up to 3 months before effect_from that have actuals, 2). */
  readonly baseline: number | null;
  /** Σ actual over the effect months − baseline × their count. */
  readonly incremental: number | null;
  /** incremental / cost; null while the cost is empty or 0. */
  readonly incrementalPerCost: number | null;
  /** ROUND(incremental × gross_margin, 2) − cost; null while the margin is not set. */
  readonly promoReturn: number | null;
}

/** Months the baseline looks back over (spec §10: "the up to 3 months before effect_from"). */
const BASELINE_MONTHS = 3;

/** Whether a `SalesActual` row has a value (0 included) in a month: the readers say which cells were filled. */
export type HasActual = (row: PlanRow, month: Month) => boolean;

function monthOfField(row: PlanRow, key: "date" | "effect_from" | "effect_to"): Month | null {
  const serial = rowNumber(row, key);
  return serial !== null && isExcelDate(serial) ? monthOfSerial(serial) : null;
}

/**
 * The effect months of an activity: `effect_from` … `effect_to`, each
 * defaulting to the month of the activity's `date`; null when a bound is
 * missing or the range runs backwards.
 */
export function effectMonths(row: PlanRow): readonly Month[] | null {
  const own = monthOfField(row, "date");
  const from = monthOfField(row, "effect_from") ?? own;
  const to = monthOfField(row, "effect_to") ?? own;
  if (from === null || to === null || from > to) return null;
  const months: Month[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/**
 * Promo results (spec §10) for every `Activities` row of kind promo, in sheet
 * order. Computed when the promo is not cancelled and all its effect months
 * are ≤ T: the promo's item (empty: all items, matched as spec §7 says) has
 * actuals in some of the up to 3 plan months before `effect_from`; baseline is
 * their average, incremental the effect months' actual (plan months only)
 * minus baseline × the number of effect months; incremental_per_cost and,
 * with `Settings.gross_margin`, promo_return = ROUND(incremental × margin, 2) −
 * cost (an empty cost is 0).
 */
export function promoResults(
  plan: Plan,
  months: readonly Month[],
  through: Month | null,
  hasActual: HasActual
): readonly PromoResult[] {
  const inPlan = new Set(months);
  const actualRows = tableRows(plan, "SalesActual");
  const margin = plan.config.settings.grossMargin;
  const results: PromoResult[] = [];
  for (const row of tableRows(plan, "Activities")) {
    if (rowText(row, "kind") !== "promo") continue;
    const empty: PromoResult = {
      row: row.index + 1,
      activity: rowText(row, "activity"),
      baseline: null,
      incremental: null,
      incrementalPerCost: null,
      promoReturn: null,
    };
    const effect = effectMonths(row);
    const last = effect?.[effect.length - 1];
    const first = effect?.[0];
    if (
      !effect ||
      first === undefined ||
      last === undefined ||
      through === null ||
      last > through ||
      rowText(row, "status") === "cancelled"
    ) {
      results.push(empty);
      continue;
    }
    const item = itemKey(rowText(row, "item"));
    const rows = actualRows.filter((r) => item === null || itemKey(rowText(r, "item")) === item);
    const sumAt = (month: Month): number =>
      inPlan.has(month) ? rows.reduce((sum, r) => sum + (r.months[month] ?? 0), 0) : 0;
    const before: Month[] = [];
    for (let k = 1; k <= BASELINE_MONTHS; k++) {
      const month = addMonths(first, -k);
      if (inPlan.has(month) && rows.some((r) => hasActual(r, month))) before.push(month);
    }
    if (before.length === 0) {
      results.push(empty);
      continue;
    }
    const baseSum = before.reduce((sum, m) => sum + sumAt(m), 0);
    const baseline = roundToScaledInteger(fromMinor(baseSum) / before.length, 2);
    const effectSum = effect.reduce((sum, m) => sum + sumAt(m), 0);
    const incremental = effectSum - baseline * effect.length;
    const cost = rowNumber(row, "cost");
    results.push({
      ...empty,
      baseline,
      incremental,
      incrementalPerCost: cost === null || cost === 0 ? null : incremental / cost,
      promoReturn: margin === null ? null : mulRateToMinor(incremental, margin) - (cost ?? 0),
    });
  }
  return results;
}
