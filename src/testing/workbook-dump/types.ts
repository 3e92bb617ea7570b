import type { CellValue } from "../../domain/values";

/**
 * A writer-neutral picture of a built workbook, richer than the snapshot, so
 * that the Office.js writer (on the Excel double) and the .xlsx writer can be
 * compared: values, formulas, number formats, locked flags, defined names,
 * tables, data validations, protection, visibility and frozen panes.
 * Fonts, fills and column widths (presentation) are not compared.
 * Canonical forms: formulas without `=` and `_xlfn.`; validations grouped by
 * rule with their cells as sorted vertical runs; lists sorted by name.
 */
export interface WorkbookDump {
  readonly sheets: readonly DumpSheet[];
  readonly names: readonly DumpName[];
  readonly tables: readonly DumpTable[];
  readonly validations: readonly DumpValidation[];
}

export interface DumpSheet {
  readonly name: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  readonly protected: boolean;
  readonly frozen: { readonly rows: number; readonly columns: number };
  /** Every cell with content, a number format other than General, or unlocked; by A1 address. */
  readonly cells: Readonly<Record<string, DumpCell>>;
}

export interface DumpCell {
  /** The constant (null for a formula cell or an empty one). */
  readonly value: CellValue;
  /** The formula without `=`, or null. */
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly locked: boolean;
}

export interface DumpName {
  readonly name: string;
  /** `Sheet!$C$5` (sheet unquoted), or `#REF!`. */
  readonly ref: string;
}

export interface DumpTable {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly headers: readonly string[];
}

export interface DumpValidation {
  readonly sheet: string;
  /** Canonical text of the rule, prompt and alert. */
  readonly rule: string;
  /** The cells, as sorted vertical runs (`B5:B9`). */
  readonly ranges: readonly string[];
}
