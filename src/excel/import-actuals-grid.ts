import type { CellValue, Grid } from "../domain/values";
import { numberRows, readActuals, type ActualsRead } from "../domain/portfolio/actuals-grid";
import type { ActualsColumns } from "./types";

/**
 * Reading a pasted actuals range with columns chosen by index (the pane's
 * three Select fields). Pure. The header row is the given one or, by default,
 * the one `readActuals` finds (usual ERP / 1C headers, else the first
 * non-empty row); rows above it are ignored, rows below are data, each
 * numbered with the line it was pasted on.
 */

/** 0-based index of the header row `readActuals` would pick in `grid` (its own rules), or null for an empty grid. */
export function defaultHeaderRow(grid: Grid): number | null {
  const { headerLine } = readActuals(numberRows(grid, 1));
  return headerLine === null ? null : headerLine - 1;
}

/** True when all three columns are distinct indexes inside a row of `width` cells. */
export function columnsFit(columns: ActualsColumns, width: number): boolean {
  const all = [columns.item, columns.month, columns.amount];
  return all.every((c) => Number.isInteger(c) && c >= 0 && c < width) && new Set(all).size === 3;
}

/**
 * Read the data rows below `headerRow` with the given columns. The header
 * row's cells are replaced by `#1`, `#2`, … and the columns chosen by those
 * labels, so a header that happens to read like another column's number
 * cannot move the mapping.
 */
export function readPastedActuals(
  grid: Grid,
  columns: ActualsColumns,
  headerRow: number,
  firstLine = 1
): ActualsRead {
  const header = grid[headerRow] ?? [];
  const width = Math.max(header.length, columns.item + 1, columns.month + 1, columns.amount + 1);
  const labels: CellValue[] = Array.from({ length: width }, (_v, i) => `#${i + 1}`);
  const rows = numberRows([labels, ...grid.slice(headerRow + 1)], firstLine + headerRow);
  const label = (index: number): string => `#${index + 1}`;
  return readActuals(rows, {
    columns: {
      item: label(columns.item),
      month: label(columns.month),
      amount: label(columns.amount),
    },
  });
}
