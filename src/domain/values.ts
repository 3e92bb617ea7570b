/**
 * Plain values as Excel holds them, shared by every reader and writer.
 *
 * A cell is a number, a string, a boolean or empty (`null`). Dates are Excel
 * serial numbers (days since 1899-12-30), never JS `Date` objects.
 */
export type CellValue = string | number | boolean | null;

/** A rectangular block of cells, row-major, as `Range.values` gives it. */
export type Grid = readonly (readonly CellValue[])[];

/** The two languages of the product; Russian users come first. */
export type Lang = "ru" | "en";

/** A text in both languages. */
export interface Bilingual {
  readonly ru: string;
  readonly en: string;
}

/** A month as a value: `YYYY-MM`; defined with its arithmetic in `periods.ts`, re-exported here for existing imports. */
export type { Month } from "./periods";

/** A place in the workbook: sheet name and A1 address of one cell (`C5`). */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}
