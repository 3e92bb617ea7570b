import type { CellValue } from "../../domain/values";
import type { Rect } from "./address";
import { excelError } from "./errors";
import {
  assertCellsWritable,
  assertSheetEditable,
  cellForWrite,
  readCell,
  type CellLook,
  type SheetModel,
  type WorkbookModel,
} from "./model";
import { normalizeHeadersIn } from "./tables";
import { typedValue, type DoubleLocale } from "./typed-input";

/** What a 2-D property setter accepts: a grid matching the range, or one value for every cell. */
export type GridInput = unknown;

/**
 * Expand a setter's argument to the range's size. Office.js takes either a
 * 2-D array of exactly the range's dimensions or a single value applied to
 * every cell; anything else is InvalidArgument
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 */
export function expandGrid(input: GridInput, rect: Rect, what: string): unknown[][] {
  if (!Array.isArray(input))
    return Array.from({ length: rect.rows }, () => Array.from({ length: rect.cols }, () => input));
  if (
    input.length !== rect.rows ||
    input.some((row) => !Array.isArray(row) || row.length !== rect.cols)
  ) {
    const got = `${input.length}×${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    throw excelError(
      "InvalidArgument",
      `The ${what} array (${got}) does not match the size of the range (${rect.rows}×${rect.cols})`
    );
  }
  return input as unknown[][];
}

/**
 * What Excel stores for a value typed or set through `Range.values`: `=…`
 * becomes a formula, a leading `'` forces text (the apostrophe is not kept,
 * whatever the cell's format), and in a cell not formatted as text (`@`) text
 * that reads as a number, percent, currency, fraction, time, date or boolean
 * becomes that value — with the number format Excel gives it — by the rules of
 * typed-input.ts (en-US or ru-RU). `null` leaves the cell unchanged; `""`
 * empties it.
 */
export function coerceInput(
  raw: unknown,
  numberFormat: string,
  locale: DoubleLocale = "en-US"
): { value: CellValue; formula: string | null; numberFormat?: string } | "unchanged" {
  if (raw === null || raw === undefined) return "unchanged";
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw excelError("InvalidArgument", `Not a finite number: ${raw}`);
    return { value: raw, formula: null };
  }
  if (typeof raw === "boolean") return { value: raw, formula: null };
  if (typeof raw !== "string")
    throw excelError("InvalidArgument", `Unsupported cell value of type ${typeof raw}`);
  if (raw === "") return { value: null, formula: null };
  if (raw.startsWith("'"))
    return { value: raw.slice(1) === "" ? null : raw.slice(1), formula: null };
  if (numberFormat === "@") return { value: raw, formula: null };
  if (raw.startsWith("=") && raw.length > 1) return { value: null, formula: raw };
  const typed = typedValue(raw, locale);
  if (!typed) return { value: raw, formula: null };
  return typed.numberFormat !== null && numberFormat === "General"
    ? { value: typed.value, formula: null, numberFormat: typed.numberFormat }
    : { value: typed.value, formula: null };
}

function forEachCell(
  rect: Rect,
  fn: (row: number, col: number, i: number, j: number) => void
): void {
  for (let i = 0; i < rect.rows; i += 1)
    for (let j = 0; j < rect.cols; j += 1) fn(rect.row + i, rect.col + j, i, j);
}

/** `Range.values = …` / `Range.formulas = …` (both coerce like typed input). */
export function writeContent(
  model: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  input: GridInput,
  what: "values" | "formulas"
): void {
  const grid = expandGrid(input, rect, what);
  assertCellsWritable(sheet, rect);
  forEachCell(rect, (r, c, i, j) => {
    const next = coerceInput(grid[i]?.[j], readCell(sheet, r, c).numberFormat, model.locale);
    if (next === "unchanged") return;
    const cell = cellForWrite(sheet, r, c);
    cell.value = next.value;
    cell.formula = next.formula;
    if (next.numberFormat !== undefined) cell.numberFormat = next.numberFormat;
  });
  normalizeHeadersIn(model, sheet, rect);
}

/** `Range.numberFormat = …`: strings only. */
export function writeNumberFormat(sheet: SheetModel, rect: Rect, input: GridInput): void {
  const grid = expandGrid(input, rect, "numberFormat");
  assertSheetEditable(sheet, "allowFormatCells");
  forEachCell(rect, (r, c, i, j) => {
    const f = grid[i]?.[j];
    if (f === null || f === undefined) return;
    if (typeof f !== "string")
      throw excelError("InvalidArgument", "A number format must be a string");
    cellForWrite(sheet, r, c).numberFormat = f;
  });
}

/** `Range.format.protection.locked = …`. */
export function writeLocked(sheet: SheetModel, rect: Rect, locked: boolean): void {
  assertSheetEditable(sheet, "allowFormatCells");
  forEachCell(rect, (r, c) => {
    cellForWrite(sheet, r, c).locked = locked;
  });
}

/** A font/fill/wrap change of every cell of the range. */
export function writeLook(sheet: SheetModel, rect: Rect, patch: Partial<CellLook>): void {
  assertSheetEditable(sheet, "allowFormatCells");
  forEachCell(rect, (r, c) => {
    const cell = cellForWrite(sheet, r, c);
    cell.look = { ...cell.look, ...patch };
  });
}

/** `Range.clear(applyTo)`: contents, formats or both (`All`, the default). */
export function clearRange(
  model: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  applyTo: string
): void {
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  if (contents) assertCellsWritable(sheet, rect);
  if (formats) assertSheetEditable(sheet, "allowFormatCells");
  forEachCell(rect, (r, c) => {
    const cell = sheet.cells.get(r * 16384 + c);
    if (!cell) return;
    if (contents) {
      cell.value = null;
      cell.formula = null;
    }
    if (formats) {
      cell.numberFormat = "General";
      cell.locked = true;
      cell.look = readCell(sheet, -1, -1).look;
    }
  });
  if (contents) normalizeHeadersIn(model, sheet, rect);
}

/** `Range.values` as Excel returns it: empty cells are `""`; a formula cell gives its cached result (`""` in the double: it computes nothing). */
export function readValues(sheet: SheetModel, rect: Rect): (string | number | boolean)[][] {
  return Array.from({ length: rect.rows }, (_, i) =>
    Array.from(
      { length: rect.cols },
      (_2, j) => readCell(sheet, rect.row + i, rect.col + j).value ?? ""
    )
  );
}

/** `Range.formulas`: the formula, else the constant, else `""`. */
export function readFormulas(sheet: SheetModel, rect: Rect): (string | number | boolean)[][] {
  return Array.from({ length: rect.rows }, (_, i) =>
    Array.from({ length: rect.cols }, (_2, j) => {
      const cell = readCell(sheet, rect.row + i, rect.col + j);
      return cell.formula ?? cell.value ?? "";
    })
  );
}

/** `Range.numberFormat`. */
export function readNumberFormats(sheet: SheetModel, rect: Rect): string[][] {
  return Array.from({ length: rect.rows }, (_, i) =>
    Array.from(
      { length: rect.cols },
      (_2, j) => readCell(sheet, rect.row + i, rect.col + j).numberFormat
    )
  );
}

/** `Range.format.protection.locked`: true / false, or null when the cells differ. */
export function readLocked(sheet: SheetModel, rect: Rect): boolean | null {
  let seen: boolean | null = null;
  for (let i = 0; i < rect.rows; i += 1) {
    for (let j = 0; j < rect.cols; j += 1) {
      const locked = readCell(sheet, rect.row + i, rect.col + j).locked;
      if (seen === null) seen = locked;
      else if (seen !== locked) return null;
    }
  }
  return seen;
}
