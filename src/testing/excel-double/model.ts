import type { CellValue } from "../../domain/values";
import { type Rect } from "./address";
import { excelError } from "./errors";
import type { PageLayoutModel } from "./page-layout";
import { deleteSheetInFormula, renameSheetInFormula } from "./references";
import { assertSheetName, sameName } from "./rules";
import type { DoubleLocale } from "./typed-input";

/**
 * The workbook state behind the double: plain mutable records, changed only
 * while a `sync` runs the queued operations (and by test set-up helpers).
 */

/** Font and fill of a cell (the subset the adapter writes). */
export interface CellLook {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size: number;
  readonly color: string;
  readonly fill: string | null;
  readonly wrap: boolean;
}

/** A data validation as `Excel.DataValidation` holds it. */
export interface ValidationModel {
  readonly rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt | null;
  errorAlert: Excel.DataValidationErrorAlert | null;
  ignoreBlanks: boolean;
}

/** One cell. Absent cells are empty, `General`, locked, default look. */
export interface CellModel {
  /** The constant, or for a formula cell the cached result (the double computes nothing: null). */
  value: CellValue;
  /** `=…` or null. */
  formula: string | null;
  numberFormat: string;
  locked: boolean;
  look: CellLook;
  validation: ValidationModel | null;
}

/** Default look of a new cell (Calibri 11, black, no fill). */
export const DEFAULT_LOOK: CellLook = {
  bold: false,
  italic: false,
  size: 11,
  color: "#000000",
  fill: null,
  wrap: false,
};

/** A new empty cell. */
export function emptyCell(): CellModel {
  return {
    value: null,
    formula: null,
    numberFormat: "General",
    locked: true,
    look: DEFAULT_LOOK,
    validation: null,
  };
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** One worksheet. */
export interface SheetModel {
  readonly id: string;
  name: string;
  visibility: Visibility;
  readonly cells: Map<number, CellModel>;
  /** `password`: set when a person protected the sheet with one (unprotect then needs it). */
  protection: {
    protected: boolean;
    options: Excel.WorksheetProtectionOptions;
    password?: string;
  };
  freeze: { rows: number; cols: number };
  /** Column widths in points by 0-based column. */
  readonly columnWidths: Map<number, number>;
  readonly merges: Rect[];
  /** Charts floating over this sheet (they go with it when it is deleted). */
  readonly charts: ChartModel[];
  /** Conditional formats of this sheet, in the order they were added. */
  readonly conditionalFormats: ConditionalFormatModel[];
  /** Print set-up (`Worksheet.pageLayout`, page breaks); absent = Excel's defaults (page-layout.ts). */
  pageLayout?: PageLayoutModel;
  /** Row heights in points by 0-based row (rows not listed keep the default). */
  rowHeights?: Map<number, number>;
  /** Hidden rows, 0-based (`Range.rowHidden`); absent = none. */
  hiddenRows?: Set<number>;
}

/**
 * A conditional format (`Excel.ConditionalFormat`, the subset the adapter
 * writes): its type and range; a data bar's fill and bounds.
 */
export interface ConditionalFormatModel {
  readonly id: string;
  readonly type: string;
  readonly rect: Rect;
  /** The data bar's settings (type `DataBar`), else null. */
  readonly dataBar: DataBarModel | null;
}

/** `Excel.DataBarConditionalFormat`: positive fill, gradient, lower and upper bound rules. */
export interface DataBarModel {
  fillColor: string;
  gradientFill: boolean;
  lowerBoundRule: Excel.ConditionalDataBarRule;
  upperBoundRule: Excel.ConditionalDataBarRule;
}

/**
 * A chart (`Excel.Chart`, the subset the adapter writes): type, source range
 * (its sheet by id, so a renamed sheet keeps it), series orientation, name,
 * title and position in points.
 */
export interface ChartModel {
  readonly id: string;
  name: string;
  readonly chartType: string;
  readonly source: { readonly sheetId: string; readonly rect: Rect };
  readonly seriesBy: "Auto" | "Columns" | "Rows";
  title: string;
  top: number;
  left: number;
  width: number;
  height: number;
}

/** An Excel table: the header row is the first row of `rect`; a totals row, when shown, is its last. */
export interface TableModel {
  readonly id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  /** The headers as last normalised (to tell a renamed column); absent until then. */
  headers?: string[];
}

/** A workbook-scoped defined name; `sheetId` null means the reference is broken (`#REF!`). */
export interface NameModel {
  readonly name: string;
  sheetId: string | null;
  rect: Rect;
  comment: string;
  visible: boolean;
}

/** The whole workbook. */
export interface WorkbookModel {
  readonly sheets: SheetModel[];
  readonly tables: TableModel[];
  readonly names: NameModel[];
  activeSheetId: string;
  selection: { sheetId: string; rect: Rect };
  nextId: number;
  /** Workbook (structure) protection, with its password or null. Absent in models made before it existed. */
  protection?: { protected: boolean; password: string | null };
  /** Regional settings that decide which typed text becomes a number or date (typed-input.ts); en-US when absent. */
  locale?: DoubleLocale;
  /** A chart sheet is active: Excel has no active worksheet then (the double has no chart sheets otherwise). */
  chartSheetActive?: boolean;
}

/**
 * A workbook whose structure is protected refuses adding, deleting, renaming, moving, hiding and
 * unhiding sheets (https://support.microsoft.com/office/protect-a-workbook-7e365a4d-3e89-4616-84ca-1931257c1517;
 * `Workbook.protection`, https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection):
 * AccessDenied in the double.
 */
export function assertStructureEditable(model: WorkbookModel): void {
  if (model.protection?.protected === true)
    throw excelError("AccessDenied", "The workbook structure is protected");
}

/** Key of a cell in `SheetModel.cells`. */
export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

/** A fresh workbook with one empty sheet, as Excel opens a new book (`Sheet1`, or `Лист1` in Russian Excel). */
export function newWorkbook(firstSheetName = "Sheet1"): WorkbookModel {
  const model: WorkbookModel = {
    sheets: [],
    tables: [],
    names: [],
    activeSheetId: "",
    selection: { sheetId: "", rect: { row: 0, col: 0, rows: 1, cols: 1 } },
    nextId: 1,
  };
  const sheet = addSheet(model, firstSheetName);
  model.activeSheetId = sheet.id;
  model.selection = { sheetId: sheet.id, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  return model;
}

/** The sheet with this id; a missing one is a bug of the double. */
export function sheetById(model: WorkbookModel, id: string): SheetModel {
  const sheet = model.sheets.find((s) => s.id === id);
  if (!sheet) throw excelError("ItemNotFound", `The worksheet no longer exists`);
  return sheet;
}

/** The sheet called `name` (case-insensitive), or undefined. */
export function sheetByName(model: WorkbookModel, name: string): SheetModel | undefined {
  return model.sheets.find((s) => sameName(s.name, name));
}

/** Add a sheet at the end (`Worksheets.add`): name rules, ItemAlreadyExists. */
export function addSheet(model: WorkbookModel, name?: string): SheetModel {
  let chosen = name;
  if (chosen === undefined) {
    let n = model.sheets.length + 1;
    while (sheetByName(model, `Sheet${n}`)) n += 1;
    chosen = `Sheet${n}`;
  }
  assertStructureEditable(model);
  assertSheetName(chosen);
  if (sheetByName(model, chosen))
    throw excelError("ItemAlreadyExists", `A sheet named ${chosen} already exists`);
  const sheet: SheetModel = {
    id: `{sheet-${model.nextId++}}`,
    name: chosen,
    visibility: "Visible",
    cells: new Map(),
    protection: { protected: false, options: {} },
    freeze: { rows: 0, cols: 0 },
    columnWidths: new Map(),
    merges: [],
    charts: [],
    conditionalFormats: [],
  };
  model.sheets.push(sheet);
  return sheet;
}

/** Rename a sheet: name rules, ItemAlreadyExists (a case-only change of its own name is allowed). */
export function renameSheet(model: WorkbookModel, sheet: SheetModel, name: string): void {
  assertStructureEditable(model);
  assertSheetName(name);
  const other = sheetByName(model, name);
  if (other && other !== sheet)
    throw excelError("ItemAlreadyExists", `A sheet named ${name} already exists`);
  const from = sheet.name;
  // Excel rewrites every reference to the renamed sheet (see references.ts for the documentation).
  if (!sameName(from, name))
    rewriteFormulas(model, (f) => (mentions(f, from) ? renameSheetInFormula(f, from, name) : f));
  sheet.name = name;
}

/** Whether formula text may name `name` (a quick test before tokenizing; `'` doubled as quoted names have it). */
export function mentions(formula: string, name: string): boolean {
  const f = formula.toLowerCase();
  const n = name.toLowerCase();
  return f.includes(n) || f.includes(n.replace(/'/g, "''"));
}

/**
 * Apply `rewrite` to every formula the workbook holds outside defined names
 * and charts (which hold their sheet by id): cell formulas of all sheets,
 * data-validation sources and formulas, conditional-format bound formulas.
 */
export function rewriteFormulas(model: WorkbookModel, rewrite: (formula: string) => string): void {
  for (const sheet of model.sheets) {
    // Cells of one validated range share their validation: rewritten once, still shared.
    const done = new Map<ValidationModel, ValidationModel>();
    for (const cell of sheet.cells.values()) {
      if (cell.formula !== null) cell.formula = rewrite(cell.formula);
      const v = cell.validation;
      if (v) {
        let next = done.get(v);
        if (!next) {
          next = ruleChanges(v.rule, rewrite) ? { ...v, rule: rewriteRule(v.rule, rewrite) } : v;
          done.set(v, next);
        }
        cell.validation = next;
      }
    }
    for (const cf of sheet.conditionalFormats) {
      const bar = cf.dataBar;
      if (!bar) continue;
      bar.lowerBoundRule = rewriteBound(bar.lowerBoundRule, rewrite);
      bar.upperBoundRule = rewriteBound(bar.upperBoundRule, rewrite);
    }
  }
}

const RULE_FORMULA_KEYS = new Set(["source", "formula", "formula1", "formula2"]);

/** Whether `rewrite` changes any formula of the rule (no allocation: most rules hold none it touches). */
function ruleChanges(
  rule: Excel.DataValidationRule,
  rewrite: (formula: string) => string
): boolean {
  for (const part of Object.values(rule as Record<string, unknown>)) {
    if (part === null || typeof part !== "object") continue;
    for (const [field, value] of Object.entries(part as Record<string, unknown>))
      if (RULE_FORMULA_KEYS.has(field) && typeof value === "string" && rewrite(value) !== value)
        return true;
  }
  return false;
}

function rewriteRule(
  rule: Excel.DataValidationRule,
  rewrite: (formula: string) => string
): Excel.DataValidationRule {
  const out: Record<string, unknown> = {};
  for (const [key, part] of Object.entries(rule as Record<string, unknown>)) {
    if (part === null || typeof part !== "object") {
      out[key] = part;
      continue;
    }
    const fields: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(part as Record<string, unknown>))
      fields[field] =
        RULE_FORMULA_KEYS.has(field) && typeof value === "string" ? rewrite(value) : value;
    out[key] = fields;
  }
  return out;
}

function rewriteBound(
  bound: Excel.ConditionalDataBarRule,
  rewrite: (formula: string) => string
): Excel.ConditionalDataBarRule {
  return bound.formula === undefined ? bound : { ...bound, formula: rewrite(bound.formula) };
}

function visibleSheets(model: WorkbookModel): SheetModel[] {
  return model.sheets.filter((s) => s.visibility === "Visible");
}

/**
 * Delete a sheet: its tables go, names and formulas pointing at it (or its tables) become `#REF!`. The last
 * visible sheet cannot go (InvalidOperation). A very hidden sheet cannot go either: Excel answers
 * GeneralException, "by design" (https://github.com/OfficeDev/office-js/issues/365): make it hidden or visible first.
 */
export function deleteSheet(model: WorkbookModel, sheet: SheetModel): void {
  assertStructureEditable(model);
  if (sheet.visibility === "VeryHidden")
    throw excelError(
      "GeneralException",
      `There was an internal error while processing the request (the sheet ${sheet.name} is very hidden)`
    );
  const visible = visibleSheets(model);
  if (sheet.visibility === "Visible" && visible.length === 1)
    throw excelError("InvalidOperation", "A workbook must contain at least one visible worksheet");
  const index = model.sheets.indexOf(sheet);
  model.sheets.splice(index, 1);
  const gone = model.tables.filter((t) => t.sheetId === sheet.id).map((t) => t.name);
  for (let i = model.tables.length - 1; i >= 0; i -= 1)
    if (model.tables[i]?.sheetId === sheet.id) model.tables.splice(i, 1);
  // Excel turns references to the deleted sheet and its tables into #REF! (see references.ts).
  rewriteFormulas(model, (f) =>
    mentions(f, sheet.name) || gone.some((t) => mentions(f, t))
      ? deleteSheetInFormula(f, sheet.name, gone)
      : f
  );
  for (const n of model.names) if (n.sheetId === sheet.id) n.sheetId = null;
  if (model.activeSheetId === sheet.id) activateNextVisible(model, index);
}

function activateNextVisible(model: WorkbookModel, from: number): void {
  const after = model.sheets.slice(from).find((s) => s.visibility === "Visible");
  const next = after ?? [...model.sheets].reverse().find((s) => s.visibility === "Visible");
  if (!next) return;
  model.activeSheetId = next.id;
  model.selection = { sheetId: next.id, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
}

/** Set visibility; hiding the last visible sheet fails (InvalidOperation); hiding the active sheet activates the next visible one. */
export function setVisibility(
  model: WorkbookModel,
  sheet: SheetModel,
  visibility: Visibility
): void {
  if (visibility !== sheet.visibility) assertStructureEditable(model);
  if (
    visibility !== "Visible" &&
    sheet.visibility === "Visible" &&
    visibleSheets(model).length === 1
  ) {
    throw excelError("InvalidOperation", "A workbook must contain at least one visible worksheet");
  }
  sheet.visibility = visibility;
  if (visibility !== "Visible" && model.activeSheetId === sheet.id)
    activateNextVisible(model, model.sheets.indexOf(sheet));
}

/** Activate a sheet; a hidden sheet cannot be activated (InvalidOperation). */
export function activateSheet(model: WorkbookModel, sheet: SheetModel): void {
  if (sheet.visibility !== "Visible")
    throw excelError("InvalidOperation", `Cannot activate hidden sheet ${sheet.name}`);
  model.activeSheetId = sheet.id;
  model.chartSheetActive = false;
  if (model.selection.sheetId !== sheet.id)
    model.selection = { sheetId: sheet.id, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
}

/** The cell at a position (a default one when absent; not stored). */
export function readCell(sheet: SheetModel, row: number, col: number): CellModel {
  return sheet.cells.get(cellKey(row, col)) ?? emptyCell();
}

/** The stored cell at a position, created when absent. */
export function cellForWrite(sheet: SheetModel, row: number, col: number): CellModel {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

/**
 * On a protected sheet a locked cell cannot be changed: AccessDenied, as Excel
 * answers (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection).
 */
export function assertCellsWritable(sheet: SheetModel, rect: Rect): void {
  if (!sheet.protection.protected) return;
  for (let r = rect.row; r < rect.row + rect.rows; r += 1) {
    for (let c = rect.col; c < rect.col + rect.cols; c += 1) {
      if (readCell(sheet, r, c).locked)
        throw excelError(
          "AccessDenied",
          `The cell ${sheet.name}!R${r + 1}C${c + 1} is locked on a protected sheet`
        );
    }
  }
}

/** On a protected sheet formats and structure cannot change unless the protection allows it: AccessDenied. */
export function assertSheetEditable(
  sheet: SheetModel,
  allowedBy?: keyof Excel.WorksheetProtectionOptions
): void {
  if (!sheet.protection.protected) return;
  if (allowedBy && sheet.protection.options[allowedBy] === true) return;
  throw excelError("AccessDenied", `The sheet ${sheet.name} is protected`);
}

/** The used rectangle of a sheet (cells with a value or formula; with `valuesOnly` false also formatted ones), or null. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let minR = Infinity;
  let minC = Infinity;
  let maxR = -1;
  let maxC = -1;
  for (const [key, cell] of sheet.cells) {
    const has = cell.value !== null || cell.formula !== null;
    if (
      !has &&
      (valuesOnly ||
        (cell.numberFormat === "General" &&
          cell.locked &&
          cell.look === DEFAULT_LOOK &&
          !cell.validation))
    )
      continue;
    const r = Math.floor(key / 16384);
    const c = key % 16384;
    minR = Math.min(minR, r);
    minC = Math.min(minC, c);
    maxR = Math.max(maxR, r);
    maxC = Math.max(maxC, c);
  }
  if (maxR < 0) return null;
  return { row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
}
