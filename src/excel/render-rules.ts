import { isoOfSerial } from "../domain/periods";
import type { ValidationLayout, ValidationRule } from "../layout/types";

/** A layout rule as `Excel.DataValidationRule`; null for `any` (a prompt only). */
export function excelRule(rule: ValidationRule): Excel.DataValidationRule | null {
  if (rule.kind === "any") return null;
  if (rule.kind === "list")
    return {
      list: { inCellDropDown: true, source: `=${quote(rule.sheet)}!${absolute(rule.range)}` },
    };
  // Open bounds as the .xlsx writer writes them (Excel needs two for `between`): whole 32-bit, decimal ±1e15, date serial 1…2958465.
  const open: Record<"whole" | "decimal" | "date", readonly [number, number]> = {
    whole: [-2147483648, 2147483647],
    decimal: [-1e15, 1e15],
    date: [1, 2958465],
  };
  const [lo, hi] = open[rule.kind];
  const bounds: readonly [
    number,
    number | null,
    Excel.DataValidationOperator | `${Excel.DataValidationOperator}`,
  ] =
    rule.min !== null && rule.max !== null
      ? [rule.min, rule.max, "Between"]
      : rule.min !== null
        ? [rule.min, null, "GreaterThanOrEqualTo"]
        : rule.max !== null
          ? [rule.max, null, "LessThanOrEqualTo"]
          : [lo, hi, "Between"];
  const [first, second, operator] = bounds;
  if (rule.kind === "date") {
    // `DateTimeDataValidation.formula1`/`formula2` take a Date, a Range or a string (an ISO 8601 date or a
    // formula), not a number (https://learn.microsoft.com/javascript/api/excel/excel.datetimedatavalidation):
    // the serials go as `YYYY-MM-DD`, which no time zone can shift.
    const date: Excel.DateTimeDataValidation =
      second === null
        ? { operator, formula1: isoOfExcelSerial(first) }
        : { operator, formula1: isoOfExcelSerial(first), formula2: isoOfExcelSerial(second) };
    return { date };
  }
  const basic: Excel.BasicDataValidation =
    second === null
      ? { operator, formula1: first }
      : { operator, formula1: first, formula2: second };
  return rule.kind === "whole" ? { wholeNumber: basic } : { decimal: basic };
}

/** Queue one data validation on `sheet` (rule, blanks, prompt, error alert). */
export function queueValidation(sheet: Excel.Worksheet, v: ValidationLayout): void {
  const dv = sheet.getRange(v.range).dataValidation;
  const rule = excelRule(v.rule);
  if (rule) dv.rule = rule;
  dv.ignoreBlanks = v.allowBlank;
  if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
  if (v.error)
    dv.errorAlert = {
      showAlert: true,
      style:
        v.error.style === "stop" ? "Stop" : v.error.style === "warning" ? "Warning" : "Information",
      title: v.error.title,
      message: v.error.message,
    };
}

/** A sheet name as a formula needs it: bare when it is a plain word, else quoted. */
export function quote(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `B2:B4` → `$B$2:$B$4`. */
export function absolute(range: string): string {
  return range
    .split(":")
    .map((p) => p.replace(/^([A-Za-z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}

/**
 * `YYYY-MM-DD` of an Excel date serial. Excel counts the nonexistent 1900-02-29 (serial 60), so its serials
 * below 60 are one less than days since 1899-12-30: serial 1 is 1900-01-01
 * (https://learn.microsoft.com/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year).
 */
export function isoOfExcelSerial(serial: number): string {
  return isoOfSerial(serial < 60 ? serial + 1 : serial);
}
