import type { SheetLayout } from "../layout/types";
import { officeSupports, PRINT_EXCEL_API, type SupportsSet } from "./capabilities";
import { callStep, type WriteStep } from "./chunks";

/**
 * Steps for a sheet's row heights (ExcelApi 1.1) and its print set-up
 * (`Worksheet.pageLayout`, `horizontalPageBreaks`: ExcelApi 1.9, so only where
 * Excel has it; older Excel prints with its own defaults): A4, the
 * orientation, fit to pages wide and tall (0 tall = automatic, as the file
 * format's `fitToHeight="0"`), the print title rows, a manual break above
 * each of the layout's `rowBreaks`. The same set-up the .xlsx writer writes
 * (src/xlsx/write/page-setup.ts).
 */
export function printSteps(
  sheetOf: () => Excel.Worksheet,
  s: SheetLayout,
  supports: SupportsSet = officeSupports
): WriteStep[] {
  const steps: WriteStep[] = [];
  const heights = s.rowHeights ?? [];
  if (heights.length > 0)
    steps.push(
      callStep(() => {
        const sheet = sheetOf();
        for (const { row, height } of heights)
          sheet.getRangeByIndexes(row - 1, 0, 1, 1).format.rowHeight = height;
      }, heights.length)
    );
  const print = s.print;
  if (!print || !supports("ExcelApi", PRINT_EXCEL_API)) return steps;
  steps.push(
    callStep(() => {
      const sheet = sheetOf();
      const page = sheet.pageLayout;
      page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      page.paperSize = print.paper;
      page.zoom = {
        horizontalFitToPages: print.fitWidth,
        verticalFitToPages: print.fitHeight ?? 0,
      };
      if (print.titleRows)
        page.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
      // A sheet rewritten in place drops the breaks of its old layout first.
      sheet.horizontalPageBreaks.removePageBreaks();
      for (const row of print.rowBreaks)
        if (row > 1) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row - 1, 0, 1, 1));
    }, 5 + print.rowBreaks.length)
  );
  return steps;
}
