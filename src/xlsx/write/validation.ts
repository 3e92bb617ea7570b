import { MAX_EXCEL_SERIAL, unixMsOfSerial } from "../../domain/periods";
import { absolute } from "../../layout/refs";
import type { ValidationLayout } from "../../layout/types";

/**
 * exceljs's data validation model as it writes it (its typings lack `any`, a
 * prompt-only validation, which it does write).
 */
export interface ExcelValidation {
  readonly type: "any" | "list" | "whole" | "decimal" | "date";
  readonly formulae: readonly (string | number | Date)[];
  readonly allowBlank: boolean;
  readonly operator?: "between" | "greaterThanOrEqual" | "lessThanOrEqual";
  readonly showInputMessage?: boolean;
  readonly promptTitle?: string;
  readonly prompt?: string;
  readonly showErrorMessage?: boolean;
  readonly errorStyle?: string;
  readonly errorTitle?: string;
  readonly error?: string;
}

/** Bounds Excel needs when a rule has none (whole: 32-bit; decimal: ±1e15; date: from serial 1). */
const OPEN = {
  whole: [-2147483648, 2147483647],
  decimal: [-1e15, 1e15],
  date: [1, MAX_EXCEL_SERIAL],
} as const;

/**
 * A layout validation as exceljs's DataValidation: dropdowns reference their
 * range on the Lists sheet (`Lists!$B$2:$B$4`), bounds become `between` /
 * `greaterThanOrEqual` / `lessThanOrEqual`. Date bounds are serials (exceljs
 * converts a Date back to the same serial).
 */
export function toExcelValidation(v: ValidationLayout): ExcelValidation {
  const prompt = v.prompt
    ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message }
    : {};
  const error = v.error
    ? {
        showErrorMessage: true,
        errorStyle: v.error.style,
        errorTitle: v.error.title,
        error: v.error.message,
      }
    : {};
  const rule = v.rule;
  switch (rule.kind) {
    case "any":
      return { type: "any", allowBlank: true, formulae: [], ...prompt };
    case "list":
      return {
        type: "list",
        allowBlank: v.allowBlank,
        formulae: [`${rule.sheet}!${absolute(rule.range)}`],
        ...prompt,
        ...error,
      };
    case "whole":
    case "decimal":
    case "date": {
      const { operator, formulae } = bounds(rule.kind, rule.min, rule.max);
      const values = rule.kind === "date" ? formulae.map(serialToDate) : formulae;
      return {
        type: rule.kind,
        operator,
        allowBlank: v.allowBlank,
        formulae: values,
        ...prompt,
        ...error,
      };
    }
    default: {
      const never: never = rule;
      return never;
    }
  }
}

function bounds(
  kind: "whole" | "decimal" | "date",
  min: number | null,
  max: number | null
): { operator: NonNullable<ExcelValidation["operator"]>; formulae: number[] } {
  if (min !== null && max !== null) return { operator: "between", formulae: [min, max] };
  if (min !== null) return { operator: "greaterThanOrEqual", formulae: [min] };
  if (max !== null) return { operator: "lessThanOrEqual", formulae: [max] };
  const [lo, hi] = OPEN[kind];
  return { operator: "between", formulae: [lo, hi] };
}

/** exceljs writes a date bound as `dateToExcel(new Date(x))`: give it the Date of the serial so it writes the serial back. */
function serialToDate(serial: number): Date {
  return new Date(Math.round(unixMsOfSerial(serial)));
}
