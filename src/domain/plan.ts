import type { KamConfig } from "./config/types";
import type { CellRef, Month } from "./values";

/**
 * A field value after parsing against its field type:
 * text / long_text / list (the list value's key) → string;
 * integer / number / percent (fraction) / date (Excel serial) → number;
 * amount → integer minor units (kopecks/cents); bool → boolean.
 * Computed fields are not read from the sheet (the core computes them).
 */
export type TypedValue = string | number | boolean;

/** One body row of a table section, with where each of its cells is. */
export interface PlanRow {
  /** 0-based index in the table body. */
  readonly index: number;
  /** By field key; null when the cell is empty or its value is invalid (a finding says so). */
  readonly values: Readonly<Record<string, TypedValue | null>>;
  /** Where each field's cell is, by field key. */
  readonly refs: Readonly<Record<string, CellRef>>;
  /** Only `SalesPlan` / `SalesActual`: amount per month column in minor units (empty cell → 0). */
  readonly months: Readonly<Record<Month, number>>;
  /** Only `SalesPlan` / `SalesActual`: the month columns whose cell is not empty (a 0 counts), in column order. */
  readonly filledMonths: readonly Month[];
  readonly monthRefs: Readonly<Record<Month, CellRef>>;
}

/** A table section as read. `present` is false when the table is missing (a finding says so). */
export interface PlanTable {
  readonly key: string;
  readonly present: boolean;
  /** Top-left cell of the header row, when present. */
  readonly ref: CellRef | null;
  readonly rows: readonly PlanRow[];
  /** `SalesPlan` / `SalesActual`: the `YYYY-MM` month columns found, in sheet order. */
  readonly monthColumns: readonly Month[];
}

/** The typed plan the checks and calculators work on. */
export interface Plan {
  readonly config: KamConfig;
  /** Form field values by key (null when empty or invalid). */
  readonly form: Readonly<Record<string, TypedValue | null>>;
  /** Where each form field's value cell is, by key (absent when its defined name is missing). */
  readonly formRefs: Readonly<Record<string, CellRef>>;
  /** Every table section of the configuration by key. */
  readonly tables: Readonly<Record<string, PlanTable>>;
  /** `template_version` found in the workbook's Settings table, or null. */
  readonly workbookTemplateVersion: string | null;
}
