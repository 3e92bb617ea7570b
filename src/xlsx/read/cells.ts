import { serialOfUnixMs } from "../../domain/periods";
import type { CellValue } from "../../domain/values";
import { decodeEntities, decodeOoxmlEscapes, elements, firstElement, stringItemText } from "./xml";

/** Cells of one sheet by position: key = row × 16384 + column (0-based). */
export type SheetCells = ReadonlyMap<number, CellValue>;

/** The key of a 0-based position in SheetCells. */
export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

/** How to read numbers: in a 1904-system workbook, date-formatted serials are moved to the 1900 system. */
export interface CellReading {
  readonly sharedStrings: readonly string[];
  /** Style indexes with a date format; null unless the workbook uses the 1904 system. */
  readonly shiftDates1904: ReadonlySet<number> | null;
}

/** Days between the 1900 and 1904 date systems' epochs. */
const DAYS_1904 = 1462;

/** An ISO date-time (`2027-01-31`, `2027-01-31T12:00:00Z`) as an Excel serial in UTC, or null. */
export function isoToSerial(iso: string): number | null {
  const ms = Date.parse(/T|Z|[+-]\d\d:\d\d$/.test(iso.slice(10)) ? iso : `${iso}T00:00:00Z`);
  return Number.isFinite(ms) ? serialOfUnixMs(ms) : null;
}

/** The shared strings table (`xl/sharedStrings.xml`): rich text flattened to plain text. */
export function readSharedStrings(xml: string | null): string[] {
  return xml === null ? [] : elements(xml, "si").map((si) => stringItemText(si.inner));
}

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
export function readSheetCells(xml: string, reading: CellReading): SheetCells {
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
export type SheetFormulas = ReadonlyMap<number, string>;

const FORMULA = /<(?:[\w.-]+:)?f(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/;
const ATTR_SI = /\bsi="(\d+)"/;

/**
 * Every formula of a worksheet part (`<f>`), as the file stores it (en-US,
 * no `=`): a shared formula's other cells get the text of the cell that
 * holds it with its relative A1 references moved by their offset, as Excel
 * reads it (`shiftRelative`). Cells without a formula are absent.
 */
export function readSheetFormulas(xml: string): SheetFormulas {
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

/** Strings, structured references and A1 cells of a formula, in order (the first two are kept as they are). */
const FORMULA_TOKENS =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'!|\[[^\]]*\]|(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![\w(!])/g;

/**
 * A formula with its relative A1 references moved `dr` rows and `dc`
 * columns (`$` parts stay), as a shared formula's other cells read it.
 * Text in quotes, quoted sheet names and structured references are left alone.
 */
export function shiftRelative(formula: string, dr: number, dc: number): string {
  return formula.replace(
    FORMULA_TOKENS,
    (whole, absCol?: string, col?: string, absRow?: string, row?: string, offset?: number) => {
      if (col === undefined || row === undefined) return whole;
      const before = formula[(offset ?? 0) - 1] ?? "";
      if (/[\w.$]/.test(before) && before !== "$") return whole;
      let c = 0;
      for (const ch of col) c = c * 26 + (ch.charCodeAt(0) - 64);
      const newCol = absCol === "$" ? c : c + dc;
      const newRow = absRow === "$" ? Number(row) : Number(row) + dr;
      if (newCol < 1 || newRow < 1) return whole;
      let letters = "";
      for (let n = newCol; n > 0; n = Math.floor((n - 1) / 26))
        letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      return `${absCol ?? ""}${letters}${absRow ?? ""}${newRow}`;
    }
  );
}
