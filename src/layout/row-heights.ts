import { columnIndex, columnLetter, parseA1 } from "../domain/read/a1";
import { CELL_STYLES } from "./styles";
import type { CellStyle, RowHeight, SheetLayout } from "./types";

/** Excel's default column width in characters (a column the layout gives no width). */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** Excel's default row height in points (Calibri 11). */
export const DEFAULT_ROW_HEIGHT = 15;

/** The width of `column` (a letter) on `sheet`, in characters. */
export function columnWidthOf(sheet: SheetLayout, column: string): number {
  return sheet.columnWidths.find((w) => w.column === column)?.width ?? DEFAULT_COLUMN_WIDTH;
}

/**
 * How many lines a wrapped text takes in a column `width` characters wide:
 * each paragraph (split at line breaks) needs ⌈length / characters per line⌉
 * lines. A character of 11-point text is about one width unit (the unit is
 * the width of a digit); bold text and Cyrillic run a little wider, so a
 * line holds 0.9 × width characters — erring towards a taller row, never a
 * cut-off one.
 */
export function linesOf(text: string, width: number, style: CellStyle): number {
  const look = CELL_STYLES[style];
  const perLine = Math.max(
    1,
    Math.floor(((width - 1) * 0.9 * 11) / look.size / (look.bold ? 1.1 : 1))
  );
  return text
    .split(/\r?\n/)
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/** The height in points of `lines` lines of a style's text (its font size × 1.3, at least Excel's default). */
export function heightOf(lines: number, style: CellStyle): number {
  const line = Math.max(12, Math.ceil(CELL_STYLES[style].size * 1.3));
  return Math.max(DEFAULT_ROW_HEIGHT, Math.ceil(lines * line + 3));
}

/**
 * Row heights for the rows of a sheet whose wrapped text (a style with
 * `wrap`: table headers, long text inputs and their columns) needs more than
 * one line, estimated from the text's length and its column's width (spec
 * §9: long text wrapped, row heights that show it, no header running into the
 * row below). Rows that need one line are left to Excel; formula results are
 * not known here (their sheet sets its own heights). Heights already given in
 * `sheet.rowHeights` win.
 */
export function wrappedRowHeights(sheet: SheetLayout): readonly RowHeight[] {
  const need = new Map<number, number>();
  const note = (row: number, col: number, text: string, style: CellStyle): void => {
    if (!CELL_STYLES[style].wrap || text === "") return;
    const lines = linesOf(text, columnWidthOf(sheet, columnLetter(col)), style);
    if (lines <= 1) return;
    need.set(row, Math.max(need.get(row) ?? 0, heightOf(lines, style)));
  };
  for (const cell of sheet.cells) {
    if (cell.content.kind !== "value" || typeof cell.content.value !== "string") continue;
    const at = parseA1(cell.address);
    if (at) note(at.row + 1, at.col, cell.content.value, cell.style);
  }
  for (const table of sheet.tables) {
    const top = parseA1(table.topLeft);
    if (!top) continue;
    table.columns.forEach((column, i) => {
      note(top.row + 1, top.col + i, column.header, "header");
      table.rows.forEach((row, r) => {
        const value = row[i];
        if (typeof value === "string") note(top.row + 2 + r, top.col + i, value, column.style);
      });
    });
  }
  const given = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
  for (const [row, height] of given) need.set(row, height);
  return [...need.entries()].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
}

/** The last column (0-based) a sheet uses: its widths, cells and tables. */
export function lastColumnOf(sheet: SheetLayout): number {
  let last = 0;
  for (const w of sheet.columnWidths) last = Math.max(last, columnIndex(w.column) ?? 0);
  for (const cell of sheet.cells) last = Math.max(last, parseA1(cell.address)?.col ?? 0);
  for (const t of sheet.tables)
    last = Math.max(last, (parseA1(t.topLeft)?.col ?? 0) + t.columns.length - 1);
  return last;
}
