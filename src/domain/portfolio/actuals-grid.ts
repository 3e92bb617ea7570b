import { toMinor } from "../money";
import type { CellValue, Grid, Month } from "../values";
import { mapColumns, type ActualsColumn, type ColumnChoice, type ColumnIndexes } from "./columns";
import { parseMonthCell } from "../month-cell";
import { cellText, matchKey } from "./normalize";
import { detectDecimalSeparator, parseAmountText, type DecimalSeparator } from "./numbers";

/**
 * Reading actual sales from a grid: the rows of a CSV file or a range pasted
 * into the task pane. Finds the header row (exports often start with a title
 * block), maps the item / month / amount columns and turns each data row into
 * a record; a row that cannot be read is reported with its line, never dropped silently.
 */

/** One row of actual sales as read: item as written, month, amount in minor units. */
export interface ActualRecord {
  readonly line: number;
  readonly item: string;
  readonly month: Month;
  readonly amount: number;
}

/** Why a data row was not taken. */
export type BadRowReason =
  "item_empty" | "month_invalid" | "amount_invalid" | "amount_empty" | "total_row";

/** A data row that was not taken, with its 1-based line and the offending text. */
export interface BadRow {
  readonly line: number;
  readonly reason: BadRowReason;
  readonly text: string | null;
}

/** A grid row with the line number people see (CSV line, or sheet row). */
export interface NumberedRow {
  readonly line: number;
  readonly cells: readonly CellValue[];
}

/** What was read from the grid. `missing` non-empty means the header row lacks columns (then there are no records). */
export interface ActualsRead {
  readonly headerLine: number | null;
  readonly headers: readonly string[];
  readonly columns: Partial<ColumnIndexes>;
  readonly missing: readonly ActualsColumn[];
  readonly decimal: DecimalSeparator;
  readonly records: readonly ActualRecord[];
  readonly badRows: readonly BadRow[];
}

/** Options: which columns (`--item` …), and the decimal mark to assume for `1,234` (default `,`). */
export interface ReadActualsOptions {
  readonly columns?: ColumnChoice;
  readonly decimalFallback?: DecimalSeparator;
  /** Line number of the grid's first row (a pasted range starting at sheet row 5 passes 5). Default 1. */
  readonly firstLine?: number;
}

const TOTAL_WORDS = new Set([
  "итого",
  "итог",
  "всего",
  "total",
  "grand total",
  "итого:",
  "всего:",
  "total:",
]);
const HEADER_SCAN_ROWS = 30;

/** Number the rows of a plain grid from `firstLine`. */
export function numberRows(grid: Grid, firstLine = 1): NumberedRow[] {
  return grid.map((cells, i) => ({ line: firstLine + i, cells }));
}

function isBlank(row: NumberedRow): boolean {
  return row.cells.every((c) => cellText(c) === null);
}

function findHeader(rows: readonly NumberedRow[], choice: ColumnChoice): number {
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i += 1) {
    const row = rows[i] as NumberedRow;
    if (isBlank(row)) continue;
    if (
      mapColumns(
        row.cells.map((c) => cellText(c) ?? ""),
        choice
      ).missing.length === 0
    )
      return i;
  }
  return rows.findIndex((r) => !isBlank(r));
}

function readRow(
  row: NumberedRow,
  cols: ColumnIndexes,
  decimal: DecimalSeparator
): ActualRecord | BadRow {
  const item = cellText(row.cells[cols.item] ?? null);
  const monthCell = row.cells[cols.month] ?? null;
  const amountCell = row.cells[cols.amount] ?? null;
  if (item !== null && TOTAL_WORDS.has(matchKey(item)))
    return { line: row.line, reason: "total_row", text: item };
  if (item === null) return { line: row.line, reason: "item_empty", text: null };
  const month = parseMonthCell(monthCell);
  if (month === null) return { line: row.line, reason: "month_invalid", text: cellText(monthCell) };
  const amountText = cellText(amountCell);
  if (amountText === null) return { line: row.line, reason: "amount_empty", text: null };
  const amount = typeof amountCell === "number" ? amountCell : parseAmountText(amountText, decimal);
  if (amount === null || !Number.isFinite(amount))
    return { line: row.line, reason: "amount_invalid", text: amountText };
  return { line: row.line, item, month, amount: toMinor(amount) };
}

/** Read actual sales rows from a grid (CSV rows or a pasted range). */
export function readActuals(
  rows: readonly NumberedRow[],
  options: ReadActualsOptions = {}
): ActualsRead {
  const choice = options.columns ?? {};
  const headerIndex = findHeader(rows, choice);
  const headerRow = headerIndex >= 0 ? rows[headerIndex] : undefined;
  const headers = headerRow ? headerRow.cells.map((c) => cellText(c) ?? "") : [];
  const { columns, missing } = mapColumns(headers, choice);
  const fallback = options.decimalFallback ?? ",";
  const base = { headerLine: headerRow?.line ?? null, headers, columns, missing };
  if (missing.length > 0 || !headerRow)
    return {
      ...base,
      missing: headerRow ? missing : ["item", "month", "amount"],
      decimal: fallback,
      records: [],
      badRows: [],
    };
  const cols = columns as ColumnIndexes;
  const body = rows.slice(headerIndex + 1).filter((r) => !isBlank(r));
  const decimal = detectDecimalSeparator(
    body.map((r) => {
      const c = r.cells[cols.amount];
      return typeof c === "string" ? c : "";
    }),
    fallback
  );
  const records: ActualRecord[] = [];
  const badRows: BadRow[] = [];
  for (const row of body) {
    const read = readRow(row, cols, decimal);
    if ("reason" in read) badRows.push(read);
    else records.push(read);
  }
  return { ...base, decimal, records, badRows };
}
