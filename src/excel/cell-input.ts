import type { CellValue } from "../domain/values";

const COERCED_TEXT =
  /^\s*([=+\-@']|[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$|(true|false)\s*$|\d{1,4}[./-]\d{1,2}([./-]\d{1,4})?\s*$)/i;

/**
 * A value as Office.js must receive it to store exactly that value. Excel
 * treats a string set through `Range.values` like typed input (`=…` becomes a
 * formula, `42` a number, `1.2.2027` a date, `TRUE` a boolean); a leading
 * apostrophe keeps it text (the apostrophe is not stored). Empty is `""`
 * (Office.js ignores `null`: it leaves the cell as it was).
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 */
export function cellInput(
  value: CellValue,
  numberFormat: string | null = null
): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  if (numberFormat === "@") return value;
  return COERCED_TEXT.test(value) ? `'${value}` : value;
}

/** A layout formula (en-US, no `=`) as Office.js takes it: with `=`, without the file format's `_xlfn.` prefixes. */
export function formulaInput(formula: string): string {
  const body = formula.replace(/_xlfn\./g, "");
  return body.startsWith("=") ? body : `=${body}`;
}

/** A value Office.js returned (`""` for empty) as the snapshot's CellValue (`null` for empty). */
export function cellOutput(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return JSON.stringify(value);
}
