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
  const basic: Excel.BasicDataValidation =
    rule.min !== null && rule.max !== null
      ? { operator: "Between", formula1: rule.min, formula2: rule.max }
      : rule.min !== null
        ? { operator: "GreaterThanOrEqualTo", formula1: rule.min }
        : rule.max !== null
          ? { operator: "LessThanOrEqualTo", formula1: rule.max }
          : { operator: "Between", formula1: lo, formula2: hi };
  if (rule.kind === "whole") return { wholeNumber: basic };
  if (rule.kind === "decimal") return { decimal: basic };
  return { date: basic as Excel.DateTimeDataValidation };
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
