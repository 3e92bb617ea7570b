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
 * (`hiddenRows`, spec §11: the rows of a hidden section) with `Range.rowHidden` (ExcelApi 1.2,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member).
 * On a new sheet (`hiddenBefore` null) every row of the layout is shown first. On a sheet rebuilt in
 * place only the rows of the sections the workbook had hidden (`hiddenBefore`) are shown again, so rows a
 * person hid by hand stay hidden (spec §8). Queued after the row heights: a height set on a hidden row
 * would show it again. A sheet without `hiddenRows` (not a plan sheet) is left as it is.
 */
export function rowVisibilitySteps(
  sheetOf: () => Excel.Worksheet,
  s: SheetLayout,
  hiddenBefore: ReadonlySet<string> | null
): WriteStep[] {
  const hidden = s.hiddenRows;
  if (hidden === undefined) return [];
  const shown =
    hiddenBefore === null
      ? [{ first: 1, last: lastLayoutRow(s) }]
      : Object.entries(s.sectionRows ?? {})
          .filter(([key]) => hiddenBefore.has(key))
          .map(([, span]) => span);
  if (shown.length + hidden.length === 0) return [];
  return [
    callStep(() => {
      const sheet = sheetOf();
      for (const { first, last } of shown)
        sheet.getRangeByIndexes(first - 1, 0, last - first + 1, 1).rowHidden = false;
      for (const { first, last } of hidden)
        sheet.getRangeByIndexes(first - 1, 0, last - first + 1, 1).rowHidden = true;
    }, shown.length + hidden.length),
  ];
}
