import type { FieldType } from "../domain/config/types";
import type { Lang } from "../domain/values";

/** Amounts: two decimals with thousands separators (Excel shows the locale's separators). */
export const AMOUNT_FORMAT = "#,##0.00";
/** Percent fields hold fractions (0.05) and show `5.00%`. */
export const PERCENT_FORMAT = "0.00%";
/** Integers. */
export const INTEGER_FORMAT = "0";
/** Text cells: a typed `=1+2` stays text. */
export const TEXT_FORMAT = "@";
/** Everything else. */
export const GENERAL_FORMAT = "General";

/**
 * Date format by workbook language: `dd.mm.yyyy` for Russian (as Russian
 * users write dates), ISO `yyyy-mm-dd` for English (unambiguous between US
 * and UK readers).
 */
export function dateFormat(lang: Lang): string {
  return lang === "ru" ? "dd.mm.yyyy" : "yyyy-mm-dd";
}

/** What a computed field shows, by its key (`month`: the text `YYYY-MM`); unknown computed fields show General. */
export type ComputedUnit = "amount" | "percent" | "date" | "number" | "month";

/** The number format of an input field's cells (computed fields: see `computedFormat`). */
export function fieldFormat(type: FieldType, lang: Lang): string {
  switch (type.kind) {
    case "amount":
      return AMOUNT_FORMAT;
    case "percent":
      return PERCENT_FORMAT;
    case "integer":
      return INTEGER_FORMAT;
    case "date":
      return dateFormat(lang);
    case "text":
    case "long_text":
      return TEXT_FORMAT;
    case "number":
    case "bool":
    case "list":
    case "computed":
      return GENERAL_FORMAT;
    default: {
      const never: never = type;
      return never;
    }
  }
}

/** The number format of a computed value of the given unit. */
export function unitFormat(unit: ComputedUnit, lang: Lang): string {
  switch (unit) {
    case "amount":
      return AMOUNT_FORMAT;
    case "percent":
      return PERCENT_FORMAT;
    case "date":
      return dateFormat(lang);
    case "number":
    case "month":
      return GENERAL_FORMAT;
    default: {
      const never: never = unit;
      return never;
    }
  }
}
