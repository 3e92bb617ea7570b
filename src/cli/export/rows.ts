import { itemKey } from "../../domain/calc/items";
import type { PlanNumbers } from "../../domain/calc/types";
import { rowText } from "../../domain/calc/values";
import type { FieldDef } from "../../domain/config/types";
import type { Finding } from "../../domain/findings";
import { fromMinor } from "../../domain/money";
import { firstDayOfMonth, isExcelDate, isoOfSerial } from "../../domain/periods";
import type { PlanRow, TypedValue } from "../../domain/plan";
import type { CheckReport } from "../../domain/report";
import { unreadableFinding } from "../../domain/portfolio/unreadable";
import type { Bilingual, Lang } from "../../domain/values";
import { calcRecord } from "../calc-output";
import {
  BLOCK_KEYS,
  ROW_TABLES,
  exportColumns,
  planFieldColumns,
  type ColumnType,
  type ExportColumn,
  type ExportTable,
  type RowTable,
} from "./tables";

/**
 * The rows one workbook contributes to each export table (spec §12), from
 * its check report: values by column name in machine form (amounts in
 * currency units, ratios as fractions, dates `YYYY-MM-DD`, list keys, empty
 * as null). An unreadable workbook contributes a `plans` row with its error
 * and a `FILE_UNREADABLE` finding: it is never left out.
 */

/** A value of an export cell. */
export type ExportValue = string | number | boolean | null;

/** One row: values by column name (a column without a value is empty). */
export type ExportRow = Readonly<Record<string, ExportValue>>;

/** Rows of every table from one workbook. */
export type WorkbookRows = Readonly<Record<ExportTable, readonly ExportRow[]>>;

const COLUMNS = exportColumns();
const PLAN_FIELDS = planFieldColumns();

/** A typed value of a field in machine form, or null when it does not fit the column's type. */
function machineValue(
  value: TypedValue | null | undefined,
  field: FieldDef | undefined,
  type: ColumnType
): ExportValue {
  if (value === null || value === undefined || field === undefined) return null;
  let machine: ExportValue = value;
  if (typeof value === "number" && field.type.kind === "amount") machine = fromMinor(value);
  if (typeof value === "number" && field.type.kind === "date")
    machine = isExcelDate(value) ? isoOfSerial(value) : null;
  switch (type) {
    case "integer":
    case "decimal":
      return typeof machine === "number" ? machine : null;
    case "boolean":
      return typeof machine === "boolean" ? machine : null;
    case "date":
      return typeof machine === "string" && field.type.kind === "date" ? machine : null;
    case "month":
      return typeof machine === "string" ? machine : null;
    case "text":
      return typeof machine === "string" ? machine : String(machine);
  }
}

const money = (minor: number | null | undefined): number | null =>
  minor === null || minor === undefined ? null : fromMinor(minor);

function planRow(file: string, report: CheckReport): ExportRow {
  const { plan, numbers, config, summary } = report;
  const fields = new Map(config.fields.map((f) => [f.key, f]));
  const row: Record<string, ExportValue> = {
    file,
    read_error: null,
    language: report.language,
    currency: config.settings.currency,
    template_version: plan.workbookTemplateVersion,
  };
  for (const column of PLAN_FIELDS)
    row[column.name] = machineValue(plan.form[column.name], fields.get(column.name), column.type);
  Object.assign(row, calcRecord(file, numbers).values);
  const planTotals = numbers.rollups.total ?? {};
  const actualTotals = numbers.actualRollups.total ?? {};
  const ratios = numbers.fulfillment.total ?? {};
  for (const block of BLOCK_KEYS) {
    row[`plan_${block}`] = money(planTotals[block]);
    row[`actual_${block}`] = money(actualTotals[block]);
    row[`fulfillment_${block}`] = ratios[block] ?? null;
  }
  row.actual_total = money(actualTotals.total ?? 0);
  row.fulfillment_total = ratios.total ?? null;
  if (!("completeness" in row)) row.completeness = summary.completeness;
  row.errors = summary.counts.error;
  row.warnings = summary.counts.warning;
  row.infos = summary.counts.info;
  return row;
}

/** Sums of one item's rows per plan month, minor units. */
interface ItemSales {
  readonly name: string | null;
  readonly plan: number[];
  readonly actual: number[];
}

/**
 * `sales`: one row per item and plan month with the item's plan and actual
 * (its rows summed, items matched as the core matches them: trimmed, case
 * ignored, spelled as in their first row, the plan's first). Rows without an
 * item are one item with an empty name, so that Σ plan = `sales_plan_total`.
 */
function salesRows(file: string, report: CheckReport): ExportRow[] {
  const { months } = report.numbers;
  const items = new Map<string | null, ItemSales>();
  const add = (rows: readonly PlanRow[], which: "plan" | "actual"): void => {
    for (const row of rows) {
      const name = rowText(row, "item");
      const key = itemKey(name);
      let entry = items.get(key);
      if (entry === undefined) {
        entry = {
          name: key === null ? null : name,
          plan: months.map(() => 0),
          actual: months.map(() => 0),
        };
        items.set(key, entry);
      }
      const sums = entry[which];
      months.forEach((month, j) => {
        sums[j] = (sums[j] ?? 0) + (row.months[month] ?? 0);
      });
    }
  };
  add(report.plan.tables.SalesPlan?.rows ?? [], "plan");
  add(report.plan.tables.SalesActual?.rows ?? [], "actual");
  const rows: ExportRow[] = [];
  for (const entry of items.values()) {
    months.forEach((month, j) => {
      rows.push({
        file,
        item: entry.name,
        month,
        month_start: isoOfSerial(firstDayOfMonth(month)),
        plan: fromMinor(entry.plan[j] ?? 0),
        actual: fromMinor(entry.actual[j] ?? 0),
      });
    });
  }
  return rows;
}

/** The rows of one workbook table, each field by key; KPI rows with their computed fulfillment. */
function tableRows(
  file: string,
  report: CheckReport,
  table: RowTable,
  numbers: PlanNumbers
): ExportRow[] {
  const section = ROW_TABLES[table];
  const fields = new Map(
    report.config.fields.filter((f) => f.section === section).map((f) => [f.key, f])
  );
  const columns: readonly ExportColumn[] = COLUMNS[table].slice(2);
  return (report.plan.tables[section]?.rows ?? []).map((planRow, position) => {
    const row: Record<string, ExportValue> = { file, row: planRow.index + 1 };
    for (const column of columns) {
      row[column.name] =
        section === "KPI" && column.name === "fulfillment"
          ? (numbers.kpiFulfillment[position] ?? null)
          : machineValue(planRow.values[column.name], fields.get(column.name), column.type);
    }
    return row;
  });
}

function findingRow(file: string, finding: Finding): ExportRow {
  return {
    file,
    severity: finding.severity,
    code: finding.code,
    sheet: finding.sheet,
    cell: finding.cell,
    name: finding.name,
    message: finding.message,
  };
}

/** Every table's rows of a workbook that was read and checked. */
export function workbookRows(file: string, report: CheckReport): WorkbookRows {
  const rows = Object.fromEntries(
    (Object.keys(ROW_TABLES) as RowTable[]).map((table) => [
      table,
      tableRows(file, report, table, report.numbers),
    ])
  ) as Record<RowTable, ExportRow[]>;
  return {
    plans: [planRow(file, report)],
    sales: salesRows(file, report),
    ...rows,
    findings: report.findings.map((f) => findingRow(file, f)),
  };
}

/** The rows of a workbook that could not be read: a `plans` row with the error and one FILE_UNREADABLE finding. */
export function unreadableRows(file: string, reason: Bilingual, lang: Lang): WorkbookRows {
  const finding = unreadableFinding(reason, lang);
  return {
    plans: [{ file, read_error: reason[lang], errors: 1, warnings: 0, infos: 0 }],
    sales: [],
    kpi: [],
    activities: [],
    risks: [],
    team: [],
    decision_group: [],
    competitors: [],
    findings: [findingRow(file, finding)],
  };
}
