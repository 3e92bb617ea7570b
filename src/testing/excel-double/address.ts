import { columnIndex, formatA1, MAX_COL, MAX_ROW, parseA1 } from "../../domain/read/a1";
import { excelError } from "./errors";

/** A rectangle of cells, 0-based, inclusive sizes (`rows` × `cols` ≥ 1). */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** A parsed range address: optional sheet name and the rectangle. */
export interface ParsedAddress {
  readonly sheet: string | null;
  readonly rect: Rect;
}

/** Split `'My sheet'!A1:B2` / `Sheet1!A1` / `A1` into sheet and local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const text = address.startsWith("=") ? address.slice(1) : address;
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: text.slice(bang + 1) };
}

/**
 * Parse an A1 address as Office.js accepts it in `getRange`: a cell, a range,
 * whole columns (`A:C`) or rows (`2:5`), with an optional sheet prefix.
 * Throws InvalidArgument (as Excel does) when it is not an address.
 */
export function parseAddress(address: string): ParsedAddress {
  const { sheet, local } = splitSheet(address.trim());
  const [a, b, extra] = local.split(":");
  if (a === undefined || extra !== undefined)
    throw excelError("InvalidArgument", `Not a range address: ${address}`);
  const second = b ?? a;
  // `a` and `second` hold no sheet and no `:` here, so parseA1 reads exactly one cell.
  const c1 = parseA1(a);
  const c2 = parseA1(second);
  if (c1 && c2) {
    const row = Math.min(c1.row, c2.row);
    const col = Math.min(c1.col, c2.col);
    return {
      sheet,
      rect: { row, col, rows: Math.abs(c2.row - c1.row) + 1, cols: Math.abs(c2.col - c1.col) + 1 },
    };
  }
  const colA = /^\$?([A-Za-z]{1,3})$/.exec(a)?.[1];
  const colB = /^\$?([A-Za-z]{1,3})$/.exec(second)?.[1];
  if (b !== undefined && colA && colB) {
    const x = columnIndex(colA);
    const y = columnIndex(colB);
    if (x !== null && y !== null)
      return {
        sheet,
        rect: { row: 0, col: Math.min(x, y), rows: MAX_ROW + 1, cols: Math.abs(y - x) + 1 },
      };
  }
  const rowA = /^\$?(\d{1,7})$/.exec(a)?.[1];
  const rowB = /^\$?(\d{1,7})$/.exec(second)?.[1];
  if (b !== undefined && rowA && rowB) {
    const x = Number(rowA) - 1;
    const y = Number(rowB) - 1;
    if (x >= 0 && y >= 0)
      return {
        sheet,
        rect: { row: Math.min(x, y), col: 0, rows: Math.abs(y - x) + 1, cols: MAX_COL + 1 },
      };
  }
  throw excelError("InvalidArgument", `Not a range address: ${address}`);
}

/** `A1` or `A1:C5` of a rectangle, optionally absolute (`$A$1:$C$5`). */
export function rectA1(rect: Rect, absolute = false): string {
  const tl = formatA1(rect, absolute);
  if (rect.rows === 1 && rect.cols === 1) return tl;
  const br = { row: rect.row + rect.rows - 1, col: rect.col + rect.cols - 1 };
  return `${tl}:${formatA1(br, absolute)}`;
}

/** A sheet name as it appears in an address: quoted when it holds anything but letters, digits, `_` and `.`, or starts with a digit. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet!A1:C5` as `Range.address` gives it. */
export function fullAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${rectA1(rect)}`;
}

/** True when the two rectangles share a cell. */
export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

/** True when `inner` lies inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}
