import { overlaps, type Rect } from "./address";
import { excelError } from "./errors";
import {
  assertSheetEditable,
  cellForWrite,
  mentions,
  readCell,
  rewriteFormulas,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from "./model";
import { renameColumnsInFormula, renameTableInFormula } from "./references";
import { assertDefinedName, sameName } from "./rules";

/**
 * Excel tables in the double. Rules followed (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)):
 * a table has a header row and at least one body row (a header-only range gets
 * an empty body row), headers are unique non-empty texts (Excel renames blanks
 * to `ColumnN` and duplicates to `Name2`), tables never overlap, names are
 * unique among tables and defined names. Tables cannot be added, resized or
 * grown on a protected sheet (AccessDenied).
 */

/** The header row. */
export function headerRect(t: TableModel): Rect {
  return { row: t.rect.row, col: t.rect.col, rows: 1, cols: t.rect.cols };
}

/** Body rows (without header and totals). */
export function bodyRect(t: TableModel): Rect {
  return {
    row: t.rect.row + 1,
    col: t.rect.col,
    rows: t.rect.rows - 1 - (t.showTotals ? 1 : 0),
    cols: t.rect.cols,
  };
}

/** The totals row, or null. */
export function totalsRect(t: TableModel): Rect | null {
  return t.showTotals
    ? { row: t.rect.row + t.rect.rows - 1, col: t.rect.col, rows: 1, cols: t.rect.cols }
    : null;
}

/** Header texts, left to right. */
export function tableHeaders(sheet: SheetModel, t: TableModel): string[] {
  return Array.from({ length: t.rect.cols }, (_, j) =>
    String(readCell(sheet, t.rect.row, t.rect.col + j).value ?? "")
  );
}

/** A table or defined name of that name exists (names share one namespace). */
export function nameTaken(model: WorkbookModel, name: string, except?: TableModel): boolean {
  return (
    model.tables.some((t) => t !== except && sameName(t.name, name)) ||
    model.names.some((n) => sameName(n.name, name))
  );
}

/**
 * Make the header cells of `t` unique, non-empty texts, as Excel does. With `model`, a header that
 * changed text (same columns) renames its column: structured references follow (references.ts).
 */
export function normalizeHeaders(sheet: SheetModel, t: TableModel, model?: WorkbookModel): void {
  const seen = new Set<string>();
  for (let j = 0; j < t.rect.cols; j += 1) {
    const cell = cellForWrite(sheet, t.rect.row, t.rect.col + j);
    let text = cell.value === null || cell.value === "" ? `Column${j + 1}` : String(cell.value);
    if (seen.has(text.toLowerCase())) {
      let n = 2;
      while (seen.has(`${text}${n}`.toLowerCase())) n += 1;
      text = `${text}${n}`;
    }
    seen.add(text.toLowerCase());
    cell.value = text;
    cell.formula = null;
  }
  const now = tableHeaders(sheet, t);
  const before = t.headers;
  if (model && before?.length === now.length) {
    const renames = now.flatMap((name, j) => {
      const from = before[j];
      return from !== undefined && !sameName(from, name) ? [[from, name] as const] : [];
    });
    const table = t.name.toLowerCase();
    if (renames.length > 0)
      rewriteFormulas(model, (f) =>
        f.toLowerCase().includes(table) ? renameColumnsInFormula(f, t.name, new Map(renames)) : f
      );
  }
  t.headers = now;
}

/** After a write to `rect`, fix the headers of tables whose header row it touched. */
export function normalizeHeadersIn(model: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  for (const t of model.tables)
    if (t.sheetId === sheet.id && overlaps(headerRect(t), rect)) normalizeHeaders(sheet, t, model);
}

/** `tables.add(address, true)`. Header-less tables are not modelled (NotImplemented). */
export function addTable(
  model: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  hasHeaders: boolean
): TableModel {
  if (!hasHeaders) throw excelError("NotImplemented", "The double models tables with headers only");
  assertSheetEditable(sheet);
  const full: Rect = rect.rows === 1 ? { ...rect, rows: 2 } : rect;
  if (model.tables.some((t) => t.sheetId === sheet.id && overlaps(t.rect, full)))
    throw excelError("InvalidArgument", "A table cannot overlap another table");
  let n = 1;
  while (nameTaken(model, `Table${n}`)) n += 1;
  const table: TableModel = {
    id: `${model.nextId++}`,
    name: `Table${n}`,
    sheetId: sheet.id,
    rect: full,
    showTotals: false,
    style: "TableStyleMedium2",
    showBandedRows: true,
  };
  model.tables.push(table);
  normalizeHeaders(sheet, table);
  return table;
}

/** Rename a table: name rules (InvalidArgument), unique among tables and names (ItemAlreadyExists). */
export function renameTable(model: WorkbookModel, t: TableModel, name: string): void {
  assertDefinedName(name);
  if (nameTaken(model, name, t))
    throw excelError("ItemAlreadyExists", `A table or name called ${name} already exists`);
  const from = t.name;
  // Excel rewrites structured references to the renamed table (see references.ts).
  rewriteFormulas(model, (f) => (mentions(f, from) ? renameTableInFormula(f, from, name) : f));
  t.name = name;
}

/** `Table.delete()`: the table and its cells' contents go. */
export function deleteTable(model: WorkbookModel, sheet: SheetModel, t: TableModel): void {
  assertSheetEditable(sheet);
  for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r += 1) {
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c += 1)
      sheet.cells.delete(r * 16384 + c);
  }
  model.tables.splice(model.tables.indexOf(t), 1);
}

function assertFree(model: WorkbookModel, sheet: SheetModel, t: TableModel, area: Rect): void {
  if (model.tables.some((o) => o !== t && o.sheetId === sheet.id && overlaps(o.rect, area)))
    throw excelError("InvalidArgument", "A table cannot overlap another table");
  for (let r = area.row; r < area.row + area.rows; r += 1) {
    for (let c = area.col; c < area.col + area.cols; c += 1) {
      const cell = readCell(sheet, r, c);
      // Real Excel shifts the cells below down; the double does not model the shift and refuses instead.
      if (cell.value !== null || cell.formula !== null)
        throw excelError("InsertDeleteConflict", "The double grows a table only into empty cells");
    }
  }
}

/**
 * `TableRowCollection.add(index, values)` at the end: the table grows into the
 * empty cells below; calculated columns (one formula in every body cell) are
 * filled into the new rows, as Excel does.
 */
export function addTableRows(
  model: WorkbookModel,
  sheet: SheetModel,
  t: TableModel,
  count: number
): Rect {
  assertSheetEditable(sheet);
  const body = bodyRect(t);
  const added: Rect = {
    row: body.row + body.rows,
    col: t.rect.col,
    rows: count,
    cols: t.rect.cols,
  };
  const below: Rect = {
    row: t.rect.row + t.rect.rows,
    col: t.rect.col,
    rows: count,
    cols: t.rect.cols,
  };
  assertFree(model, sheet, t, below);
  if (t.showTotals) {
    for (let j = 0; j < t.rect.cols; j += 1) {
      const from = readCell(sheet, t.rect.row + t.rect.rows - 1, t.rect.col + j);
      sheet.cells.set((t.rect.row + t.rect.rows - 1 + count) * 16384 + t.rect.col + j, { ...from });
      sheet.cells.delete((t.rect.row + t.rect.rows - 1) * 16384 + t.rect.col + j);
    }
  }
  for (let j = 0; j < t.rect.cols; j += 1) {
    const formulas = new Set<string | null>();
    for (let i = 0; i < body.rows; i += 1)
      formulas.add(readCell(sheet, body.row + i, body.col + j).formula);
    const template = readCell(sheet, body.row + body.rows - 1, body.col + j);
    for (let i = 0; i < count; i += 1) {
      const cell = cellForWrite(sheet, added.row + i, added.col + j);
      cell.numberFormat = template.numberFormat;
      cell.locked = template.locked;
      cell.look = template.look;
      cell.validation = template.validation;
      const only = formulas.size === 1 ? [...formulas][0] : null;
      if (only) cell.formula = only;
    }
  }
  t.rect = { ...t.rect, rows: t.rect.rows + count };
  return added;
}

/** `Table.resize(range)`: the header row stays where it is; new columns get headers. */
export function resizeTable(
  model: WorkbookModel,
  sheet: SheetModel,
  t: TableModel,
  rect: Rect
): void {
  assertSheetEditable(sheet);
  if (rect.row !== t.rect.row || rect.col !== t.rect.col)
    throw excelError(
      "InvalidArgument",
      "The header row must stay in place when a table is resized"
    );
  if (rect.rows < 2)
    throw excelError("InvalidArgument", "A table needs a header row and at least one body row");
  if (model.tables.some((o) => o !== t && o.sheetId === sheet.id && overlaps(o.rect, rect)))
    throw excelError("InvalidArgument", "A table cannot overlap another table");
  t.rect = rect;
  normalizeHeaders(sheet, t);
}

/** `Table.showTotals = …`: a totals row is added below the body (into an empty row) or removed. */
export function setShowTotals(
  model: WorkbookModel,
  sheet: SheetModel,
  t: TableModel,
  show: boolean
): void {
  if (t.showTotals === show) return;
  assertSheetEditable(sheet);
  if (show) {
    assertFree(model, sheet, t, {
      row: t.rect.row + t.rect.rows,
      col: t.rect.col,
      rows: 1,
      cols: t.rect.cols,
    });
    t.rect = { ...t.rect, rows: t.rect.rows + 1 };
  } else {
    const last = t.rect.row + t.rect.rows - 1;
    for (let j = 0; j < t.rect.cols; j += 1) sheet.cells.delete(last * 16384 + t.rect.col + j);
    t.rect = { ...t.rect, rows: t.rect.rows - 1 };
  }
  t.showTotals = show;
}
