import { columnLetter, parseA1 } from "../domain/read/a1";
import { columnWidthOf, DEFAULT_ROW_HEIGHT, lastColumnOf } from "./row-heights";
import type { PrintLayout, SheetLayout } from "./types";

/**
 * The printable area of an A4 landscape page in points: 297 × 210 mm less
 * Excel's default margins (0.7" left and right, 0.75" top and bottom).
 */
export const A4_LANDSCAPE_PRINTABLE = { width: 842 - 2 * 0.7 * 72, height: 595 - 2 * 0.75 * 72 };

/** A body this many rows long has its header row repeated on every page (the sheet's tallest table). */
export const REPEAT_HEADER_FROM_ROWS = 30;

/** A column's width in points (Excel: 7 px per character + 5 px padding; 0.75 pt per px). */
function columnPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

/** How the page scale of "fit to one page wide" comes out for a sheet (≤ 1: never enlarged). */
export function fitWidthScale(sheet: SheetLayout): number {
  let width = 0;
  for (let col = 0; col <= lastColumnOf(sheet); col++)
    width += columnPoints(columnWidthOf(sheet, columnLetter(col)));
  return Math.min(1, A4_LANDSCAPE_PRINTABLE.width / width);
}

/**
 * The print set-up of a visible sheet (spec §9): A4 landscape, one page wide
 * (`fitHeight` pages down, default as many as it takes). Excel repeats one
 * row range per sheet, not one per table, so: the header row of the sheet's
 * tallest table is repeated when that table runs longer than
 * REPEAT_HEADER_FROM_ROWS rows (it is the one that spans pages), and a
 * manual page break goes above every table block (its section title and
 * header) that would otherwise begin on one page and end on the next but fits
 * on a page of its own — so each table's header is printed above its rows.
 * The rows per page are estimated from the fit-to-width scale and the row
 * heights, with a tenth to spare.
 */
export function printSetup(sheet: SheetLayout, fitHeight: number | null = null): PrintLayout {
  // A hidden section's table (spec §11) does not print: no title rows or break for it.
  const tables = sheet.tables
    .map((t) => ({ top: (parseA1(t.topLeft)?.row ?? 0) + 1, rows: t.rows.length }))
    .filter((t) => !isHiddenRow(sheet, t.top))
    .sort((a, b) => a.top - b.top);
  const tallest = [...tables].sort((a, b) => b.rows - a.rows)[0];
  const titleRows =
    tallest && tallest.rows >= REPEAT_HEADER_FROM_ROWS
      ? { first: tallest.top, last: tallest.top }
      : null;
  return {
    paper: "A4",
    orientation: "landscape",
    fitWidth: 1,
    fitHeight,
    titleRows,
    rowBreaks: fitHeight === null ? tableBreaks(sheet, tables) : [],
  };
}

/** Rows above which a page break keeps each table block (title row, header, body) on one page. */
function tableBreaks(
  sheet: SheetLayout,
  tables: readonly { readonly top: number; readonly rows: number }[]
): number[] {
  const scale = fitWidthScale(sheet);
  const page = (A4_LANDSCAPE_PRINTABLE.height / scale) * 0.9;
  const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
  const heightOf = (row: number): number =>
    isHiddenRow(sheet, row) ? 0 : (heights.get(row) ?? DEFAULT_ROW_HEIGHT);
  const span = (first: number, last: number): number => {
    let sum = 0;
    for (let r = first; r <= last; r++) sum += heightOf(r);
    return sum;
  };
  const breaks: number[] = [];
  let pageTop = 1;
  for (const t of tables) {
    // A table block: its section title (the row above the header) to its last body row.
    const first = Math.max(1, t.top - 1);
    const last = t.top + t.rows;
    while (span(pageTop, first - 1) > page) pageTop += Math.max(1, rowsFitting(pageTop));
    const block = span(first, last);
    if (span(pageTop, last) > page && block <= page && first > pageTop) {
      breaks.push(first);
      pageTop = first;
    }
  }
  return breaks;

  function rowsFitting(from: number): number {
    let n = 0;
    let used = 0;
    while (used + heightOf(from + n) <= page && n < MAX_ROWS_PER_PAGE) used += heightOf(from + n++);
    return n;
  }
}

/** A bound on the rows a page is counted to hold (hidden rows are 0 points high). */
const MAX_ROWS_PER_PAGE = 10_000;

/** Whether a 1-based row is one of the sheet's hidden rows. */
export function isHiddenRow(sheet: SheetLayout, row: number): boolean {
  return (sheet.hiddenRows ?? []).some((span) => row >= span.first && row <= span.last);
}
