import type ExcelJS from "exceljs";
import type { PrintLayout, RowHeight } from "../../layout/types";

/** The file format's paper size code of A4 (`paperSize="9"`; exceljs' const enum `PaperSize.A4`, not importable at run time). */
const A4 = 9;

/**
 * Row heights and the print set-up of a layout sheet on an exceljs sheet:
 * A4, the orientation, fit to `fitWidth` pages wide and `fitHeight` tall (0 =
 * as many as it takes), the title rows repeated on every page (exceljs writes
 * the `_xlnm.Print_Titles` name), a manual break above each of `rowBreaks`
 * (the file's break id is the row above the new page).
 */
export function writePageSetup(
  ws: ExcelJS.Worksheet,
  print: PrintLayout | undefined,
  heights: readonly RowHeight[]
): void {
  for (const { row, height } of heights) ws.getRow(row).height = height;
  if (!print) return;
  Object.assign(ws.pageSetup, { paperSize: A4 });
  ws.pageSetup.orientation = print.orientation;
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = print.fitWidth;
  ws.pageSetup.fitToHeight = print.fitHeight ?? 0;
  if (print.titleRows)
    ws.pageSetup.printTitlesRow = `${print.titleRows.first}:${print.titleRows.last}`;
  for (const row of print.rowBreaks) if (row > 1) ws.getRow(row - 1).addPageBreak();
}
