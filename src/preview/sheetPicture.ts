import { isoOfSerial } from "../domain/periods";
import { columnLetter } from "../domain/read/a1";
import { readCell, usedRect, type WorkbookModel } from "../testing/excel-double/model";

/** One shown cell of the preview's read-only sheet view. */
export interface PictureCell {
  /** A1 address, e.g. `C5`. */
  readonly address: string;
  /** What the cell shows: its value, or its formula when the double holds no computed value. */
  readonly text: string;
  readonly isFormula: boolean;
  readonly selected: boolean;
}

/** A sheet as the preview shows it: the used range (capped), with column letters and row numbers. */
export interface SheetPicture {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly number: number; readonly cells: readonly PictureCell[] }[];
  /** True when rows or columns beyond the cap were left out. */
  readonly clipped: boolean;
}

/** A plain text for a cell value: dates by their number format, amounts with two decimals. */
export function cellText(value: string | number | boolean | null, numberFormat: string): string {
  if (value === null) return "";
  if (typeof value !== "number") return String(value);
  if (/[dд]/i.test(numberFormat) && /[yг]/i.test(numberFormat)) {
    return isoOfSerial(Math.round(value));
  }
  if (numberFormat.includes("%")) return `${String(Math.round(value * 10_000) / 100)}%`;
  if (numberFormat.includes("0.00")) return value.toFixed(2);
  return String(value);
}

/**
 * The picture of sheet `sheetId` of the double's workbook: from A1 to the used range's far corner,
 * at most `maxRows` × `maxCols`; the workbook's selection is marked when it is on this sheet.
 */
export function sheetPicture(
  model: WorkbookModel,
  sheetId: string,
  maxRows = 150,
  maxCols = 26
): SheetPicture | null {
  const sheet = model.sheets.find((s) => s.id === sheetId);
  if (!sheet) return null;
  const used = usedRect(sheet, true);
  const lastRow = used ? used.row + used.rows : 1;
  const lastCol = used ? used.col + used.cols : 1;
  const rowCount = Math.min(lastRow, maxRows);
  const colCount = Math.min(lastCol, maxCols);
  const sel = model.selection.sheetId === sheetId ? model.selection.rect : null;
  const columns = Array.from({ length: colCount }, (_, c) => columnLetter(c));
  const rows = Array.from({ length: rowCount }, (_, r) => ({
    number: r + 1,
    cells: columns.map((letter, c) => {
      const cell = readCell(sheet, r, c);
      const isFormula = cell.value === null && cell.formula !== null;
      return {
        address: `${letter}${String(r + 1)}`,
        text: isFormula ? (cell.formula ?? "") : cellText(cell.value, cell.numberFormat),
        isFormula,
        selected:
          sel !== null &&
          r >= sel.row &&
          r < sel.row + sel.rows &&
          c >= sel.col &&
          c < sel.col + sel.cols,
      };
    }),
  }));
  return { name: sheet.name, columns, rows, clipped: lastRow > maxRows || lastCol > maxCols };
}
