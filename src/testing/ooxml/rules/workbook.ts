import { attributes, decodeEntities, elements, firstElement } from "../../../xlsx/read/xml";
import type { OpenedPackage } from "../package";
import { MAX_FORMULA, unprefixedFutureFunctions } from "./formulas";
import { nameSyntaxError, sheetNameError } from "./names";
import type { OoxmlProblem } from "./problem";

/**
 * Workbook and worksheet rules no schema states: sheet and defined names (see
 * names.ts), formulas (see formulas.ts), and:
 *
 * - data validation texts — [MS-OI29500] 2.1.613
 *   (https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/0114969a-4859-443e-ae3e-0c1fdebfcc64):
 *   promptTitle and errorTitle at most 32 characters, prompt at most 255,
 *   error at most 224 (after decoding); Validation.InputTitle (VBA) says the
 *   same 32 of the title;
 * - a list validation's formula1 at most 255 characters (Excel's limit on a
 *   data validation formula; Excel refuses the file's validation otherwise —
 *   apache/poi pull 187 added the same check after files failed to open);
 * - x14 data bars — [MS-XLSX] 2.6.30 CT_DataBar
 *   (https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/88c5ca0a-3a34-4fad-8c91-fdb4550d3fe1):
 *   negativeFillColor MUST be present unless negativeBarColorSameAsPositive
 *   is 1, axisColor unless axisPosition is none;
 * - the shared strings table — ISO/IEC 29500-1 §18.4.9 (sst): uniqueCount is
 *   the number of string items, count the number of cells that refer to them;
 *   every string cell's index points at an item;
 * - every defined name refers to sheets that exist (a `#REF!` or a missing
 *   sheet is a broken name).
 */

const PROMPT_TITLE = 32;
const PROMPT = 255;
const ERROR_MESSAGE = 224;
const LIST_FORMULA = 255;

/** Sheet names a formula refers to (`Lists!A1`, `'My sheet'!A1`). */
export function referencedSheets(formula: string): string[] {
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const found: string[] = [];
  for (const m of withoutStrings.matchAll(/'((?:[^']|'')+)'!|([^\s!'"(),:;=<>+\-*/&^%{}[\]]+)!/g))
    found.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? ""));
  return found.filter((s) => s !== "#REF");
}

function formulaProblems(
  formula: string,
  where: string,
  report: (rule: string, message: string) => void
): void {
  if (formula.length > MAX_FORMULA)
    report("formula-length", `${where}: ${formula.length} characters (at most ${MAX_FORMULA})`);
  for (const fn of unprefixedFutureFunctions(formula))
    report("future-function", `${where}: ${fn} needs the _xlfn. prefix in the file`);
}

/** Sheet names, defined names, formulas, validations, data bars and shared strings. */
export function workbookProblems(pkg: OpenedPackage): {
  problems: OoxmlProblem[];
  definedNames: string[];
} {
  const problems: OoxmlProblem[] = [];
  const workbookPart = pkg.workbookPart ?? "xl/workbook.xml";
  const inWorkbook = (rule: string, message: string): void => {
    problems.push({ file: pkg.file, part: workbookPart, rule, message });
  };
  const sheetNames = new Set<string>();
  for (const sheet of pkg.sheets) {
    const error = sheetNameError(sheet.name);
    if (error) inWorkbook("sheet-name", `sheet name "${sheet.name}" ${error}`);
    if (sheetNames.has(sheet.name.toLowerCase()))
      inWorkbook("sheet-name", `sheet name "${sheet.name}" is used twice (case-insensitively)`);
    sheetNames.add(sheet.name.toLowerCase());
  }
  const workbookXml = pkg.text(workbookPart) ?? "";
  const definedNames: string[] = [];
  const scoped = new Set<string>();
  for (const defined of elements(workbookXml, "definedName")) {
    const name = defined.attrs.name ?? "";
    const formula = decodeEntities(defined.inner);
    const where = `defined name "${name}"`;
    if (!name.startsWith("_xlnm.")) {
      const error = nameSyntaxError(name);
      if (error) inWorkbook("defined-name", `${where} ${error}`);
    }
    const key = `${defined.attrs.localSheetId ?? ""}|${name.toLowerCase()}`;
    if (scoped.has(key)) inWorkbook("defined-name", `${where} is defined twice in one scope`);
    scoped.add(key);
    if (defined.attrs.localSheetId === undefined) definedNames.push(name);
    if (formula.includes("#REF!")) inWorkbook("defined-name", `${where} refers to #REF!`);
    for (const sheet of referencedSheets(formula))
      if (!sheetNames.has(sheet.toLowerCase()))
        inWorkbook("defined-name", `${where} refers to sheet "${sheet}", which does not exist`);
    formulaProblems(formula, where, inWorkbook);
  }

  let stringCells = 0;
  const stringsXml = pkg.text("xl/sharedStrings.xml");
  const items = stringsXml === null ? 0 : elements(stringsXml, "si").length;
  for (const sheet of pkg.sheets) {
    const report = (rule: string, message: string): void => {
      problems.push({ file: pkg.file, part: sheet.part, rule, message });
    };
    for (const cell of sheet.xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cell[1] ?? "";
      const inner = cell[2] ?? "";
      const ref = /\br="([^"]+)"/.exec(attrs)?.[1] ?? "?";
      if (/\bt="s"/.test(attrs)) {
        stringCells += 1;
        const index = Number(/<v>([^<]*)<\/v>/.exec(inner)?.[1] ?? NaN);
        if (!Number.isInteger(index) || index < 0 || index >= items)
          report("shared-strings", `${sheet.name}!${ref} points at string ${index} of ${items}`);
      }
      const f = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(inner);
      if (f) formulaProblems(decodeEntities(f[1] ?? ""), `${sheet.name}!${ref}`, report);
    }
    for (const cf of elements(sheet.xml, "formula"))
      formulaProblems(decodeEntities(cf.inner), `${sheet.name} conditional format`, report);
    // x14 content is written with the prefix x14 / xm by Excel, exceljs and LibreOffice alike.
    for (const f of sheet.xml.matchAll(/<xm:f>([\s\S]*?)<\/xm:f>/g))
      formulaProblems(decodeEntities(f[1] ?? ""), `${sheet.name} x14 formula`, report);
    for (const v of elements(sheet.xml, "dataValidation")) {
      const where = `${sheet.name} validation ${v.attrs.sqref ?? ""}`;
      const limits: readonly (readonly [string, number])[] = [
        ["promptTitle", PROMPT_TITLE],
        ["errorTitle", PROMPT_TITLE],
        ["prompt", PROMPT],
        ["error", ERROR_MESSAGE],
      ];
      for (const [attribute, max] of limits) {
        const value = v.attrs[attribute];
        if (value !== undefined && value.length > max)
          report(
            "validation-text",
            `${where}: ${attribute} has ${value.length} characters (at most ${max}): "${value}"`
          );
      }
      for (const element of ["formula1", "formula2"]) {
        const formula = firstElement(v.inner, element);
        if (!formula) continue;
        const text = decodeEntities(formula.inner);
        if (v.attrs.type === "list" && element === "formula1" && text.length > LIST_FORMULA)
          report(
            "validation-list",
            `${where}: the list formula has ${text.length} characters (at most ${LIST_FORMULA})`
          );
        formulaProblems(text, `${where} ${element}`, report);
      }
    }
    for (const bar of sheet.xml.matchAll(
      /<x14:dataBar\b([^>]*?)(?:\/>|>([\s\S]*?)<\/x14:dataBar>)/g
    )) {
      const attrs = attributes(bar[1] ?? "");
      const inner = bar[2] ?? "";
      const where = `${sheet.name} x14 data bar`;
      const sameColour = attrs.negativeBarColorSameAsPositive;
      if (sameColour !== "1" && sameColour !== "true" && !/<x14:negativeFillColor\b/.test(inner))
        report(
          "data-bar",
          `${where}: no x14:negativeFillColor (MUST unless negativeBarColorSameAsPositive="1")`
        );
      if (attrs.axisPosition !== "none" && !/<x14:axisColor\b/.test(inner))
        report("data-bar", `${where}: no x14:axisColor (MUST unless axisPosition="none")`);
    }
  }
  if (stringsXml !== null) {
    const sst = /<sst\b([^>]*)>/.exec(stringsXml)?.[1] ?? "";
    const count = /\bcount="(\d+)"/.exec(sst)?.[1];
    const unique = /\buniqueCount="(\d+)"/.exec(sst)?.[1];
    const report = (message: string): void => {
      problems.push({
        file: pkg.file,
        part: "xl/sharedStrings.xml",
        rule: "shared-strings",
        message,
      });
    };
    if (unique !== undefined && Number(unique) !== items)
      report(`uniqueCount="${unique}" but the table holds ${items} items`);
    if (count !== undefined && Number(count) !== stringCells)
      report(`count="${count}" but ${stringCells} cells refer to shared strings`);
    if ((count === undefined) !== (unique === undefined))
      report("count and uniqueCount must be given together");
  }
  return { problems, definedNames };
}
