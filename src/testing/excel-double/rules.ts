import { looksLikeCellReference } from "../../domain/read/a1";
import { excelError } from "./errors";

/**
 * Excel's naming rules, as the double enforces them.
 *
 * Sheet names (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9):
 * not empty, at most 31 characters, none of `/ \ ? * : [ ]`, not beginning or
 * ending with an apostrophe, and not `History` (reserved by Excel).
 * A bad name fails with InvalidArgument.
 */
export function assertSheetName(name: string): void {
  if (name.length === 0) throw excelError("InvalidArgument", "A sheet name cannot be empty");
  if (name.length > 31)
    throw excelError("InvalidArgument", `Sheet name longer than 31 characters: ${name}`);
  if (/[/\\?*:[\]]/.test(name))
    throw excelError("InvalidArgument", `Sheet name holds one of / \\ ? * : [ ]: ${name}`);
  if (name.startsWith("'") || name.endsWith("'"))
    throw excelError("InvalidArgument", `Sheet name begins or ends with an apostrophe: ${name}`);
  if (name.toLowerCase() === "history")
    throw excelError("InvalidArgument", "History is a reserved sheet name");
}

/**
 * Defined names and table names
 * (https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64):
 * start with a letter, `_` or `\`; then letters, digits, `_` and `.`; no spaces;
 * at most 255 characters; not a cell reference. InvalidArgument otherwise.
 */
export function assertDefinedName(name: string): void {
  if (name.length === 0 || name.length > 255)
    throw excelError("InvalidArgument", `Invalid name length: ${name}`);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name))
    throw excelError("InvalidArgument", `Invalid name: ${name}`);
  if (looksLikeCellReference(name))
    throw excelError("InvalidArgument", `A name cannot look like a cell reference: ${name}`);
}

/** Case-insensitive equality, as Excel compares sheet, table and defined names. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}
