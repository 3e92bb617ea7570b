import ExcelJS from "exceljs";
import { formatA1, parseA1 } from "../../domain/read/a1";
import type { CellValue } from "../../domain/values";
import { absolute } from "../../layout/refs";
import type { SheetLayout, TableLayout, WorkbookLayout } from "../../layout/types";
import { styleCell } from "./cell-style";
import { toExcelConditionalFormat } from "./conditional-format";
import { finishPackage } from "./finish-package";
import { writePageSetup } from "./page-setup";
import { toExcelValidation, type ExcelValidation } from "./validation";

/**
 * Render a workbook layout to an .xlsx file with exceljs: sheets in order with
 * visibility, frozen panes, widths and protection (no password), static cells
 * (values stay values: text starting with `=`, `+`, `-`, `@` is written as a
 * string, never a formula), tables with their calculated columns (also as
 * `calculatedColumnFormula`, so Excel fills new rows), workbook-scoped defined
 * names, data validations, conditional formats (data bars; charts are
 * skipped: exceljs cannot draw them), row heights, hidden rows (`hidden="1"`) and the print set-up. Formulas carry no cached value and the workbook
 * asks for a full calculation on load, so Excel and LibreOffice compute them
 * when the file is opened.
 */
export async function writeWorkbook(layout: WorkbookLayout): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kam-plan";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of layout.sheets) await writeSheet(wb, sheet);
  for (const name of layout.names)
    wb.definedNames.add(`${quoteSheet(name.sheet)}!${absolute(name.address)}`, name.name);
  const written = Buffer.from(await wb.xlsx.writeBuffer());
  return finishPackage(
    written,
    layout.sheets.flatMap((s) => s.tables)
  );
}

async function writeSheet(wb: ExcelJS.Workbook, layout: SheetLayout): Promise<void> {
  const { rows, columns } = layout.freeze;
  const frozen = rows > 0 || columns > 0;
  const ws = wb.addWorksheet(layout.name, {
    state: layout.visibility,
    views: [frozen ? { state: "frozen", xSplit: columns, ySplit: rows } : { state: "normal" }],
  });
  for (const { column, width } of layout.columnWidths) ws.getColumn(column).width = width;
  for (const cell of layout.cells) {
    const target = ws.getCell(cell.address);
    target.value =
      cell.content.kind === "formula"
        ? { formula: cell.content.formula, date1904: false }
        : excelValue(cell.content.value);
    styleCell(target, cell.style, cell.numberFormat, cell.locked);
  }
  for (const table of layout.tables) writeTable(ws, table);
  // exceljs has `dataValidations` on a worksheet but not in its typings.
  const validations = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelValidation): void } }
  ).dataValidations;
  for (const validation of layout.validations)
    validations.add(validation.range, toExcelValidation(validation));
  for (const range of layout.merges) ws.mergeCells(range);
  writePageSetup(ws, layout.print, layout.rowHeights ?? []);
  for (const { first, last } of layout.hiddenRows ?? [])
    for (let r = first; r <= last; r++) {
      const row = ws.getRow(r);
      row.hidden = true;
      // exceljs leaves out a row without a cell, and its hidden flag with it (a blank row between tables).
      row.getCell(1);
    }
  (layout.conditionalFormats ?? []).forEach((format, i) =>
    ws.addConditionalFormatting(toExcelConditionalFormat(format, i + 1))
  );
  if (layout.protection) {
    const p = layout.protection;
    // exceljs stores a given password as Excel's hash (SHA-512, salted, spun), never in clear.
    await ws.protect(p.password ?? "", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: p.allowFormatColumns,
      formatRows: p.allowFormatRows,
      insertRows: p.allowInsertRows,
      deleteRows: p.allowDeleteRows,
      sort: p.allowSort,
      autoFilter: p.allowAutoFilter,
    });
    // A password the sheet already had (a restructured locked Config): its stored hash, as it was.
    // exceljs keeps the protection it writes in `sheetProtection`, not in its typings.
    if (p.passwordHash)
      Object.assign((ws as unknown as { sheetProtection: object }).sheetProtection, p.passwordHash);
  }
}

function writeTable(ws: ExcelJS.Worksheet, table: TableLayout): void {
  const top = parseA1(table.topLeft);
  if (!top) throw new Error(`Table ${table.name}: bad top-left ${table.topLeft}`);
  ws.addTable({
    name: table.name,
    ref: table.topLeft,
    headerRow: true,
    totalsRow: table.totalsRow,
    style: {
      theme: table.style as NonNullable<ExcelJS.TableStyleProperties["theme"]>,
      showRowStripes: table.showRowStripes,
    },
    columns: table.columns.map((c) => ({
      name: c.header,
      filterButton: true,
      ...(c.totals?.kind === "sum" ? { totalsRowFunction: "sum" as const } : {}),
      ...(c.totals?.kind === "label" ? { totalsRowLabel: c.totals.text } : {}),
    })),
    rows: table.rows.map((row) =>
      table.columns.map((c, i) =>
        c.formula !== null ? { formula: c.formula, date1904: false } : excelValue(row[i] ?? null)
      )
    ),
  });
  table.columns.forEach((column, i) => {
    styleCell(ws.getCell(formatA1({ row: top.row, col: top.col + i })), "header", "General", true);
    for (let r = 1; r <= table.rows.length; r++) {
      styleCell(
        ws.getCell(formatA1({ row: top.row + r, col: top.col + i })),
        column.style,
        column.numberFormat,
        column.locked
      );
    }
  });
}

/** A layout value as exceljs takes it: null stays empty, strings stay strings (never parsed as formulas). */
function excelValue(value: CellValue): ExcelJS.CellValue {
  return value;
}

function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
