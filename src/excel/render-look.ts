import { columnIndex } from "../domain/read/a1";
import { CELL_STYLES } from "../layout/styles";
import type { CellStyle, SheetLayout } from "../layout/types";
import { callStep, type WriteStep } from "./chunks";
import { tableArea } from "./render-table";
import { columnRuns } from "./runs";

/** Excel column width in characters → points (7 px per character + 5 px padding, 0.75 pt per px). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function applyLook(range: Excel.Range, style: CellStyle): void {
  const look = CELL_STYLES[style];
  range.format.font.bold = look.bold;
  range.format.font.italic = look.italic;
  range.format.font.size = look.size;
  range.format.font.color = `#${look.color}`;
  if (look.fill) range.format.fill.color = `#${look.fill}`;
  range.format.wrapText = look.wrap;
}

/** Steps for the locked flags, looks, widths and frozen panes of one sheet (one property per range: small whatever the size). */
export function lookSteps(sheetOf: () => Excel.Worksheet, s: SheetLayout): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const run of columnRuns(
    s.cells,
    (c) => c.address,
    (c) => `${c.locked}|${c.style}`
  )) {
    steps.push(
      callStep(() => {
        const range = sheetOf().getRange(run.address);
        if (!run.items[0]?.locked) range.format.protection.locked = false;
        if (run.items[0] && run.items[0].style !== "plain") applyLook(range, run.items[0].style);
      }, 8)
    );
  }
  for (const t of s.tables) {
    const a = tableArea(t);
    t.columns.forEach((c, j) => {
      steps.push(
        callStep(() => {
          const body = sheetOf().getRangeByIndexes(a.row + 1, a.col + j, a.rows - 1, 1);
          if (!c.locked) body.format.protection.locked = false;
          if (c.style !== "plain") applyLook(body, c.style);
        }, 8)
      );
    });
  }
  steps.push(
    callStep(() => {
      const sheet = sheetOf();
      for (const w of s.columnWidths) {
        const col = columnIndex(w.column);
        if (col !== null)
          sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = widthPoints(w.width);
      }
      const { rows, columns } = s.freeze;
      if (rows > 0 && columns > 0)
        sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
      else if (rows > 0) sheet.freezePanes.freezeRows(rows);
      else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
    }, s.columnWidths.length + 1)
  );
  return steps;
}
