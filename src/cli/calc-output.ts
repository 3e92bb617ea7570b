import type { PlanNumbers, Ratios, Rollup } from "../domain/calc/types";
import type { KamConfig } from "../domain/config/types";
import { fromMinor, toMinor } from "../domain/money";
import { isoOfSerial } from "../domain/periods";
import { formatAmount, formatIsoDate, formatMonth, formatPercent } from "../domain/text/format";
import type { Lang } from "../domain/values";
import { cliText, isCalcBlock } from "../domain/text/cli";

/** A computed value in machine output: a number, a `YYYY-MM-DD` date, or null for empty. */
export type CalcValue = number | string | null;

/** `calc --format json` (spec §7 "Machine output"). */
export interface CalcRecord {
  readonly file: string;
  /** Every computed form field by key, plus `spending`: dates `YYYY-MM-DD`, amounts rounded to 2 decimals, ratios at full precision, empty null. */
  readonly values: Readonly<Record<string, CalcValue>>;
  /** `total` first, then each plan item: block key → amount. */
  readonly rollups: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly actual_rollups: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** actual / plan by block; null where the plan block is 0. */
  readonly fulfillment: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /** Spec §9: the same over each block's months up to actuals_through; null where no month is or the plan is 0. */
  readonly fulfillment_to_date: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /** Spec §10: one object per discount group, in order of first appearance in DiscountTiers. */
  readonly next_tier: readonly NextTierRecord[];
  /** Spec §10: one object per promo activity row. */
  readonly promos: readonly PromoRecord[];
}

/** The next tier of one discount group in machine form (list keys; amounts in major units; null where empty). */
export interface NextTierRecord {
  readonly condition: string;
  readonly basis_period: string;
  readonly block_start: string | null;
  readonly block_end: string | null;
  readonly actual_to_date: number | null;
  readonly threshold: number | null;
  readonly gap: number | null;
  readonly rate: number | null;
}

/** A promo's effect in machine form (`row` is the 1-based Activities row). */
export interface PromoRecord {
  readonly row: number;
  readonly activity: string | null;
  readonly baseline: number | null;
  readonly incremental: number | null;
  readonly incremental_per_cost: number | null;
  readonly promo_return: number | null;
}

const major = (minor: number | null): number | null => (minor === null ? null : fromMinor(minor));

/** How a computed value is written: a date `YYYY-MM-DD`, an amount, a ratio, a month `YYYY-MM`. */
export type ValueKind = "date" | "amount" | "ratio" | "month";

/** The computed values in machine form, by key; their kind decides the unit (also the `plans` columns of `export`). */
export const VALUE_KINDS: readonly (readonly [
  string,
  ValueKind,
  (n: PlanNumbers) => number | string | null,
])[] = [
  ["plan_end", "date", (n) => n.planEnd],
  ["budget_amount", "amount", (n) => n.budgetAmount],
  ["spending", "amount", (n) => n.spending],
  ["credit_required", "amount", (n) => n.creditRequired],
  ["credit_utilization", "ratio", (n) => n.creditUtilization],
  ["sales_plan_total", "amount", (n) => n.salesPlanTotal],
  ["discount_total", "amount", (n) => n.discountTotal],
  ["net_sales_total", "amount", (n) => n.netSalesTotal],
  ["kpi_score", "ratio", (n) => n.kpiScore],
  ["next_review", "date", (n) => n.nextReview],
  ["actuals_through", "month", (n) => n.actualsThrough],
  ["plan_to_date", "amount", (n) => n.planToDate],
  ["actual_to_date", "amount", (n) => n.actualToDate],
  ["fulfillment_to_date", "ratio", (n) => n.totalFulfillmentToDate],
  ["forecast_total", "amount", (n) => n.forecastTotal],
  ["forecast_gap", "amount", (n) => n.forecastGap],
  ["discount_earned", "amount", (n) => n.discountEarned],
];

function machineValue(kind: ValueKind, value: number | string | null): CalcValue {
  if (value === null || typeof value === "string") return value;
  if (kind === "date") return isoOfSerial(value);
  return kind === "amount" ? fromMinor(value) : value;
}

/** Rollups with `total` first and amounts in major units. */
function rollupRecord(
  rollups: Readonly<Record<string, Rollup>>
): Record<string, Record<string, number>> {
  const keys = Object.keys(rollups).sort((a, b) => (a === "total" ? -1 : b === "total" ? 1 : 0));
  return Object.fromEntries(
    keys.map((key) => [
      key,
      Object.fromEntries(
        Object.entries(rollups[key] ?? {}).map(([block, minor]) => [block, fromMinor(minor)])
      ),
    ])
  );
}

/**
 * The machine output of `calc` for one workbook; `completeness` (spec §10)
 * comes from the check's summary (it counts wrong values as filled).
 */
export function calcRecord(
  file: string,
  numbers: PlanNumbers,
  completeness: number | null = null
): CalcRecord {
  const values: Record<string, CalcValue> = Object.fromEntries(
    VALUE_KINDS.map(([key, kind, pick]) => [key, machineValue(kind, pick(numbers))])
  );
  values.completeness = completeness;
  return {
    file,
    values,
    rollups: rollupRecord(numbers.rollups),
    actual_rollups: rollupRecord(numbers.actualRollups),
    fulfillment: totalFirst(numbers.fulfillment),
    fulfillment_to_date: totalFirst(numbers.fulfillmentToDate),
    next_tier: numbers.nextTier.map((g) => ({
      condition: g.condition,
      basis_period: g.basisPeriod,
      block_start: g.blockStart,
      block_end: g.blockEnd,
      actual_to_date: major(g.actualToDate),
      threshold: major(g.threshold),
      gap: major(g.gap),
      rate: g.rate,
    })),
    promos: numbers.promos.map((p) => ({
      row: p.row,
      activity: p.activity,
      baseline: major(p.baseline),
      incremental: major(p.incremental),
      incremental_per_cost: p.incrementalPerCost,
      promo_return: major(p.promoReturn),
    })),
  };
}

/** Ratios by item with `total` first. */
function totalFirst(ratios: Readonly<Record<string, Ratios>>): Readonly<Record<string, Ratios>> {
  const keys = Object.keys(ratios).sort((a, b) => (a === "total" ? -1 : b === "total" ? 1 : 0));
  return Object.fromEntries(keys.map((key) => [key, ratios[key] ?? {}]));
}

/** A machine value for people, through the one formatter: dates, amounts with the currency, percentages. */
function cellText(value: CalcValue, kind: ValueKind, lang: Lang, currency: string): string {
  if (value === null) return "—";
  if (typeof value === "string")
    return kind === "month" ? formatMonth(value, lang) : formatIsoDate(value, lang);
  return kind === "ratio"
    ? formatPercent(value, lang)
    : formatAmount(toMinor(value), lang, currency);
}

function grid(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, col) =>
    Math.max(...rows.map((row) => (row[col] ?? "").length))
  );
  return rows.map(
    (row) =>
      `  ${row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join("  ")}`
  );
}

/** `calc` for people: each computed value with its label in the workbook language, then plan, actual and fulfillment by block. */
export function calcText(
  record: CalcRecord,
  numbers: PlanNumbers,
  config: KamConfig,
  lang: Lang
): string {
  const label = (key: string): string =>
    key === "spending"
      ? cliText("calc_spending")[lang]
      : (config.fields.find((f) => f.key === key)?.label[lang] ?? key);
  const lines = [record.file];
  const valueRows = [...VALUE_KINDS, ["completeness", "ratio"] as const].map(([key, kind]) => [
    label(key),
    cellText(record.values[key] ?? null, kind, lang, config.settings.currency),
  ]);
  lines.push(...grid(valueRows));
  const blockKeys = numbers.blocks.map((b) => b.key);
  const heading = [
    cliText("calc_item")[lang],
    ...blockKeys.map((k) => (isCalcBlock(k) ? cliText("calc_block", { block: k })[lang] : k)),
  ];
  const totalLabel = cliText("calc_all_items")[lang];
  const table = (
    title: string,
    data: Readonly<Record<string, Readonly<Record<string, number | null>>>>,
    kind: "amount" | "ratio"
  ): void => {
    const rows = Object.entries(data).map(([item, blocks]) => [
      item === "total" ? totalLabel : item,
      ...blockKeys.map((k) => cellText(blocks[k] ?? null, kind, lang, config.settings.currency)),
    ]);
    if (rows.length === 0) return;
    lines.push("", title, ...grid([heading, ...rows]));
  };
  table(cliText("calc_sales_plan")[lang], record.rollups, "amount");
  table(cliText("calc_actual_sales")[lang], record.actual_rollups, "amount");
  table(cliText("calc_fulfillment")[lang], record.fulfillment, "ratio");
  table(cliText("calc_fulfillment_to_date")[lang], record.fulfillment_to_date, "ratio");
  return lines.join("\n");
}
