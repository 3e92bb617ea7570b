import { parseAddress, quoteSheet, rectA1, type Rect } from "./address";
import { excelError } from "./errors";
import { sheetByName, type NameModel, type WorkbookModel } from "./model";
import { assertDefinedName, sameName } from "./rules";
import { nameTaken } from "./tables";

/**
 * Workbook-scoped defined names (https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-add-member(1)):
 * `add` refuses a taken name with ItemAlreadyExists and a bad one with
 * InvalidArgument; a name whose sheet was deleted keeps existing with a
 * `#REF!` reference.
 */

/** The name called `name` (case-insensitive), or undefined. */
export function nameByName(model: WorkbookModel, name: string): NameModel | undefined {
  return model.names.find((n) => sameName(n.name, name));
}

/** Add a name pointing at a rectangle of a sheet. */
export function addName(
  model: WorkbookModel,
  name: string,
  sheetId: string,
  rect: Rect,
  comment: string
): NameModel {
  assertDefinedName(name);
  if (nameTaken(model, name))
    throw excelError("ItemAlreadyExists", `The name ${name} already exists`);
  const item: NameModel = { name, sheetId, rect, comment, visible: true };
  model.names.push(item);
  return item;
}

/** Resolve a reference formula (`=Sheet!$A$1`) to a sheet id and rectangle; InvalidReference when the sheet does not exist. */
export function resolveReference(
  model: WorkbookModel,
  reference: string
): { sheetId: string; rect: Rect } {
  const parsed = parseAddress(reference);
  const sheet = parsed.sheet === null ? undefined : sheetByName(model, parsed.sheet);
  if (!sheet)
    throw excelError(
      "InvalidReference",
      `The reference ${reference} does not point at a sheet of the workbook`
    );
  return { sheetId: sheet.id, rect: parsed.rect };
}

/** `NamedItem.formula`: `=Sheet!$C$5`, or `=#REF!` when its sheet is gone. */
export function nameFormula(model: WorkbookModel, n: NameModel): string {
  const sheet = model.sheets.find((s) => s.id === n.sheetId);
  return sheet ? `=${quoteSheet(sheet.name)}!${rectA1(n.rect, true)}` : "=#REF!";
}

/** Delete a name. */
export function deleteName(model: WorkbookModel, n: NameModel): void {
  const i = model.names.indexOf(n);
  if (i >= 0) model.names.splice(i, 1);
}
