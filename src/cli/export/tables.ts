import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { FieldDef, FieldType } from "../../domain/config/types";
import { VALUE_KINDS } from "../calc-output";

/**
 * The tables and columns of `kam-plan export` (spec §12): the contract that
 * Power Query, DuckDB and Spark read. Columns are named by field keys; the
 * field columns come from the default field catalogue and the computed
 * values from the core's `calc --format json` list, so a value the core
 * gains shows up here (and in docs/export.md, generated from this file).
 */

/**
 * The version of the column set, written into `manifest.json`. Minor: columns
 * were added (read columns by name, not by position); major: a column was
 * removed, renamed or changed its meaning or unit.
 */
export const EXPORT_FORMAT_VERSION = "2.0";

/** How a column's values are written: CSV text and JSON value. */
export type ColumnType = "text" | "integer" | "decimal" | "date" | "month" | "boolean";

/** One column of an export table. */
export interface ExportColumn {
  readonly name: string;
  readonly type: ColumnType;
  /** One line for docs/export.md. */
  readonly about: string;
}

/** The export's tables, in the order they are written and documented. */
export const EXPORT_TABLES = [
  "plans",
  "sales",
  "kpi",
  "activities",
  "risks",
  "team",
  "decision_group",
  "competitors",
  "findings",
] as const;

/** The name of an export table (also its file name without the extension). */
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** The entity tables that are one workbook table each: export table → Excel table (section key). */
export const ROW_TABLES = {
  kpi: "KPI",
  activities: "Activities",
  risks: "Risks",
  team: "Team",
  decision_group: "DecisionGroup",
  competitors: "Competitors",
} as const satisfies Partial<Record<ExportTable, string>>;

/** An export table that mirrors one workbook table. */
export type RowTable = keyof typeof ROW_TABLES;

/** Rollup blocks of the plan as `plans` columns (the whole plan is `sales_plan_total` / `*_total`). */
export const BLOCK_KEYS = ["q1", "q2", "q3", "q4", "h1", "h2"] as const;

/** The column type of a field's values; null for a computed field (its value comes from the core). */
export function fieldColumnType(type: FieldType): ColumnType | null {
  switch (type.kind) {
    case "text":
    case "long_text":
    case "list":
      return "text";
    case "integer":
      return "integer";
    case "number":
    case "amount":
    case "percent":
      return "decimal";
    case "date":
      return "date";
    case "bool":
      return "boolean";
    case "computed":
      return null;
  }
}

function unitOf(type: FieldType): string {
  switch (type.kind) {
    case "list":
      return `list key of \`${type.list}\``;
    case "amount":
      return "amount";
    case "percent":
      return "fraction: 5 % = 0.05";
    case "date":
      return "YYYY-MM-DD";
    default:
      return type.kind;
  }
}

function fieldColumn(field: FieldDef): ExportColumn | null {
  const type = fieldColumnType(field.type);
  return type === null
    ? null
    : { name: field.key, type, about: `${field.label.en} (${unitOf(field.type)})` };
}

const column = (name: string, type: ColumnType, about: string): ExportColumn => ({
  name,
  type,
  about,
});

/** The form fields exported on `plans`: every non-computed field of a form section except long texts. */
export function planFieldColumns(): readonly ExportColumn[] {
  const forms = new Set(DEFAULT_CONFIG.sections.filter((s) => s.kind === "form").map((s) => s.key));
  return DEFAULT_CONFIG.fields
    .filter((f) => forms.has(f.section) && f.type.kind !== "long_text")
    .map(fieldColumn)
    .filter((c): c is ExportColumn => c !== null);
}

/** Column types of the core's value kinds (`month`: `actuals_through`, spec §9). */
const CALC_TYPES = { date: "date", amount: "decimal", ratio: "decimal", month: "month" } as const;

/** The core's computed values (`calc --format json` `values`), by key. */
export function computedColumns(): readonly ExportColumn[] {
  return VALUE_KINDS.map(([key, kind]) => {
    const label =
      key === "spending"
        ? "Activities' cost, not cancelled"
        : (DEFAULT_CONFIG.fields.find((f) => f.key === key)?.label.en ?? key);
    return column(
      key,
      CALC_TYPES[kind],
      `${label} (computed, ${kind === "ratio" ? "fraction" : kind})`
    );
  });
}

function blockColumns(): readonly ExportColumn[] {
  return [
    ...BLOCK_KEYS.map((b) => column(`plan_${b}`, "decimal", `planned sales of block ${b}`)),
    ...BLOCK_KEYS.map((b) => column(`actual_${b}`, "decimal", `actual sales of block ${b}`)),
    column("actual_total", "decimal", "actual sales of the whole plan (all SalesActual rows)"),
    ...BLOCK_KEYS.map((b) =>
      column(
        `fulfillment_${b}`,
        "decimal",
        `actual / plan of block ${b} (empty when the plan is 0)`
      )
    ),
    column("fulfillment_total", "decimal", "actual / plan of the whole plan"),
  ];
}

function planColumns(): readonly ExportColumn[] {
  const computed = computedColumns();
  const hasCompleteness = computed.some((c) => c.name === "completeness");
  return [
    column("file", "text", "the workbook, relative to the working folder"),
    column("read_error", "text", "why the workbook could not be read; empty when it was"),
    column("language", "text", "the workbook's language (ru / en)"),
    column("currency", "text", "the workbook's currency (Config `currency`)"),
    column("template_version", "text", "the template version the workbook was built by"),
    ...planFieldColumns(),
    ...computed,
    ...blockColumns(),
    ...(hasCompleteness
      ? []
      : [
          column(
            "completeness",
            "decimal",
            "completeness (0–1): mean over visible sections, spec §10"
          ),
        ]),
    column("errors", "integer", "findings of severity error"),
    column("warnings", "integer", "findings of severity warning"),
    column("infos", "integer", "findings of severity info"),
  ];
}

function rowColumns(section: string): readonly ExportColumn[] {
  const fields = DEFAULT_CONFIG.fields.filter((f) => f.section === section);
  return [
    column("file", "text", "the workbook"),
    column("row", "integer", `the data row of table ${section} (1 = first)`),
    ...fields
      .map((f) =>
        f.type.kind === "computed" && section === "KPI" && f.key === "fulfillment"
          ? column("fulfillment", "decimal", "computed: actual / target (fraction)")
          : fieldColumn(f)
      )
      .filter((c): c is ExportColumn => c !== null),
  ];
}

/** Every table's columns, in order. */
export function exportColumns(): Readonly<Record<ExportTable, readonly ExportColumn[]>> {
  const rows = Object.fromEntries(
    Object.entries(ROW_TABLES).map(([table, section]) => [table, rowColumns(section)])
  ) as Record<RowTable, readonly ExportColumn[]>;
  return {
    plans: planColumns(),
    sales: [
      column("file", "text", "the workbook"),
      column("item", "text", "the item as spelled in its first row (empty: rows without an item)"),
      column("month", "month", "the plan month, YYYY-MM"),
      column("month_start", "date", "the month's first day, YYYY-MM-DD"),
      column("plan", "decimal", "SalesPlan of the item and month (its rows summed)"),
      column("actual", "decimal", "SalesActual of the item and month (its rows summed)"),
    ],
    ...rows,
    findings: [
      column("file", "text", "the workbook"),
      column("severity", "text", "error / warning / info"),
      column("code", "text", "the finding code (README, Check codes)"),
      column("sheet", "text", "the sheet the finding is about"),
      column("cell", "text", "its cell (A1)"),
      column("name", "text", "the defined or table name it is about"),
      column("message", "text", "the message, in the workbook's language or --lang"),
    ],
  };
}
