import { BLOCK_HEADERS } from "../domain/blocks";
import type { FieldDef, KamConfig } from "../domain/config/types";
import { blocks, blockSpan } from "../domain/periods";
import type { FieldKey } from "../domain/config/keys";
import type { Lang, Month } from "../domain/values";
import { fieldFormat, PERCENT_FORMAT, AMOUNT_FORMAT } from "./formats";
import { thisRowRef, thisRowSpanRef } from "./refs";
import type { TableColumnLayout } from "./types";

/** Tables with one amount column per plan month headed `YYYY-MM` plus rollup columns (spec §3). */
export const MONTH_TABLE_KEYS: readonly string[] = ["SalesPlan", "SalesActual"];

/** The visible (not hidden) fields of a section, in order. */
export function visibleFields(config: KamConfig, section: string): readonly FieldDef[] {
  return config.fields.filter((f) => f.section === section && !f.hidden);
}

/**
 * The columns of a table section: its visible fields in order; for
 * `SalesPlan` / `SalesActual` then one amount column per plan month (`YYYY-MM`)
 * and one calculated rollup column per block the plan has (q1…q4, h1, h2,
 * total, headed by BLOCK_HEADERS). Headers are the field labels in the
 * workbook language, made unique within the table (a repeated label gets
 * ` (2)`). Computed fields get their calculated-column formula when the
 * product knows it (KPI `fulfillment`), else an empty locked column.
 */
export function tableColumns(
  config: KamConfig,
  section: string,
  lang: Lang,
  months: readonly Month[]
): readonly TableColumnLayout[] {
  const used = new Set<string>();
  const unique = (header: string): string => {
    let candidate = header.trim() === "" ? "-" : header.trim();
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${header.trim()} (${n})`;
    used.add(candidate.toLowerCase());
    return candidate;
  };
  const columns: TableColumnLayout[] = visibleFields(config, section).map((field) => {
    const computed = field.type.kind === "computed";
    return {
      key: field.key,
      header: unique(field.label[lang]),
      formula: null,
      numberFormat: fieldFormat(field.type, lang),
      locked: computed,
      style: computed ? "computed" : field.type.kind === "long_text" ? "longInput" : "input",
      totals: null,
    };
  });
  if (MONTH_TABLE_KEYS.includes(section)) {
    const monthHeaders = months.map((m) => unique(m));
    months.forEach((m, i) => {
      columns.push({
        key: m,
        header: monthHeaders[i] ?? m,
        formula: null,
        numberFormat: AMOUNT_FORMAT,
        locked: false,
        style: "input",
        totals: null,
      });
    });
    for (const block of blocks(months)) {
      const span = blockSpan(months, block);
      const first = monthHeaders[span.first];
      const last = monthHeaders[span.last];
      if (first === undefined || last === undefined) continue;
      columns.push({
        key: block.key,
        header: unique(BLOCK_HEADERS[block.key]?.[lang] ?? block.key),
        formula: `SUM(${thisRowSpanRef(section, first, last)})`,
        numberFormat: AMOUNT_FORMAT,
        locked: true,
        style: "computed",
        totals: null,
      });
    }
  }
  return columns.map((column) => withFormula(section, column, columns));
}

/** Header of a column by key, or null when the table has no such column. */
export function headerOf(
  columns: readonly TableColumnLayout[],
  key: FieldKey | Month
): string | null {
  return columns.find((c) => c.key === key)?.header ?? null;
}

function withFormula(
  section: string,
  column: TableColumnLayout,
  columns: readonly TableColumnLayout[]
): TableColumnLayout {
  if (section !== "KPI" || column.key !== "fulfillment") return column;
  const actual = headerOf(columns, "actual");
  const target = headerOf(columns, "target");
  if (actual === null || target === null) return column;
  const a = thisRowRef(section, actual);
  const t = thisRowRef(section, target);
  // spec §4: actual / target, empty where actual is empty (or not a number) or the target is 0 or empty.
  return {
    ...column,
    numberFormat: PERCENT_FORMAT,
    formula: `IF(AND(ISNUMBER(${a}),ISNUMBER(${t})),IF(${t}=0,"",${a}/${t}),"")`,
  };
}
