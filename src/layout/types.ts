import type { PlanPeriod } from "../domain/periods";
import type { SheetPasswordHash } from "../domain/snapshot";
import type { ConfigLock } from "./config-sheet";
import type { CellValue, Lang, Month } from "../domain/values";

/**
 * The declarative description of a KAM workbook: plain data computed from the
 * configuration by `buildLayout` (build.ts) and rendered by two writers — the
 * .xlsx writer (src/xlsx/write/, exceljs) and the Office.js writer (src/excel/).
 * A sheet is described once, here; the writers only translate.
 *
 * Conventions every writer follows:
 * - **Addresses are A1 strings** relative to their sheet (`B5`, `A10:F25`),
 *   without `$` and without a sheet name, unless a field says otherwise
 *   (`ListValidation.source` and `DefinedNameLayout` carry the sheet).
 *   Helpers: src/domain/read/a1.ts (and `absolute` in src/layout/refs.ts).
 * - **Formulas are en-US syntax without the leading `=`** (the file format's
 *   syntax: `,` separators, `.` decimals), with structured table references in
 *   the file form `SalesPlan[[#This Row],[2027-01]]` (Office.js accepts it too).
 *   Only functions both Excel and LibreOffice 7.4 compute; `_xlfn.` prefixes as
 *   the file format needs them (Office.js: strip `_xlfn.` before writing).
 * - **A value is never a formula**: a string value that begins with `=`, `+`,
 *   `-` or `@` must be stored as text (exceljs: a plain string; Office.js: set
 *   the number format `@` or prefix the value with `'`).
 * - Dates are Excel serial numbers (epoch 1899-12-30); percents are fractions.
 */
export interface WorkbookLayout {
  /** TEMPLATE_VERSION this layout was built by (also in the Settings table). */
  readonly templateVersion: string;
  /** Language of labels, titles, list labels and messages. */
  readonly lang: Lang;
  /** First month of the plan (`YYYY-MM`), the plan period and its months in order. */
  readonly start: Month;
  readonly period: PlanPeriod;
  readonly months: readonly Month[];
  /** Sheets in tab order (the first one is activated on open). */
  readonly sheets: readonly SheetLayout[];
  /** Workbook-scoped defined names (form fields by key, list sources, helpers). */
  readonly names: readonly DefinedNameLayout[];
}

/** The plan's period, defined with the calendar (re-exported for existing imports). */
export type { PlanPeriod } from "../domain/periods";

/** `veryHidden` sheets cannot be unhidden from Excel's UI (used for nothing by default). */
export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** One worksheet. */
export interface SheetLayout {
  /** Sheet name (≤ 31 chars, Excel's rules), language-neutral: `ActionPlan`, `Dossier`, `Config`, `Lists`, `Calc`, `Archive`. */
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** Sheet protection without a password, or null when the sheet is not protected. */
  readonly protection: SheetProtection | null;
  /** Frozen panes: rows at the top and columns at the left that stay visible (0 = none). */
  readonly freeze: { readonly rows: number; readonly columns: number };
  /** Column widths in characters (Excel's column-width unit); columns not listed keep the default. */
  readonly columnWidths: readonly ColumnWidth[];
  /** Static cells outside tables (titles, form labels/values/help, helper formulas). */
  readonly cells: readonly CellLayout[];
  /** Excel tables (ListObjects) on this sheet. */
  readonly tables: readonly TableLayout[];
  /** Data validations of cells on this sheet. */
  readonly validations: readonly ValidationLayout[];
  /** Merged ranges (A1 ranges); empty in the default layout. */
  readonly merges: readonly string[];
  /** Native charts on this sheet (absent = none). Drawn by the Office.js writer only: the .xlsx writer cannot draw charts and skips them. */
  readonly charts?: readonly ChartLayout[];
  /** Conditional formats on this sheet (absent = none). Both writers render them. */
  readonly conditionalFormats?: readonly ConditionalFormatLayout[];
  /** Row heights in points for rows whose text needs more than one line (absent = Excel's automatic heights). */
  readonly rowHeights?: readonly RowHeight[];
  /** How the sheet prints (spec §9); absent on hidden sheets, which never print. Both writers render it. */
  readonly print?: PrintLayout;
  /**
   * Rows hidden on the sheet (spec §11: a hidden section's rows, its values kept in them), in
   * order, not overlapping. Present (maybe empty) on the plan sheets, whose rows a rebuild
   * shows again before hiding these; absent on the others (their rows are left as they are).
   * Both writers render it: `hidden="1"` on `<row>`, `Range.rowHidden` in Office.js.
   */
  readonly hiddenRows?: readonly RowSpan[];
  /** The rows of each section's block (title to the blank rows after it), by section key: plan sheets only. */
  readonly sectionRows?: Readonly<Record<string, RowSpan>>;
}

/** Rows `first` to `last` (1-based, inclusive). */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

/** A row's height: `row` 1-based, `height` in points. */
export interface RowHeight {
  readonly row: number;
  readonly height: number;
}

/**
 * The page set-up of a visible sheet (spec §9 "Print"): A4 landscape, scaled
 * to `fitWidth` pages across (and `fitHeight` pages down, null = as many as
 * it takes), the rows `titleRows` repeated at the top of every page, manual
 * page breaks before `rowBreaks` so that a table starts on a fresh page
 * rather than straddle two.
 */
export interface PrintLayout {
  readonly paper: "A4";
  readonly orientation: "landscape" | "portrait";
  readonly fitWidth: number;
  readonly fitHeight: number | null;
  /** Rows repeated at the top of every printed page, `{ first, last }` 1-based, or null. */
  readonly titleRows: { readonly first: number; readonly last: number } | null;
  /** 1-based rows that begin a new page (a manual break above each). */
  readonly rowBreaks: readonly number[];
}

/**
 * A conditional format on a range of its sheet. Only data bars so far: a bar
 * per cell, from the range's minimum to its maximum, in one solid colour
 * (hex RGB without `#`, from PALETTE in styles.ts) — the plan-vs-actual picture a writer without charts can show.
 */
export interface ConditionalFormatLayout {
  /** A1 range on the sheet, without `$`. */
  readonly range: string;
  readonly rule: {
    readonly kind: "dataBar";
    readonly color: string;
    /**
     * The bar scale's top, a formula (en-US, no `=`) with the bottom at 0, so
     * that several ranges sharing it compare; null = the range's own min…max.
     */
    readonly max: string | null;
  };
}

/**
 * A native chart whose data are formulas of the workbook (so it updates
 * without the add-in). The source range's first row holds the series names
 * and its first column the category labels (its top-left cell is empty).
 */
export interface ChartLayout {
  /** Chart name (unique on its sheet). */
  readonly name: string;
  readonly kind: "columnClustered" | "line";
  /** Title in the workbook language. */
  readonly title: string;
  /** Sheet and A1 range (without `$`) of the data. */
  readonly source: { readonly sheet: string; readonly range: string };
  /** Series are the source's columns or its rows. */
  readonly seriesBy: "columns" | "rows";
  /** The cells the chart covers: top-left and bottom-right cell (A1). */
  readonly from: string;
  readonly to: string;
}

/**
 * Protection without a password. Locked cells cannot be edited; unlocked ones
 * (inputs, table bodies) can. The `allow*` flags are Excel's protection options.
 */
export interface SheetProtection {
  readonly allowInsertRows: boolean;
  readonly allowDeleteRows: boolean;
  readonly allowFormatColumns: boolean;
  readonly allowFormatRows: boolean;
  readonly allowSort: boolean;
  readonly allowAutoFilter: boolean;
  /**
   * Excel's sheet password (`template --lock-config --password`, spec §11), stored as its
   * hash: a deterrent, not security. Absent: protected without a password.
   */
  readonly password?: string;
  /**
   * The hash of a password the sheet already had (a restructured locked Config, spec §11),
   * written as it is by the .xlsx writer. Office.js cannot set a hash: the live path never
   * reads one (its layouts have none).
   */
  readonly passwordHash?: SheetPasswordHash;
}

/** A column width: `column` is the letter (`A`), `width` in characters. */
export interface ColumnWidth {
  readonly column: string;
  readonly width: number;
}

/** What a cell holds: a plain value or a formula (en-US, no leading `=`). */
export type CellContent =
  | { readonly kind: "value"; readonly value: CellValue }
  | { readonly kind: "formula"; readonly formula: string };

/**
 * The small set of cell styles; writers render them from `CELL_STYLES`
 * (styles.ts), never from colours of their own.
 */
export type CellStyle =
  | "title"
  | "section"
  | "label"
  | "header"
  | "input"
  | "longInput"
  | "computed"
  | "longComputed"
  | "help"
  | "plain";

/** A static cell. */
export interface CellLayout {
  /** A1 address on its sheet. */
  readonly address: string;
  readonly content: CellContent;
  /** Excel number format (`#,##0.00`, `0.00%`, `dd.mm.yyyy`, `0`, `@`, `General`). */
  readonly numberFormat: string;
  readonly locked: boolean;
  readonly style: CellStyle;
}

/** An Excel table (ListObject) named after its section (`SalesPlan`). */
export interface TableLayout {
  /** Table name = section key (`SalesPlan`, `Settings`). */
  readonly name: string;
  /** A1 address of the header row's first cell. The table spans `columns.length` columns and 1 + `rows.length` rows. */
  readonly topLeft: string;
  readonly columns: readonly TableColumnLayout[];
  /**
   * Body rows, each exactly `columns.length` long, in column order. Cells of
   * calculated columns hold null here (the writer writes the column formula).
   * At least one row (an Excel table cannot have an empty body).
   */
  readonly rows: readonly (readonly CellValue[])[];
  /** Built-in Excel table style name, e.g. `TableStyleMedium2`. */
  readonly style: string;
  readonly showRowStripes: boolean;
  /** A totals row below the body (labels/functions per column), or absent. */
  readonly totalsRow: boolean;
}

/** A table column. */
export interface TableColumnLayout {
  /** What the column holds: a field key, a month `YYYY-MM` or a block key (`q1`…`total`). */
  readonly key: string;
  /** Header text (field label in the workbook language; months `YYYY-MM`; block headers from BLOCK_HEADERS). */
  readonly header: string;
  /** Calculated-column formula written into every body cell (en-US, no `=`), or null for an input column. */
  readonly formula: string | null;
  readonly numberFormat: string;
  /** Body cells locked (calculated columns) or not (inputs). Headers are always locked. */
  readonly locked: boolean;
  /** Style of the body cells: `input` or `computed`. */
  readonly style: CellStyle;
  /** Totals row: a function, a label, or nothing. Used only when the table has `totalsRow`. */
  readonly totals:
    { readonly kind: "sum" } | { readonly kind: "label"; readonly text: string } | null;
}

/** A workbook-scoped defined name pointing at one cell or range (absolute reference). */
export interface DefinedNameLayout {
  /** The name (`plan_start`); form fields use their key. */
  readonly name: string;
  readonly sheet: string;
  /** A1 cell or range on `sheet`, without `$` (writers make it absolute). */
  readonly address: string;
}

/** Data validation on a range of one sheet. */
export interface ValidationLayout {
  /** A1 range (a form value cell, or a table column's body). */
  readonly range: string;
  readonly rule: ValidationRule;
  /** Empty cells allowed (always true: "required" is a check, not a validation). */
  readonly allowBlank: boolean;
  /** Input prompt (title ≤ 32 chars, message ≤ 255 chars: Excel's limits), or null. */
  readonly prompt: { readonly title: string; readonly message: string } | null;
  /** Error alert shown on invalid input, or null. `stop` refuses, `warning` asks, `information` informs. */
  readonly error: {
    readonly style: "stop" | "warning" | "information";
    readonly title: string;
    readonly message: string;
  } | null;
}

/**
 * A validation rule. Bounds are in the field's unit (percent fraction, date
 * serial); null = open. Writers pick the operator: both → between, only min →
 * greaterThanOrEqual, only max → lessThanOrEqual, none → any value of the type
 * (whole: between −2^31 and 2^31−1; decimal / date: ≥ −1e15 / ≥ 1).
 * `any` carries only the input prompt (text fields).
 */
export type ValidationRule =
  | ListValidation
  | { readonly kind: "any" }
  | { readonly kind: "whole"; readonly min: number | null; readonly max: number | null }
  | { readonly kind: "decimal"; readonly min: number | null; readonly max: number | null }
  | { readonly kind: "date"; readonly min: number | null; readonly max: number | null };

/** A dropdown whose values come from a RANGE (never an inline string). */
export interface ListValidation {
  readonly kind: "list";
  /** Sheet holding the source range (the hidden `Lists` sheet). */
  readonly sheet: string;
  /** A1 range of the source on that sheet, without `$` (writers make it absolute: `=Lists!$B$2:$B$4`). */
  readonly range: string;
}

/**
 * The user's values by key, carried through a rebuild / apply so none is lost.
 * Form values by field key; table rows as records by field key or month
 * (`YYYY-MM`). Computed fields are never carried (formulas recompute them).
 */
export interface WorkbookValues {
  readonly form: Readonly<Record<string, CellValue>>;
  readonly tables: Readonly<Record<string, readonly Readonly<Record<string, CellValue>>[]>>;
  /** Rows already on the `Archive` sheet (kept on every rebuild). */
  readonly archive: readonly ArchiveRow[];
  /** Values of hidden fields, kept (not archived) in the `HiddenValues` table until the field is shown again (absent = none). */
  readonly hidden?: readonly HiddenValue[];
  /** The workbook's Config lock (spec §11), kept by a restructuring (absent = Config not protected). */
  readonly configLock?: ConfigLock;
}

/**
 * A value of a hidden field (spec §8, "Hidden is not deleted"), kept on the
 * hidden `Lists` sheet. For a table value, the row it belongs to is found
 * again by `keyField`'s text (`keyText`, the n-th row with that text for the
 * n-th stored row); `keyField` null means the whole row was hidden (the row
 * comes back as a new row).
 */
export interface HiddenValue {
  readonly section: string;
  /** 1-based body row when it was hidden (the order rows come back in), null for a form field. */
  readonly row: number | null;
  readonly keyField: string | null;
  readonly keyText: string | null;
  /** Field key or month `YYYY-MM`. */
  readonly field: string;
  readonly value: CellValue;
}

/** A value moved to the `Archive` sheet because its field or month no longer exists. */
export interface ArchiveRow {
  /** Section key the value belonged to (`SalesPlan`, `PlanHeader`). */
  readonly section: string;
  /** For a table row: the 1-based body row number and the text of its first column, e.g. `3: Молоко`; null for a form field. */
  readonly rowKey: string | null;
  /** Field key or month `YYYY-MM`. */
  readonly field: string;
  /** Where the value was: `Sheet!A1`, or null when unknown. */
  readonly address: string | null;
  readonly value: CellValue;
  /** Why it moved, in the workbook language, when the carrier says (a user cell the layout needed); absent otherwise. */
  readonly reason?: string;
}
