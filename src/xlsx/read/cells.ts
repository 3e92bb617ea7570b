import { serialOfUnixMs } from "../../domain/periods";
import type { CellValue } from "../../domain/values";
import { decodeEntities, decodeOoxmlEscapes, firstElement, stringItemText } from "./xml";
import { isJsSpace, isJsWordChar } from "./xml-chars";

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

/**
 * The shared strings table (`xl/sharedStrings.xml`): rich text flattened to plain text. Each
 * item is found as `elements(xml, "si")` finds it (findElement, in place); an item that is one
 * plain `<t>` (most are) is read without the general stringItemText.
 */
export function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  const item = SHARED_ITEM_SPAN;
  for (let at = 0; findElement(xml, "si", at, xml.length, item); at = item.end) {
    if (item.innerStart < 0) {
      strings.push(stringItemText(""));
      continue;
    }
    const text = plainTextItem(xml, item.innerStart, item.innerEnd);
    strings.push(
      text !== null
        ? decodeOoxmlEscapes(decodeEntities(text))
        : stringItemText(xml.slice(item.innerStart, item.innerEnd))
    );
  }
  return strings;
}

/**
 * The raw text of an item `xml[from, to)` that is exactly `<t>text</t>` or `<t attrs>text</t>`
 * (no prefix, no other markup), or null for any other item (read by stringItemText).
 */
function plainTextItem(xml: string, from: number, to: number): string | null {
  if (!xml.startsWith("<t", from) || !xml.startsWith("</t>", to - 4)) return null;
  const next = xml.charCodeAt(from + 2);
  let open = from + 3;
  if (next !== 62) {
    if (!isSpace(next)) return null;
    open = xml.indexOf(">", from + 3) + 1;
    // `/>` ends the tag (an empty `<t/>`, then more markup): the general reader decides.
    if (open <= 0 || open > to - 4 || xml.charCodeAt(open - 2) === 47) return null;
  }
  const lt = xml.indexOf("<", open);
  return lt === to - 4 ? xml.slice(open, lt) : null;
}

/** The `t` attribute of a cell as the reader tells them apart (`other`: absent, `n` or anything else: a number). */
type CellType = "inlineStr" | "s" | "str" | "e" | "b" | "d" | "other";

const CELL_TYPES: readonly CellType[] = ["inlineStr", "s", "str", "e", "b", "d"];

/** The cell's type from its tag text `xml[from, to)`, compared in place (no string made per cell). */
function cellType(xml: string, from: number, to: number): CellType {
  const start = attributeStart(xml, from, to, "t");
  if (start < 0) return "other";
  const length = ATTRIBUTE.end - start;
  for (const type of CELL_TYPES)
    if (type.length === length && xml.startsWith(type, start)) return type;
  return "other";
}

/** A cell's value for every type but `s` (a shared string: sharedIndexOf). */
function cellValue(
  type: Exclude<CellType, "s">,
  xml: string,
  cell: Span,
  shiftDates1904: ReadonlySet<number> | null
): CellValue {
  if (type === "inlineStr") {
    const is = firstElement(xml.slice(cell.innerStart, cell.innerEnd), "is");
    return emptyToNull(is ? stringItemText(is.inner) : "");
  }
  const value = VALUE_SPAN;
  if (!findElement(xml, "v", cell.innerStart, cell.innerEnd, value)) return null;
  const v = value.innerStart < 0 ? "" : xml.slice(value.innerStart, value.innerEnd);
  switch (type) {
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
      if (shiftDates1904 === null) return n;
      const style = attributeValue(xml, cell.attrsStart, cell.attrsEnd, "s", true);
      return shiftDates1904.has(Number(style ?? 0)) ? n + DAYS_1904 : n;
    }
  }
}

/** A shared-string cell's index into the shared strings, or -1 when it has none (its value is then empty). */
function sharedIndexOf(xml: string, cell: Span): number {
  const value = VALUE_SPAN;
  if (!findElement(xml, "v", cell.innerStart, cell.innerEnd, value)) return -1;
  const index = Number(value.innerStart < 0 ? "" : xml.slice(value.innerStart, value.innerEnd));
  return Number.isInteger(index) && index >= 0 ? index : -1;
}

function emptyToNull(text: string): CellValue {
  return text === "" ? null : text;
}

/**
 * Where one element lies in a text (indexes): its start tag's attribute text,
 * its inner text (`innerStart` -1 for `<x/>`) and the index just after it.
 * The scanner reuses one per nesting level instead of allocating matches.
 */
interface Span {
  attrsStart: number;
  attrsEnd: number;
  innerStart: number;
  innerEnd: number;
  end: number;
}

function span(): Span {
  return { attrsStart: 0, attrsEnd: 0, innerStart: -1, innerEnd: -1, end: 0 };
}

const SHEET_DATA_SPAN = span();
const SHARED_ITEM_SPAN = span();
const ROW_SPAN = span();
const CELL_SPAN = span();
const VALUE_SPAN = span();
const FORMULA_SPAN = span();

/** `[\w.-]`: a character of a namespace prefix. */
function isPrefixChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 46 ||
    code === 45
  );
}

/** `\s` of JavaScript regular expressions (xml-chars.ts), held locally for the per-character loops. */
const isSpace = isJsSpace;

/** The index after `localName` when a tag name with that local name (any `prefix:`) starts at `at`, else -1. */
function afterTagName(xml: string, at: number, localName: string, to: number): number {
  let i = at;
  while (i < to && isPrefixChar(xml.charCodeAt(i))) i++;
  const start = i > at && i < to && xml.charCodeAt(i) === 58 ? i + 1 : at;
  const end = start + localName.length;
  return end <= to && xml.startsWith(localName, start) ? end : -1;
}

/**
 * Where the closing tag `</name>` or `</prefix:name>` whose name starts at
 * `nameAt` begins, when it begins at or after `from`; -1 when the text
 * before `nameAt` is not the start of such a tag.
 */
function closingTagStart(xml: string, nameAt: number, from: number): number {
  let start = nameAt;
  if (xml.charCodeAt(nameAt - 1) === 58) {
    start = nameAt - 1;
    while (start - 1 >= from && isPrefixChar(xml.charCodeAt(start - 1))) start--;
    if (start === nameAt - 1) return -1;
  }
  const close = start - 2;
  return close >= from && xml.charCodeAt(start - 1) === 47 && xml.charCodeAt(close) === 60
    ? close
    : -1;
}

/**
 * The first `localName` element (any prefix) that starts in `xml[from, to)`
 * and ends by `to`, into `out`; false when there is none. By character codes
 * and indexOf, it finds exactly what `firstElement` of xml.ts finds in the
 * text `xml.slice(from, to)`: the start tag's attributes up to its first `>`
 * (`/>` closes it), the inner text up to the first closing tag of that name.
 */
function findElement(xml: string, localName: string, from: number, to: number, out: Span): boolean {
  for (let lt = xml.indexOf("<", from); lt !== -1 && lt < to; lt = xml.indexOf("<", lt + 1)) {
    const nameEnd = afterTagName(xml, lt + 1, localName, to);
    if (nameEnd < 0 || nameEnd >= to) continue;
    const next = xml.charCodeAt(nameEnd);
    if (next !== 47 && next !== 62 && !isSpace(next)) continue;
    const gt = xml.indexOf(">", nameEnd);
    if (gt < 0 || gt >= to) continue;
    if (gt > nameEnd && xml.charCodeAt(gt - 1) === 47) {
      out.attrsStart = nameEnd;
      out.attrsEnd = gt - 1;
      out.innerStart = -1;
      out.innerEnd = -1;
      out.end = gt + 1;
      return true;
    }
    // The first closing tag: found by its `name>` (far fewer hits than `</`), then read backwards.
    const closer = `${localName}>`;
    for (
      let at = xml.indexOf(closer, gt + 1);
      at !== -1 && at + closer.length <= to;
      at = xml.indexOf(closer, at + 1)
    ) {
      const close = closingTagStart(xml, at, gt + 1);
      if (close < 0) continue;
      out.attrsStart = nameEnd;
      out.attrsEnd = gt;
      out.innerStart = gt + 1;
      out.innerEnd = close;
      out.end = at + closer.length;
      return true;
    }
  }
  return false;
}

/** Where the value found by attributeStart ends (its closing quote). */
const ATTRIBUTE = { end: 0 };

/**
 * Where the value of the attribute `name="…"` starts in the tag text
 * `xml[from, to)`, as the regular expression `\bname="([^"]*)"` finds it
 * there (ATTRIBUTE.end: its closing quote), or -1. `digits`: the value must
 * be digits (`\d+`).
 */
function attributeStart(
  xml: string,
  from: number,
  to: number,
  name: string,
  digits = false
): number {
  const first = name.charCodeAt(0);
  const valueAt = name.length + 2;
  for (let i = from; i + valueAt <= to; i++) {
    if (xml.charCodeAt(i) !== first) continue;
    if (i > from && isJsWordChar(xml.charCodeAt(i - 1))) continue; // `\b` before the name
    if (name.length > 1 && !xml.startsWith(name, i)) continue;
    if (xml.charCodeAt(i + name.length) !== 61 || xml.charCodeAt(i + name.length + 1) !== 34)
      continue;
    let end = i + valueAt;
    if (digits) {
      while (end < to && xml.charCodeAt(end) >= 48 && xml.charCodeAt(end) <= 57) end++;
      if (end === i + valueAt || end >= to || xml.charCodeAt(end) !== 34) continue;
    } else {
      end = xml.indexOf('"', end);
      if (end < 0 || end >= to) return -1; // no later `name="` can close either
    }
    ATTRIBUTE.end = end;
    return i + valueAt;
  }
  return -1;
}

/** The value attributeStart finds, as text, or undefined. */
function attributeValue(
  xml: string,
  from: number,
  to: number,
  name: string,
  digits = false
): string | undefined {
  const start = attributeStart(xml, from, to, name, digits);
  return start < 0 ? undefined : xml.slice(start, ATTRIBUTE.end);
}

/** The position cellPositionAt found (0-based). */
const POSITION = { row: 0, col: 0 };

/**
 * A cell reference `xml[from, to)` (`AB12`, upper-case letters then digits,
 * as every writer stores them) as a 0-based position in POSITION, by
 * character codes: this runs for every cell of every sheet. False when it is
 * not such a reference.
 */
function cellPositionAt(xml: string, from: number, to: number): boolean {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const code = xml.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
  }
  if (i === from || i > from + 3 || i === to) return false;
  let row = 0;
  for (; i < to; i++) {
    const code = xml.charCodeAt(i);
    if (code < 48 || code > 57) return false;
    row = row * 10 + (code - 48);
  }
  if (row < 1 || col > 16384) return false;
  POSITION.row = row - 1;
  POSITION.col = col - 1;
  return true;
}

/**
 * The one scan of a worksheet part: every `<c>` of every `<row>` in
 * `<sheetData>` (any prefix), with its 0-based position (rows and cells
 * without an `r` attribute follow the previous one, as the format allows) and
 * where its attributes and inner text are (`cell.innerStart` -1 for `<c/>`).
 */
function scanCells(xml: string, visit: (row: number, col: number, cell: Span) => void): void {
  if (!findElement(xml, "sheetData", 0, xml.length, SHEET_DATA_SPAN)) return;
  const dataEnd = SHEET_DATA_SPAN.innerEnd;
  if (SHEET_DATA_SPAN.innerStart < 0) return;
  const rowSpan = ROW_SPAN;
  const cellSpan = CELL_SPAN;
  let row = -1;
  for (
    let at = SHEET_DATA_SPAN.innerStart;
    findElement(xml, "row", at, dataEnd, rowSpan);
    at = rowSpan.end
  ) {
    const rowNumber = attributeValue(xml, rowSpan.attrsStart, rowSpan.attrsEnd, "r");
    row = rowNumber !== undefined ? Number(rowNumber) - 1 : row + 1;
    if (rowSpan.innerStart < 0) continue;
    const bodyEnd = rowSpan.innerEnd;
    let col = -1;
    for (
      let cellAt = rowSpan.innerStart;
      findElement(xml, "c", cellAt, bodyEnd, cellSpan);
      cellAt = cellSpan.end
    ) {
      const ref = attributeStart(xml, cellSpan.attrsStart, cellSpan.attrsEnd, "r");
      if (ref >= 0 && cellPositionAt(xml, ref, ATTRIBUTE.end)) {
        row = POSITION.row;
        col = POSITION.col;
      } else col += 1;
      visit(row, col, cellSpan);
    }
  }
}

/** True when `xml[from, to)` holds `<v`, `:v` or `is>` (a value or an inline string may be there). */
function mayHoldValue(xml: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    const code = xml.charCodeAt(i);
    if ((code === 60 || code === 58) && xml.charCodeAt(i + 1) === 118) return true;
    if (code === 105 && i + 2 < to && xml.charCodeAt(i + 1) === 115 && xml.charCodeAt(i + 2) === 62)
      return true;
  }
  return false;
}

/**
 * A worksheet part read before its workbook's shared strings are known (the
 * same for every workbook holding these bytes; resolveSheet finishes it): its
 * non-empty cells in sheet order, each with its value or, for a shared-string
 * cell, its index into the shared strings; and its formulas.
 */
export interface ParsedSheet {
  /** Cell keys (cellKey) in sheet order. */
  readonly keys: readonly number[];
  /** Per cell: its value, or null for a shared-string cell. */
  readonly values: readonly CellValue[];
  /** Per cell: its index into the shared strings, or -1 when `values` holds its value. */
  readonly shared: readonly number[];
  readonly formulas: SheetFormulas;
}

/**
 * The one scan of a worksheet part into a ParsedSheet (values as
 * readSheetCells describes them; formulas as readSheetFormulas, when
 * `withFormulas`).
 */
export function parseSheet(
  xml: string,
  shiftDates1904: ReadonlySet<number> | null,
  withFormulas = true
): ParsedSheet {
  const keys: number[] = [];
  const values: CellValue[] = [];
  const shared: number[] = [];
  const collector =
    withFormulas && (xml.includes("<f") || xml.includes(":f")) ? new FormulaCollector() : null;
  scanCells(xml, (row, col, cell) => {
    collector?.add(xml, row, col, cell);
    // Cells with only a style or only a formula (no cached value) are empty.
    if (cell.innerStart < 0 || !mayHoldValue(xml, cell.innerStart, cell.innerEnd)) return;
    const type = cellType(xml, cell.attrsStart, cell.attrsEnd);
    if (type === "s") {
      const index = sharedIndexOf(xml, cell);
      if (index < 0) return;
      keys.push(cellKey(row, col));
      values.push(null);
      shared.push(index);
      return;
    }
    const value = cellValue(type, xml, cell, shiftDates1904);
    if (value === null) return;
    keys.push(cellKey(row, col));
    values.push(value);
    shared.push(-1);
  });
  return { keys, values, shared, formulas: collector ? collector.done() : new Map() };
}

/** A parsed worksheet's cells with the shared strings of its workbook filled in (an empty string is an empty cell). */
export function resolveSheet(parsed: ParsedSheet, sharedStrings: readonly string[]): SheetContent {
  const cells = new Map<number, CellValue>();
  const { keys, values, shared } = parsed;
  for (let i = 0; i < keys.length; i++) {
    const index = shared[i] ?? -1;
    const value = index < 0 ? (values[i] ?? null) : emptyToNull(sharedStrings[index] ?? "");
    if (value !== null) cells.set(keys[i] ?? 0, value);
  }
  return { cells, formulas: parsed.formulas };
}

const SHARED = /\bt="shared"/;

/** A formula of a shared group's first cell, which the group's other cells move. */
interface SharedFormula {
  readonly text: string;
  readonly row: number;
  readonly col: number;
}

/** Collects a sheet's formulas cell by cell; `done` resolves the shared ones. */
class FormulaCollector {
  readonly formulas = new Map<number, string>();
  private readonly shared = new Map<string, SharedFormula>();
  private readonly pending: { key: number; si: string; row: number; col: number }[] = [];

  add(xml: string, row: number, col: number, cell: Span): void {
    if (cell.innerStart < 0) return;
    const f = FORMULA_SPAN;
    if (!findElement(xml, "f", cell.innerStart, cell.innerEnd, f)) return;
    const body = f.innerStart < 0 ? "" : xml.slice(f.innerStart, f.innerEnd);
    const text = decodeEntities(body).trim();
    const si = attributeValue(xml, f.attrsStart, f.attrsEnd, "si", true);
    const key = cellKey(row, col);
    if (text !== "") {
      this.formulas.set(key, text.startsWith("=") ? text.slice(1) : text);
      if (si !== undefined && SHARED.test(xml.slice(f.attrsStart, f.attrsEnd)))
        this.shared.set(si, { text, row, col });
    } else if (si !== undefined) this.pending.push({ key, si, row, col });
  }

  done(): SheetFormulas {
    for (const p of this.pending) {
      const master = this.shared.get(p.si);
      if (master === undefined) continue;
      const text = shiftRelative(master.text, p.row - master.row, p.col - master.col);
      this.formulas.set(p.key, text.startsWith("=") ? text.slice(1) : text);
    }
    return this.formulas;
  }
}

/**
 * Every non-empty cell of a worksheet part as a raw value in Excel's model:
 * numbers, strings (shared, inline, rich text flattened), booleans, error
 * texts (`#DIV/0!`), a formula's cached result (null when it has none),
 * dates as serials; an empty string is empty (null). Rows and cells without
 * an `r` attribute follow the previous one, as the format allows.
 */
export function readSheetCells(xml: string, reading: CellReading): SheetCells {
  return resolveSheet(parseSheet(xml, reading.shiftDates1904, false), reading.sharedStrings).cells;
}

/** Formulas of one sheet by position (same keys as SheetCells), without the leading `=`. */
export type SheetFormulas = ReadonlyMap<number, string>;

/**
 * Every formula of a worksheet part (`<f>`), as the file stores it (en-US,
 * no `=`): a shared formula's other cells get the text of the cell that
 * holds it with its relative A1 references moved by their offset, as Excel
 * reads it (`shiftRelative`). Cells without a formula are absent.
 */
export function readSheetFormulas(xml: string): SheetFormulas {
  if (!xml.includes("<f") && !xml.includes(":f")) return new Map();
  const collector = new FormulaCollector();
  scanCells(xml, (row, col, cell) => collector.add(xml, row, col, cell));
  return collector.done();
}

/** A worksheet's cells and formulas. */
export interface SheetContent {
  readonly cells: SheetCells;
  readonly formulas: SheetFormulas;
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
