/**
 * What this Excel can do, from its requirement sets
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets;
 * runtime checks with `Office.context.requirements.isSetSupported`,
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).
 * The manifest declares ExcelApi 1.8, the highest set the add-in cannot work without
 * (`Range.dataValidation`); every API it calls unconditionally is in 1.8 or lower (see
 * docs/excel-compatibility.md). Newer sets are used only where they are optional, checked here.
 */

/** Asks whether a requirement set is supported (`Office.context.requirements.isSetSupported`). */
export type SupportsSet = (name: string, version: string) => boolean;

/** The minimum the manifest declares (`<Requirements>` in manifest.xml). */
export const REQUIRED_EXCEL_API = "1.8";

/** `Excel.RunOptions.mergeUndoGroup` (ExcelApi 1.20, https://learn.microsoft.com/javascript/api/excel/excel.runoptions). */
export const UNDO_GROUP_EXCEL_API = "1.20";

/**
 * `Range.copyFrom` (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)):
 * an in-place rebuild restores its backups with it when it fails. Without it the rebuild replaces the plan
 * sheets (the older design: the user's references into them break).
 */
export const IN_PLACE_EXCEL_API = "1.9";

/** `WorksheetCollection.onChanged` (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onchanged-member). */
export const CHANGE_EVENTS_EXCEL_API = "1.9";

/** `Worksheet.pageLayout` and page breaks (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.pagelayout): the print set-up. */
export const PRINT_EXCEL_API = "1.9";

/**
 * What this Excel lacks, by what the person notices: the whole add-in, the pane noticing edits made
 * after a check (so it can mark the results stale), one Ctrl+Z for a whole action.
 */
export type MissingFeature = "excel_api" | "change_events" | "undo_group";

/**
 * The requirement-set check of the running Office. Outside Office (tests, the preview on the Excel double,
 * where `Office` is not defined) everything is supported: the double implements what the adapter calls.
 */
export const officeSupports: SupportsSet = (name, version) => {
  // `context` is undefined before Office.onReady, whatever the types say.
  const office = (globalThis as { Office?: { context?: Office.Context } }).Office;
  const context = office?.context;
  return context ? context.requirements.isSetSupported(name, version) : true;
};

/** The features this Excel lacks, in the order the pane lists them. */
export function missingFeatures(supports: SupportsSet): MissingFeature[] {
  const missing: MissingFeature[] = [];
  if (!supports("ExcelApi", REQUIRED_EXCEL_API)) missing.push("excel_api");
  if (!supports("ExcelApi", CHANGE_EVENTS_EXCEL_API)) missing.push("change_events");
  if (!supports("ExcelApi", UNDO_GROUP_EXCEL_API)) missing.push("undo_group");
  return missing;
}

/**
 * Options of `Excel.run` for an action that writes: `delayForCellEdit` (a person typing in a cell delays
 * the batch instead of failing it), and, where ExcelApi 1.20 is there, `mergeUndoGroup`, so that every
 * sync of one action is one undo step (without it each sync is its own undo record and Ctrl+Z after a
 * rebuild steps back through its requests; see the README).
 */
export function writeRunOptions(supports: SupportsSet): Excel.RunOptions {
  return supports("ExcelApi", UNDO_GROUP_EXCEL_API)
    ? { delayForCellEdit: true, mergeUndoGroup: true }
    : { delayForCellEdit: true };
}

/** Options of `Excel.run` for an action that only reads or selects: `delayForCellEdit`. */
export const READ_RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };
