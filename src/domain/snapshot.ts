import type { CellValue, Grid } from "./values";

/**
 * The plain picture of a workbook that both readers produce (the live
 * workbook through the Office JavaScript API, an .xlsx file through the file reader) and that the
 * core checks. Everything is found by sheet, defined-name and table names,
 * never by fixed addresses.
 */
export interface WorkbookSnapshot {
  readonly sheets: readonly SnapshotSheet[];
  /** Workbook-scoped defined names. */
  readonly names: readonly SnapshotName[];
  /** Every Excel table (ListObject) of the workbook. */
  readonly tables: readonly SnapshotTable[];
}

export interface SnapshotSheet {
  readonly name: string;
  readonly visible: boolean;
  /**
   * The sheet's protection when it is protected (spec §11, `template --lock-config`); absent
   * when it is not, or when the reader does not read it (both readers read it for `Config` only).
   */
  readonly lock?: SheetLock;
}

/**
 * Excel's stored hash of a sheet password (the `sheetProtection` attributes of ISO/IEC 29500):
 * what a file keeps instead of the password. Carried as it is, never recomputed.
 */
export interface SheetPasswordHash {
  readonly algorithmName: string;
  readonly hashValue: string;
  readonly saltValue: string;
  readonly spinCount: number;
}

/** A protected sheet: its password's hash, or null (no password, or one the reader cannot see: the Excel JavaScript API shows none). */
export interface SheetLock {
  readonly passwordHash: SheetPasswordHash | null;
}

export interface SnapshotName {
  /** The defined name, e.g. `plan_start`. */
  readonly name: string;
  /** Sheet the name points at; null when the reference is broken (`#REF!`). */
  readonly sheet: string | null;
  /** A1 address of the top-left cell it points at (`C5`), null when broken. */
  readonly address: string | null;
  /** Raw value of that cell (for a computed field: the value Excel computed). */
  readonly value: CellValue;
  /**
   * The cell's formula (en-US, without `=`), null when it holds none; absent
   * when the reader did not read formulas. Both readers fill it the same way.
   */
  readonly formula?: string | null;
}

export interface SnapshotTable {
  /** Table name, e.g. `SalesPlan`. */
  readonly name: string;
  readonly sheet: string;
  /** A1 range of the whole table including the header row (`A10:F25`). */
  readonly address: string;
  /** Header row texts, left to right. */
  readonly headers: readonly string[];
  /** Body rows (no header, no totals row), each as long as `headers`. */
  readonly rows: Grid;
  /**
   * The body cells' formulas, the shape of `rows` (en-US, without `=`; null
   * where a cell holds none); absent when the reader did not read them.
   */
  readonly formulas?: readonly (readonly (string | null)[])[];
}
