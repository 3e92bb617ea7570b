import type { CellValue, Grid } from "../domain/values";
import type { ActualsColumns } from "../excel/types";
import { numberRows, readActuals } from "../domain/portfolio/actuals-grid";
import { mapColumns, type ActualsColumn } from "../domain/portfolio/columns";
import { detectDelimiter, splitCsv } from "../domain/portfolio/csv";

/**
 * The pasted text of the Actuals section, as the pane reads it before the
 * adapter imports it. Pure. A range copied from Excel is tab-separated text
 * (cells with line breaks in quotes); a CSV pasted by hand may use `;` or `,`.
 */

/** What the pane knows about a pasted range. */
export interface PastedRange {
  /** Grid row `i` is pasted line `i + 1` (blank lines and a cell's inner line breaks stay as empty rows), so bad rows keep their lines. */
  readonly grid: Grid;
  /** 0-based index of the header row (the usual headers, else the first non-empty row); null when nothing was pasted. */
  readonly headerRow: number | null;
  /** Header cells as text, one per column of the widest row (an empty header becomes its column number). */
  readonly headers: readonly string[];
  /** Columns suggested from the headers (`mapColumns`); a column not found is absent. */
  readonly suggested: Partial<ActualsColumns>;
}

/** The three column roles in the order the pane shows them. */
export const ACTUALS_COLUMNS: readonly ActualsColumn[] = ["item", "month", "amount"];

function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/** Split pasted text into a grid whose row index is the pasted line minus one. */
export function pastedGrid(pasted: string): Grid {
  const clean = pasted.startsWith("\ufeff") ? pasted.slice(1) : pasted;
  if (clean.trim() === "") return [];
  const delimiter = clean.includes("\t") ? "\t" : detectDelimiter(clean);
  const grid: (readonly CellValue[])[] = [];
  for (const row of splitCsv(clean, delimiter)) {
    while (grid.length < row.line - 1) grid.push([]);
    grid.push(row.cells);
  }
  return grid;
}

/** Read the pasted text: its grid, header row, headers and suggested columns. */
export function readPasted(pasted: string): PastedRange {
  const grid = pastedGrid(pasted);
  const { headerLine } = readActuals(numberRows(grid, 1));
  if (headerLine === null) return { grid, headerRow: null, headers: [], suggested: {} };
  const headerRow = headerLine - 1;
  const width = Math.max(0, ...grid.slice(headerRow).map((r) => r.length));
  const cells = grid[headerRow] ?? [];
  const headers = Array.from({ length: width }, (_v, i) => text(cells[i]) || String(i + 1));
  return { grid, headerRow, headers, suggested: mapColumns(headers, {}).columns };
}

/** The three columns when all are chosen and distinct, else null (the Import button stays disabled). */
export function completeColumns(chosen: Partial<ActualsColumns>): ActualsColumns | null {
  const { item, month, amount } = chosen;
  if (item === undefined || month === undefined || amount === undefined) return null;
  return new Set([item, month, amount]).size === 3 ? { item, month, amount } : null;
}

/** The first `count` data rows below the header (blank lines skipped), for the preview table. */
export function previewRows(
  range: PastedRange,
  count: number
): readonly { readonly line: number; readonly cells: readonly string[] }[] {
  if (range.headerRow === null) return [];
  const rows: { line: number; cells: string[] }[] = [];
  for (let i = range.headerRow + 1; i < range.grid.length && rows.length < count; i += 1) {
    const cells = (range.grid[i] ?? []).map(text);
    if (cells.some((c) => c !== ""))
      rows.push({ line: i + 1, cells: range.headers.map((_h, j) => cells[j] ?? "") });
  }
  return rows;
}
