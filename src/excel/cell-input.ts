import type { CellValue } from "../domain/values";

const MONTH_WORDS =
  "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек";

/**
 * Text Excel could read as something else when it is typed or set through `Range.values`, in any
 * regional settings the add-in meets (en-US, ru-RU and their kin): a formula or sign (`= + - @`), a
 * leading apostrophe (the prefix character itself), an error literal (`#N/A`), a boolean
 * (`TRUE`, `ИСТИНА`), anything made only of digits and the characters of numbers, percents, currency,
 * fractions, times and dates (`15%`, `1,000`, `(5)`, `1e5`, `1/2`, `10:30 AM`, `2027-01`, `15.03.2027`,
 * ` 5 `), and a date with a month name (`Mar 5`, `5 марта 2027`). A superset on purpose: an apostrophe
 * on text Excel would have kept costs nothing (it is not stored), a missing one turns a note into a
 * number. Checked against the Excel double's coercion by a property test.
 */
const NUMBERISH = "[\\s\\d.,:;/\\\\()%$€£¥₽\\u00a0+\\-eapmруб]";
const COERCIBLE = new RegExp(
  [
    "^\\s*[=+\\-@'#]",
    "^\\s*(true|false|истина|ложь)\\s*$",
    `^${NUMBERISH}*\\d${NUMBERISH}*$`,
    `^\\s*\\d{1,4}[\\s,./-]*(${MONTH_WORDS})\\p{L}*\\.?([\\s,./-]+\\d{1,4})?\\s*$`,
    `^\\s*(${MONTH_WORDS})\\p{L}*\\.?[\\s,./-]+\\d{1,4}([\\s,./-]+\\d{1,4})?\\s*$`,
  ].join("|"),
  "iu"
);

/** True when Excel could store `text` as something other than this text (see COERCIBLE). */
export function excelMayConvert(text: string): boolean {
  return COERCIBLE.test(text);
}

/**
 * A value as Office.js must receive it to store exactly that value. Excel
 * treats a string set through `Range.values` like typed input (`=…` becomes a
 * formula, `42` a number, `1.2.2027` a date, `TRUE` a boolean, `15%` 0.15);
 * a leading apostrophe keeps it text (the apostrophe is not stored, whatever
 * the cell's number format, so text that itself begins with one gets a second).
 * In a cell formatted as text (`@`, written before the values) nothing else is
 * converted. Empty is `""` (Office.js ignores `null`: it leaves the cell as it was).
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values;
 * https://support.microsoft.com/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8
 */
export function cellInput(
  value: CellValue,
  numberFormat: string | null = null
): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  if (value.startsWith("'")) return `'${value}`;
  if (numberFormat === "@") return value;
  return excelMayConvert(value) ? `'${value}` : value;
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
