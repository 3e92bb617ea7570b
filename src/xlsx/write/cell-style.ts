import type { Cell } from "exceljs";
import { CELL_STYLES } from "../../layout/styles";
import type { CellStyle } from "../../layout/types";

/**
 * Give an exceljs cell the look of a layout cell style (styles.ts palette),
 * its number format and its lock. Cells are locked by default in Excel; only
 * unlocked ones are marked.
 */
export function styleCell(
  cell: Cell,
  style: CellStyle,
  numberFormat: string,
  locked: boolean
): void {
  const look = CELL_STYLES[style];
  cell.font = {
    bold: look.bold,
    italic: look.italic,
    size: look.size,
    color: { argb: `FF${look.color}` },
  };
  if (look.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${look.fill}` } };
  cell.alignment = { vertical: "top", wrapText: look.wrap };
  if (numberFormat !== "General") cell.numFmt = numberFormat;
  cell.protection = { locked };
}
