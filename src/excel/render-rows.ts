import { parseA1 } from "../domain/read/a1";
import type { SheetLayout } from "../layout/types";
import { callStep, type WriteStep } from "./chunks";

/** The last row (1-based) the layout of a sheet uses: cells, tables, hidden rows. */
export function lastLayoutRow(s: SheetLayout): number {
  // parseA1 rows are 0-based.
  let last = 1;
  for (const c of s.cells) last = Math.max(last, (parseA1(c.address)?.row ?? 0) + 1);
  for (const t of s.tables)
    last = Math.max(last, (parseA1(t.topLeft)?.row ?? 0) + 1 + t.rows.length);
  for (const span of s.hiddenRows ?? []) last = Math.max(last, span.last);
  return last;
}

/**
 * The step that shows and hides the rows of a sheet whose layout says which are hidden
 * (`hiddenRows`, spec §11: the rows of a hidden section): every row of the layout is shown
 * first (a section hidden before and shown now comes back on a sheet rebuilt in place),
 * then the hidden ones are hidden with `Range.rowHidden` (ExcelApi 1.2,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member).
 * Queued after the row heights: a height set on a hidden row would show it again. A sheet
 * without `hiddenRows` (not a plan sheet) is left as it is.
 */
export function rowVisibilitySteps(sheetOf: () => Excel.Worksheet, s: SheetLayout): WriteStep[] {
  const hidden = s.hiddenRows;
  if (hidden === undefined) return [];
  const last = lastLayoutRow(s);
  return [
    callStep(() => {
      const sheet = sheetOf();
      sheet.getRangeByIndexes(0, 0, last, 1).rowHidden = false;
      for (const { first, last: end } of hidden)
        sheet.getRangeByIndexes(first - 1, 0, end - first + 1, 1).rowHidden = true;
    }, 1 + hidden.length),
  ];
}
