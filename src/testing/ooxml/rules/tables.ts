import { formatA1, parseA1 } from "../../../domain/read/a1";
import { cellKey, readSharedStrings, readSheetCells } from "../../../xlsx/read/cells";
import { decodeEntities, elements, firstElement } from "../../../xlsx/read/xml";
import type { OpenedPackage } from "../package";
import { MAX_FORMULA, unprefixedFutureFunctions } from "./formulas";
import { nameSyntaxError } from "./names";
import type { OoxmlProblem } from "./problem";

/**
 * Table rules no schema states.
 *
 * - ISO/IEC 29500-1 §18.5.1.3 (tableColumn): the column name "shall be unique
 *   per table" and is what the header row shows; Excel repairs a table whose
 *   header cell differs from its column name (case-insensitive uniqueness:
 *   structured references ignore case). [MS-OI29500] 2.1.681
 *   (https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/8f4f8ebc-a085-4cef-bec9-6d6a40066513):
 *   a name is at most 255 characters, and totalsRowLabel is absent when
 *   totalsRowFunction is custom.
 * - ISO/IEC 29500-1 §18.5.1.3 totalsRowFunction "custom": the totals cell is
 *   the `totalsRowFormula` child; without it Excel has no formula to use.
 * - Tables never overlap one another (Excel: "A table can't overlap another
 *   table"); table names follow the defined-name syntax and share one
 *   case-insensitive namespace with defined names ([MS-XLSB] 2.5.166).
 */

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function box(ref: string): Box | null {
  const [a, b] = ref.split(":");
  const from = parseA1(a ?? "");
  const to = parseA1(b ?? a ?? "");
  return from && to ? { top: from.row, left: from.col, bottom: to.row, right: to.col } : null;
}

function overlaps(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Every table rule over the package; `definedNames` are the workbook's names (for clashes). */
export function tableProblems(pkg: OpenedPackage, definedNames: readonly string[]): OoxmlProblem[] {
  const problems: OoxmlProblem[] = [];
  const strings = readSharedStrings(pkg.text("xl/sharedStrings.xml"));
  const seen = new Map<string, string>(
    definedNames.map((n) => [n.toLowerCase(), "a defined name"])
  );
  for (const sheet of pkg.sheets) {
    const cells = readSheetCells(sheet.xml, { sharedStrings: strings, shiftDates1904: null });
    const boxes: { name: string; box: Box }[] = [];
    for (const part of sheet.tableParts) {
      const xml = pkg.text(part);
      const report = (rule: string, message: string): void => {
        problems.push({ file: pkg.file, part, rule, message });
      };
      const table = firstElement(xml ?? "", "table");
      if (!xml || !table) {
        report("table-part", `the table part of sheet ${sheet.name} is missing`);
        continue;
      }
      const name = table.attrs.displayName ?? table.attrs.name ?? "";
      const syntax = nameSyntaxError(name);
      if (syntax) report("table-name", `table name "${name}" ${syntax}`);
      const clash = seen.get(name.toLowerCase());
      if (clash) report("table-name", `table name "${name}" is already used by ${clash}`);
      seen.set(name.toLowerCase(), `table ${name}`);
      const area = box(table.attrs.ref ?? "");
      if (!area) {
        report("table-ref", `table ${name} has no valid ref ("${table.attrs.ref ?? ""}")`);
        continue;
      }
      for (const other of boxes)
        if (overlaps(other.box, area))
          report("table-overlap", `table ${name} overlaps table ${other.name} on ${sheet.name}`);
      boxes.push({ name, box: area });
      const columns = elements(firstElement(xml, "tableColumns")?.inner ?? "", "tableColumn");
      const width = area.right - area.left + 1;
      if (columns.length !== width)
        report(
          "table-columns",
          `table ${name} has ${columns.length} columns for a ${width}-column ref`
        );
      const headerRow = table.attrs.headerRowCount !== "0";
      const names = new Set<string>();
      columns.forEach((column, i) => {
        const columnName = column.attrs.name ?? "";
        const where = `table ${name} column ${i + 1} "${columnName}"`;
        if (columnName.length === 0 || columnName.length > 255)
          report("table-columns", `${where}: a column name has 1 to 255 characters`);
        if (names.has(columnName.toLowerCase()))
          report("table-columns", `${where}: the name is not unique in the table`);
        names.add(columnName.toLowerCase());
        if (headerRow) {
          const header = cells.get(cellKey(area.top, area.left + i));
          const text = header === null || header === undefined ? "" : String(header);
          if (text !== columnName)
            report(
              "table-header",
              `${where}: header cell ${formatA1({ row: area.top, col: area.left + i })} holds "${text}"`
            );
        }
        const totals = firstElement(column.inner, "totalsRowFormula");
        if (column.attrs.totalsRowFunction === "custom") {
          if (!totals)
            report(
              "table-totals",
              `${where}: totalsRowFunction="custom" without <totalsRowFormula>`
            );
          if (column.attrs.totalsRowLabel !== undefined)
            report("table-totals", `${where}: totalsRowLabel with totalsRowFunction="custom"`);
        }
        for (const element of ["calculatedColumnFormula", "totalsRowFormula"]) {
          const formula = firstElement(column.inner, element);
          if (!formula) continue;
          const text = decodeEntities(formula.inner);
          if (text.length > MAX_FORMULA)
            report("formula-length", `${where}: ${element} has ${text.length} characters`);
          for (const fn of unprefixedFutureFunctions(text))
            report("future-function", `${where}: ${element} calls ${fn} without _xlfn.`);
        }
      });
    }
  }
  return problems;
}
