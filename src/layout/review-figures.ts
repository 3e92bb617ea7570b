import type { Bilingual } from "../domain/values";
import { columnHeader, type FormulaContext } from "./calc-context";
import type { CalcCells } from "./calc-sheet";
import { columnRef, sheetRef } from "./refs";
import { SHEET } from "./sheets";
import { TEXTS } from "../domain/text/layout";

/** What a figure of the Summary sheet shows, for its number format. */
export type FigureUnit = "text" | "amount" | "percent" | "count" | "date" | "month";

/** What a figure's formula may use: the layout's names and columns, and the Calc sheet's cells. */
export interface FigureContext {
  readonly ctx: FormulaContext;
  readonly calc: CalcCells;
}

/**
 * One row of a panel of the Summary sheet: a label and a native formula.
 * `key` is a form field's key (the figure shows its defined name and takes
 * the field's label from the configuration, so a SKAM's relabel shows) or the
 * key of a derived figure, which then brings its own `label`. `formula` gives
 * null when the figure cannot be shown in this layout (its field is hidden or
 * not in the configuration): the row is left out. Default: the defined name.
 */
export interface SummaryFigure {
  readonly key: string;
  readonly unit: FigureUnit;
  readonly label?: Bilingual;
  readonly formula?: (f: FigureContext) => string | null;
}

/** A panel: a titled column of figures (label | value). */
export interface SummaryPanel {
  readonly key: string;
  readonly title: Bilingual;
  readonly figures: readonly SummaryFigure[];
}

/** True when form field `key` is placed in the layout (has a defined name). */
export function placed(f: FigureContext, key: string): boolean {
  return f.ctx.formKeys.has(key);
}

/** A defined name's value, empty where its cell is empty (a reference to an empty cell shows 0). */
export function shown(name: string): string {
  return `IF(ISBLANK(${name}),"",${name})`;
}

const spending = (f: FigureContext): string => sheetRef(SHEET.calc, f.calc.spending);

/**
 * A figure of the discount group closest to its next tier (spec §10; the
 * core's `reviewEconomics`): the smallest next_tier_gap on Calc, and the
 * threshold or rate of the first group with it; "" when no group has a
 * higher tier. Left out without a discount group.
 */
const nearestTier =
  (column: "threshold" | "gap" | "rate") =>
  (f: FigureContext): string | null => {
    const rows = f.calc.nextTier;
    if (rows === null) return null;
    const gap = sheetRef(SHEET.calc, rows.gap);
    const value =
      column === "gap"
        ? `MIN(${gap})`
        : `INDEX(${sheetRef(SHEET.calc, rows[column])},MATCH(MIN(${gap}),${gap},0))`;
    return `IF(COUNT(${gap})=0,"",${value})`;
  };

/**
 * A promo total over the computed column `key` of `Activities` (spec §10; the
 * core's `reviewEconomics`), "" while no promo has a value there; left out
 * when the column is not in the layout (hidden, or its section hidden).
 */
const promoTotal =
  (key: "incremental" | "promo_return", total: (column: string) => string) =>
  (f: FigureContext): string | null => {
    const header = columnHeader(f.ctx, "Activities", key);
    if (header === null) return null;
    const column = columnRef("Activities", header);
    return `IF(COUNT(${column})=0,"",${total(column)})`;
  };

/**
 * The Summary sheet's panels (spec §9), left to right. To add a figure, add a
 * row here: both writers render it, the sheet grows by a row and still prints
 * on one page (it is scaled to fit).
 */
export const SUMMARY_PANELS: readonly SummaryPanel[] = [
  {
    key: "plan",
    title: TEXTS.reviewPlanPanel,
    figures: [
      { key: "client_name", unit: "text" },
      { key: "kam_name", unit: "text" },
      { key: "client_segment", unit: "text" },
      { key: "plan_period", unit: "text" },
      { key: "plan_start", unit: "date" },
      { key: "plan_end", unit: "date" },
      { key: "plan_status", unit: "text" },
      { key: "approved_by", unit: "text" },
      { key: "approved_on", unit: "date" },
      { key: "plan_version", unit: "text" },
      { key: "actuals_through", unit: "month" },
    ],
  },
  {
    key: "sales",
    title: TEXTS.reviewSalesPanel,
    figures: [
      { key: "sales_plan_total", unit: "amount" },
      { key: "plan_to_date", unit: "amount" },
      { key: "actual_to_date", unit: "amount" },
      { key: "fulfillment_to_date", unit: "percent" },
      { key: "forecast_total", unit: "amount" },
      { key: "forecast_gap", unit: "amount" },
      { key: "discount_total", unit: "amount" },
      { key: "net_sales_total", unit: "amount" },
      { key: "discount_earned", unit: "amount" },
      {
        key: "next_tier_gap",
        unit: "amount",
        label: TEXTS.reviewNextTierGap,
        formula: nearestTier("gap"),
      },
      {
        key: "next_tier_threshold",
        unit: "amount",
        label: TEXTS.reviewNextTierThreshold,
        formula: nearestTier("threshold"),
      },
      {
        key: "next_tier_rate",
        unit: "percent",
        label: TEXTS.reviewNextTierRate,
        formula: nearestTier("rate"),
      },
    ],
  },
  {
    key: "money",
    title: TEXTS.reviewMoneyPanel,
    figures: [
      { key: "budget_amount", unit: "amount" },
      { key: "spending", unit: "amount", label: TEXTS.reviewSpending, formula: spending },
      {
        key: "budget_left",
        unit: "amount",
        label: TEXTS.reviewBudgetLeft,
        formula: (f) =>
          placed(f, "budget_amount")
            ? `IF(ISNUMBER(budget_amount),ROUND(budget_amount-${spending(f)},2),"")`
            : null,
      },
      {
        key: "promos_evaluated",
        unit: "count",
        label: TEXTS.reviewPromoCount,
        formula: (f) => {
          const header = columnHeader(f.ctx, "Activities", "incremental");
          return header === null ? null : `COUNT(${columnRef("Activities", header)})`;
        },
      },
      {
        key: "promo_incremental",
        unit: "amount",
        label: TEXTS.reviewPromoIncremental,
        formula: promoTotal("incremental", (c) => `ROUND(SUM(${c}),2)`),
      },
      {
        key: "promo_return_total",
        unit: "amount",
        label: TEXTS.reviewPromoReturn,
        formula: promoTotal("promo_return", (c) => `ROUND(SUM(${c}),2)`),
      },
      {
        key: "promos_unprofitable",
        unit: "count",
        label: TEXTS.reviewPromoUnprofitable,
        formula: promoTotal("promo_return", (c) => `COUNTIF(${c},"<0")`),
      },
      { key: "credit_required", unit: "amount" },
      { key: "credit_limit", unit: "amount" },
      { key: "credit_utilization", unit: "percent" },
      { key: "kpi_score", unit: "percent" },
    ],
  },
];

/** A figure's formula in this layout, or null when it is left out. */
export function figureFormula(figure: SummaryFigure, f: FigureContext): string | null {
  if (figure.formula) return figure.formula(f);
  return placed(f, figure.key) ? shown(figure.key) : null;
}
