import type { PlanNumbers, Rollup } from "../domain/calc/types";
import type { KamConfig } from "../domain/config/types";
import { fromMinor, toMinor } from "../domain/money";
import { isoOfSerial } from "../domain/periods";
import { formatAmount, formatIsoDate, formatPercent } from "../domain/text/format";
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
}

/** The computed values in machine form, by key; their kind decides the unit (also the `plans` columns of `export`). */
export const VALUE_KINDS: readonly (readonly [
  string,
  "date" | "amount" | "ratio",
  (n: PlanNumbers) => number | null,
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
];

function machineValue(kind: "date" | "amount" | "ratio", value: number | null): CalcValue {
  if (value === null) return null;
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

/** The machine output of `calc` for one workbook. */
export function calcRecord(file: string, numbers: PlanNumbers): CalcRecord {
  const values = Object.fromEntries(
    VALUE_KINDS.map(([key, kind, pick]) => [key, machineValue(kind, pick(numbers))])
  );
  const fulfillmentKeys = Object.keys(numbers.fulfillment).sort((a, b) =>
    a === "total" ? -1 : b === "total" ? 1 : 0
  );
  return {
    file,
    values,
    rollups: rollupRecord(numbers.rollups),
    actual_rollups: rollupRecord(numbers.actualRollups),
    fulfillment: Object.fromEntries(
      fulfillmentKeys.map((key) => [key, numbers.fulfillment[key] ?? {}])
    ),
  };
}

/** A machine value for people, through the one formatter: dates, amounts with the currency, percentages. */
function cellText(
  value: CalcValue,
  kind: "date" | "amount" | "ratio",
  lang: Lang,
  currency: string
): string {
  if (value === null) return "—";
  if (typeof value === "string") return formatIsoDate(value, lang);
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
  const valueRows = VALUE_KINDS.map(([key, kind]) => [
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
  return lines.join("\n");
}
