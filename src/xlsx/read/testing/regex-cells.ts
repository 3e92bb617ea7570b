import type { CellValue } from "../../../domain/values";
import {
  cellKey,
  isoToSerial,
  shiftRelative,
  type CellReading,
  type SheetCells,
  type SheetFormulas,
} from "../cells";
import { decodeEntities, decodeOoxmlEscapes, firstElement, stringItemText } from "../xml";

/**
 * The worksheet reader as it was before the one-pass scanner of cells.ts:
 * regular expressions, one pass for values and another for formulas. Kept
 * only as the oracle of cells.test.ts (the scanner must read every part
 * exactly as these did).
 */

/** Days between the 1900 and 1904 date systems' epochs. */
const DAYS_1904 = 1462;

/** A cell's `<v>` element (any prefix), for every cell: its text without parsing attributes. */
const VALUE_ELEMENT = /<(?:[\w.-]+:)?v(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?v>)/;

/** The text of the cell's first `<v>` (empty for `<v/>`), or null when it has none. */
function valueText(inner: string): string | null {
  const match = VALUE_ELEMENT.exec(inner);
  return match ? (match[1] ?? "") : null;
}

function cellValue(
  type: string | undefined,
  style: number,
  inner: string,
  reading: CellReading
): CellValue {
  if (type === "inlineStr") {
    const is = firstElement(inner, "is");
    return emptyToNull(is ? stringItemText(is.inner) : "");
  }
  const v = valueText(inner);
  if (v === null) return null;
  switch (type) {
    case "s":
      return emptyToNull(reading.sharedStrings[Number(v)] ?? "");
    case "str":
    case "e":
      return emptyToNull(decodeOoxmlEscapes(decodeEntities(v)));
    case "b":
      return v.trim() === "1" || v.trim() === "true";
    case "d":
      return isoToSerial(v.trim());
    default: {
      const n = Number(v);
      if (v.trim() === "" || !Number.isFinite(n)) return null;
      return reading.shiftDates1904?.has(style) ? n + DAYS_1904 : n;
    }
  }
}

function emptyToNull(text: string): CellValue {
  return text === "" ? null : text;
}

const ROW = /<(?:[\w.-]+:)?row(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?row>)/g;
const CELL = /<(?:[\w.-]+:)?c(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const ATTR_R = /\br="([^"]*)"/;
const ATTR_T = /\bt="([^"]*)"/;
const ATTR_S = /\bs="(\d+)"/;

/**
 * A cell reference (`AB12`, upper-case letters then digits, as every writer
 * stores them) as a 0-based position, by character codes: this runs for every
 * cell of every sheet. Null when it is not such a reference.
 */
function cellPosition(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
  }
  if (i === 0 || i > 3 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  return row >= 1 && col <= 16384 ? { row: row - 1, col: col - 1 } : null;
}

/**
 * Every non-empty cell of a worksheet part as a raw value in Excel's model:
 * numbers, strings (shared, inline, rich text flattened), booleans, error
 * texts (`#DIV/0!`), a formula's cached result (null when it has none),
 * dates as serials; an empty string is empty (null). Rows and cells without
 * an `r` attribute follow the previous one, as the format allows.
 */
export function regexSheetCells(xml: string, reading: CellReading): SheetCells {
  const cells = new Map<number, CellValue>();
  const sheetData = firstElement(xml, "sheetData");
  const data = sheetData?.inner ?? "";
  let row = -1;
  ROW.lastIndex = 0;
  for (let rowMatch = ROW.exec(data); rowMatch; rowMatch = ROW.exec(data)) {
    const rowNumber = ATTR_R.exec(rowMatch[1] ?? "")?.[1];
    row = rowNumber !== undefined ? Number(rowNumber) - 1 : row + 1;
    const body = rowMatch[2] ?? "";
    let col = -1;
    CELL.lastIndex = 0;
    for (let cellMatch = CELL.exec(body); cellMatch; cellMatch = CELL.exec(body)) {
      const attrs = cellMatch[1] ?? "";
      const ref = ATTR_R.exec(attrs)?.[1];
      const position = ref !== undefined ? cellPosition(ref) : null;
      if (position) {
        row = position.row;
        col = position.col;
      } else col += 1;
      const inner = cellMatch[2];
      // Cells with only a style or only a formula (no cached value) are empty.
      if (
        inner === undefined ||
        (!inner.includes("<v") && !inner.includes(":v") && !inner.includes("is>"))
      )
        continue;
      const value = cellValue(
        ATTR_T.exec(attrs)?.[1],
        Number(ATTR_S.exec(attrs)?.[1] ?? 0),
        inner,
        reading
      );
      if (value !== null) cells.set(cellKey(row, col), value);
    }
  }
  return cells;
}

/** Formulas of one sheet by position (same keys as SheetCells), without the leading `=`. */

const FORMULA = /<(?:[\w.-]+:)?f(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/;
const ATTR_SI = /\bsi="(\d+)"/;

/**
 * Every formula of a worksheet part (`<f>`), as the file stores it (en-US,
 * no `=`): a shared formula's other cells get the text of the cell that
 * holds it with its relative A1 references moved by their offset, as Excel
 * reads it (`shiftRelative`). Cells without a formula are absent.
 */
export function regexSheetFormulas(xml: string): SheetFormulas {
  const formulas = new Map<number, string>();
  if (!xml.includes("<f") && !xml.includes(":f")) return formulas;
  const shared = new Map<string, { text: string; row: number; col: number }>();
  const pending: { key: number; si: string; row: number; col: number }[] = [];
  const data = firstElement(xml, "sheetData")?.inner ?? "";
  let row = -1;
  const rows = new RegExp(ROW.source, "g");
  const cellsRe = new RegExp(CELL.source, "g");
  for (let rowMatch = rows.exec(data); rowMatch; rowMatch = rows.exec(data)) {
    const rowNumber = ATTR_R.exec(rowMatch[1] ?? "")?.[1];
    row = rowNumber !== undefined ? Number(rowNumber) - 1 : row + 1;
    const body = rowMatch[2] ?? "";
    let col = -1;
    cellsRe.lastIndex = 0;
    for (let cellMatch = cellsRe.exec(body); cellMatch; cellMatch = cellsRe.exec(body)) {
      const attrs = cellMatch[1] ?? "";
      const ref = ATTR_R.exec(attrs)?.[1];
      const position = ref !== undefined ? cellPosition(ref) : null;
      if (position) {
        row = position.row;
        col = position.col;
      } else col += 1;
      const inner = cellMatch[2];
      if (inner === undefined) continue;
      const f = FORMULA.exec(inner);
      if (!f) continue;
      const text = decodeEntities(f[2] ?? "").trim();
      const si = ATTR_SI.exec(f[1] ?? "")?.[1];
      const key = cellKey(row, col);
      if (text !== "") {
        formulas.set(key, text.startsWith("=") ? text.slice(1) : text);
        if (si !== undefined && /\bt="shared"/.test(f[1] ?? "")) shared.set(si, { text, row, col });
      } else if (si !== undefined) pending.push({ key, si, row, col });
    }
  }
  for (const p of pending) {
    const master = shared.get(p.si);
    if (master === undefined) continue;
    const text = shiftRelative(master.text, p.row - master.row, p.col - master.col);
    formulas.set(p.key, text.startsWith("=") ? text.slice(1) : text);
  }
  return formulas;
}
