import { MAX_COL, MAX_ROW } from "../../domain/read/a1";
import { overlaps, type Rect } from "./address";
import { inBand, shiftFormula, shiftSpan, type Shift } from "./a1-shift";
import { excelError } from "./errors";
import {
  assertSheetEditable,
  rewriteFormulas,
  type CellModel,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from "./model";
import { deleteSheetInFormula } from "./references";

/**
 * Inserting and deleting cells of a sheet, as Excel does it
 * (`Range.insert(shift)`, `Range.delete(shift)`,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1) and
 * #excel-excel-range-delete-member(1); the user-level rules:
 * https://support.microsoft.com/office/insert-or-delete-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246).
 * The cells move; so do tables, defined names, merged areas, conditional formats and chart sources on that
 * sheet; every formula of every sheet that refers to the moved cells follows them (a1-shift.ts), and a
 * reference to a deleted cell becomes `#REF!`.
 *
 * Tables: whole rows inserted inside a table's body grow it, deleted ones shrink it, and deleting every row
 * of a table deletes it (its structured references become `#REF!`). A partial shift that would cut through
 * a table is refused with InvalidOperation, as Excel refuses it ("This operation is not allowed. The
 * operation is attempting to shift cells in a table on your worksheet",
 * https://support.microsoft.com/office/fix-the-operation-is-attempting-to-shift-cells-in-a-table-on-your-worksheet-error-4ee01e6b-9ea2-4d8b-9f3f-21ba6c7f0c2a).
 */

/** The rectangle after the shift, or null when every cell of it was deleted. */
export function shiftRect(rect: Rect, shift: Shift): Rect | null {
  const rows = shift.axis === "row";
  const [o1, o2] = rows
    ? [rect.col, rect.col + rect.cols - 1]
    : [rect.row, rect.row + rect.rows - 1];
  if (!inBand(o1, o2, shift)) return rect;
  const [p1, p2] = rows
    ? [rect.row, rect.row + rect.rows - 1]
    : [rect.col, rect.col + rect.cols - 1];
  const span = shiftSpan(p1, p2, shift);
  if (!span) return null;
  return rows
    ? { ...rect, row: span[0], rows: span[1] - span[0] + 1 }
    : { ...rect, col: span[0], cols: span[1] - span[0] + 1 };
}

/** Whether the (partial) shift cuts through `rect` along the other axis: part of it inside the band, part outside. */
function cuts(rect: Rect, shift: Shift): boolean {
  if (shift.band === null) return false;
  const rows = shift.axis === "row";
  const [o1, o2] = rows
    ? [rect.col, rect.col + rect.cols - 1]
    : [rect.row, rect.row + rect.rows - 1];
  const [p2] = rows ? [rect.row + rect.rows - 1] : [rect.col + rect.cols - 1];
  const touches = o2 >= shift.band.from && o1 <= shift.band.to;
  const inside = o1 >= shift.band.from && o2 <= shift.band.to;
  // Only a table at or after the shift's position moves.
  return touches && !inside && p2 >= shift.at;
}

/** The permission a protected sheet needs for this shift. */
function permission(shift: Shift): keyof Excel.WorksheetProtectionOptions {
  if (shift.axis === "row") return shift.count > 0 ? "allowInsertRows" : "allowDeleteRows";
  return shift.count > 0 ? "allowInsertColumns" : "allowDeleteColumns";
}

/**
 * Apply `shift` to `sheet`. `skipTable`: a table whose rectangle the caller adjusts itself (a table column
 * added or deleted through `Table.columns`).
 */
export function shiftCells(
  model: WorkbookModel,
  sheet: SheetModel,
  shift: Shift,
  skipTable: TableModel | null = null
): void {
  assertSheetEditable(sheet, permission(shift));
  const rows = shift.axis === "row";
  const tables = model.tables.filter((t) => t.sheetId === sheet.id && t !== skipTable);
  for (const t of tables) {
    if (cuts(t.rect, shift))
      throw excelError(
        "InvalidOperation",
        "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet."
      );
  }
  if (shift.count < 0) {
    // A deleted range that holds a table's header row but not the whole table: Excel refuses.
    const gone: Rect = rows
      ? bandRect(shift, 0, MAX_COL)
      : {
          row: shift.band?.from ?? 0,
          col: shift.at,
          rows: bandSize(shift, MAX_ROW),
          cols: -shift.count,
        };
    for (const t of tables) {
      const header: Rect = { row: t.rect.row, col: t.rect.col, rows: 1, cols: t.rect.cols };
      const whole = shiftRect(t.rect, shift) === null;
      if (rows && overlaps(header, gone) && !whole)
        throw excelError("InvalidOperation", "A table's header row cannot be deleted on its own");
    }
  }
  // Cells.
  const moved = new Map<number, CellModel>();
  for (const [key, cell] of sheet.cells) {
    const r = Math.floor(key / 16384);
    const c = key % 16384;
    const at = shiftRect({ row: r, col: c, rows: 1, cols: 1 }, shift);
    if (!at) continue;
    if (at.row > MAX_ROW || at.col > MAX_COL) {
      if (cell.value !== null || cell.formula !== null)
        throw excelError("InvalidOperation", "The insert would push non-empty cells off the sheet");
      continue;
    }
    moved.set(at.row * 16384 + at.col, cell);
  }
  sheet.cells.clear();
  for (const [key, cell] of moved) sheet.cells.set(key, cell);
  // Tables: whole rows inside the body grow or shrink it; a table whose every row goes is deleted.
  const deletedTables: string[] = [];
  for (const t of tables) {
    const next = shiftRect(t.rect, shift);
    if (!next) {
      deletedTables.push(t.name);
      model.tables.splice(model.tables.indexOf(t), 1);
      continue;
    }
    // An insertion at the header row moves the table; one just below it does not grow it.
    t.rect = next;
  }
  // Hidden rows move with whole rows inserted or deleted (a deleted hidden row is gone).
  if (rows && shift.band === null && sheet.hiddenRows) {
    const hidden = [...sheet.hiddenRows].flatMap((r) => {
      const at = shiftRect({ row: r, col: 0, rows: 1, cols: 1 }, shift);
      return at && at.row <= MAX_ROW ? [at.row] : [];
    });
    sheet.hiddenRows = new Set(hidden);
  }
  // Merges and conditional formats.
  const merges = sheet.merges.flatMap((m) => {
    const r = shiftRect(m, shift);
    return r ? [r] : [];
  });
  sheet.merges.splice(0, sheet.merges.length, ...merges);
  const formats = sheet.conditionalFormats.flatMap((cf) => {
    const r = shiftRect(cf.rect, shift);
    return r ? [{ ...cf, rect: r }] : [];
  });
  sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...formats);
  // Names and chart sources on this sheet (they hold the sheet by id).
  for (const n of model.names) {
    if (n.sheetId !== sheet.id) continue;
    const r = shiftRect(n.rect, shift);
    if (r) n.rect = r;
    else n.sheetId = null;
  }
  for (const s of model.sheets)
    for (const chart of s.charts) {
      if (chart.source.sheetId !== sheet.id) continue;
      const r = shiftRect(chart.source.rect, shift);
      if (r) Object.assign(chart, { source: { sheetId: sheet.id, rect: r } });
    }
  // Formulas of every sheet, validations and conditional-format formulas.
  const needle = shift.sheet.toLowerCase();
  rewriteFormulasOnSheets(model, (f, host) =>
    host === shift.sheet || f.toLowerCase().includes(needle) ? shiftFormula(f, host, shift) : f
  );
  if (deletedTables.length > 0)
    rewriteFormulas(model, (f) => deleteSheetInFormula(f, "\u0000", deletedTables));
}

function bandSize(shift: Shift, max: number): number {
  return shift.band ? shift.band.to - shift.band.from + 1 : max + 1;
}

function bandRect(shift: Shift, from: number, to: number): Rect {
  return {
    row: shift.at,
    col: shift.band?.from ?? from,
    rows: -shift.count,
    cols: shift.band ? bandSize(shift, to) : to - from + 1,
  };
}

/** `rewriteFormulas` with the formula's own sheet (A1 references without a prefix are on it). */
export function rewriteFormulasOnSheets(
  model: WorkbookModel,
  rewrite: (formula: string, host: string) => string
): void {
  const probe: WorkbookModel = { ...model, sheets: [] };
  for (const sheet of model.sheets) {
    const one = (f: string): string => rewrite(f, sheet.name);
    probe.sheets.splice(0, 1, sheet);
    rewriteFormulas(probe, one);
  }
}
