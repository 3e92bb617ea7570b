import { parseA1 } from "../domain/read/a1";
import { escapeColumn } from "../layout/refs";
import type { TableLayout } from "../layout/types";
import { callStep, dataStep, estimateBytes, rowBands, type WriteStep } from "./chunks";
import { cellInput, formulaInput } from "./cell-input";

/** The sheet area of a table: header row + body (at least one row), 0-based. */
export function tableArea(t: TableLayout): {
  row: number;
  col: number;
  rows: number;
  cols: number;
} {
  const tl = parseA1(t.topLeft) ?? { row: 0, col: 0 };
  return { row: tl.row, col: tl.col, rows: 1 + Math.max(t.rows.length, 1), cols: t.columns.length };
}

/** Write `grid` (rows × cols, starting at sheet row `row`) in bands of rows under `band` bytes each. */
function bandedWrite<T>(
  grid: readonly T[][],
  band: number,
  write: (first: number, rows: T[][]) => void
): WriteStep[] {
  return rowBands(grid.length, (r) => estimateBytes(grid[r], 0) + 1, band).map((b) =>
    dataStep(grid.slice(b.start, b.start + b.count), (rows) => write(b.start, rows))
  );
}

/**
 * Steps that create a table: body number formats and the header + body values
 * (in row bands when large: a plan with many thousand rows never becomes one
 * oversized request), then `tables.add` over the area with its name and style.
 * Calculated columns get their formulas later (`tableFormulaSteps`).
 */
export function tableContentSteps(
  sheetOf: () => Excel.Worksheet,
  t: TableLayout,
  band: number,
  exists = false
): WriteStep[] {
  const a = tableArea(t);
  const formats = Array.from({ length: a.rows - 1 }, () => t.columns.map((c) => c.numberFormat));
  const body = t.rows.length > 0 ? t.rows : [t.columns.map(() => null)];
  const grid = [
    t.columns.map((c) => cellInput(c.header)),
    ...body.map((r) =>
      r.map((v, j) =>
        t.columns[j]?.formula ? null : cellInput(v ?? null, t.columns[j]?.numberFormat ?? null)
      )
    ),
  ];
  return [
    ...bandedWrite(formats, band, (first, rows) => {
      sheetOf().getRangeByIndexes(a.row + 1 + first, a.col, rows.length, a.cols).numberFormat =
        rows;
    }),
    ...bandedWrite(grid, band, (first, rows) => {
      sheetOf().getRangeByIndexes(a.row + first, a.col, rows.length, a.cols).values =
        rows as unknown[][];
    }),
    callStep(() => {
      const sheet = sheetOf();
      // A table kept in place (already resized by the rebuild) keeps its identity: only its look is set.
      const table = exists
        ? sheet.tables.getItem(t.name)
        : sheet.tables.add(sheet.getRangeByIndexes(a.row, a.col, a.rows, a.cols), true);
      if (!exists) table.name = t.name;
      table.style = t.style;
      table.showBandedRows = t.showRowStripes;
    }, 5),
  ];
}

/** Steps that write the calculated columns' formulas (banded) and the totals row of a table. */
export function tableFormulaSteps(
  sheetOf: () => Excel.Worksheet,
  t: TableLayout,
  band: number
): WriteStep[] {
  const a = tableArea(t);
  const steps: WriteStep[] = [];
  t.columns.forEach((c, j) => {
    if (!c.formula) return;
    const formula = formulaInput(c.formula);
    const column = Array.from({ length: a.rows - 1 }, () => [formula]);
    steps.push(
      ...bandedWrite(column, band, (first, rows) => {
        sheetOf().getRangeByIndexes(a.row + 1 + first, a.col + j, rows.length, 1).formulas = rows;
      })
    );
  });
  if (t.totalsRow) {
    const totals = t.columns.map((c) =>
      c.totals?.kind === "sum"
        ? totalsSumFormula(c.header)
        : c.totals?.kind === "label"
          ? cellInput(c.totals.text)
          : ""
    );
    steps.push(
      dataStep(
        totals,
        (row) => {
          const table = sheetOf().tables.getItem(t.name);
          table.showTotals = true;
          table.getTotalRowRange().formulas = [row];
        },
        3
      )
    );
  }
  return steps;
}

/**
 * The totals-row sum of a column: `=SUBTOTAL(109,[[Header]])`. The column name sits in double
 * brackets with `[ ] # '` escaped by `'`, as Excel's structured-reference grammar requires
 * ([MS-OE376] 3.2.3.1.1, https://learn.microsoft.com/openspecs/office_standards/ms-oe376/bcd72180-31a3-423b-8f83-d224b2286da3;
 * https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e):
 * `[Сумма [руб.]]` unescaped would end the reference at the first `]`.
 */
export function totalsSumFormula(header: string): string {
  return `=SUBTOTAL(109,[[${escapeColumn(header)}]])`;
}
