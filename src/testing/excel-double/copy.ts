import { MAX_COL, MAX_ROW } from "../../domain/read/a1";
import { contains, parseAddress, type Rect } from "./address";
import { offsetFormula, type Shift } from "./a1-shift";
import { excelError } from "./errors";
import {
  addSheet,
  assertCellsWritable,
  assertStructureEditable,
  emptyCell,
  sheetByName,
  type CellModel,
  type SheetModel,
  type WorkbookModel,
} from "./model";
import { renameTableInFormula } from "./references";
import { nameTaken, normalizeHeadersIn } from "./tables";

/** What a range resolves to (range.ts's RangeTarget, repeated to keep this module below range.ts). */
interface Place {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** The Shift of `Range.insert` (`sign` 1) or `Range.delete` (`sign` −1) on `t` in `direction`. */
export function structuralShift(t: Place, direction: string, sign: 1 | -1): Shift {
  const wholeRows = t.rect.col === 0 && t.rect.cols === MAX_COL + 1;
  const wholeCols = t.rect.row === 0 && t.rect.rows === MAX_ROW + 1;
  const down = direction === "Down" || direction === "Up";
  if (!down && direction !== "Right" && direction !== "Left")
    throw excelError("InvalidArgument", `Unknown shift direction ${direction}`);
  if (down)
    return {
      sheet: t.sheet.name,
      axis: "row",
      at: t.rect.row,
      count: sign * t.rect.rows,
      band: wholeRows ? null : { from: t.rect.col, to: t.rect.col + t.rect.cols - 1 },
    };
  return {
    sheet: t.sheet.name,
    axis: "col",
    at: t.rect.col,
    count: sign * t.rect.cols,
    band: wholeCols ? null : { from: t.rect.row, to: t.rect.row + t.rect.rows - 1 },
  };
}

/** A `copyFrom` source given as an address (`Sheet!A1:B2`, or on the destination's sheet). */
export function resolveSourceAddress(
  model: WorkbookModel,
  destination: SheetModel,
  address: string
): Place {
  const parsed = parseAddress(address);
  const sheet = parsed.sheet === null ? destination : sheetByName(model, parsed.sheet);
  if (!sheet) throw excelError("InvalidArgument", `${address} is not on a sheet of the workbook`);
  return { sheet, rect: parsed.rect };
}

/** Copy cells as `Range.copyFrom` does (see DoubleRange.copyFrom). */
export function copyCells(model: WorkbookModel, from: Place, to: Place, copyType: string): void {
  const target: Rect = {
    row: to.rect.row,
    col: to.rect.col,
    rows: from.rect.rows,
    cols: from.rect.cols,
  };
  const contents = copyType === "All" || copyType === "Formulas" || copyType === "Values";
  const formats = copyType === "All" || copyType === "Formats";
  if (contents) assertCellsWritable(to.sheet, target);
  const dr = target.row - from.rect.row;
  const dc = target.col - from.rect.col;
  const copies: [number, CellModel | null][] = [];
  for (let r = 0; r < from.rect.rows; r += 1)
    for (let c = 0; c < from.rect.cols; c += 1) {
      const src = from.sheet.cells.get((from.rect.row + r) * 16384 + from.rect.col + c);
      copies.push([(target.row + r) * 16384 + target.col + c, src ? structuredClone(src) : null]);
    }
  for (const [key, src] of copies) {
    const existing = to.sheet.cells.get(key);
    const cell = existing ?? emptyCell();
    if (contents) {
      cell.value = copyType === "Values" && src?.formula ? null : (src?.value ?? null);
      cell.formula =
        copyType === "Values" || !src?.formula
          ? null
          : offsetFormula(src.formula, to.sheet.name, dr, dc);
    }
    if (formats) {
      cell.numberFormat = src?.numberFormat ?? "General";
      cell.locked = src?.locked ?? true;
      if (src) cell.look = src.look;
    }
    if (copyType === "All") cell.validation = src?.validation ?? null;
    to.sheet.cells.set(key, cell);
  }
  if (copyType === "All" || copyType === "Formats") {
    for (const cf of from.sheet.conditionalFormats) {
      if (!contains(from.rect, cf.rect)) continue;
      to.sheet.conditionalFormats.push({
        ...structuredClone(cf),
        id: `cf-${model.nextId++}`,
        rect: { ...cf.rect, row: cf.rect.row + dr, col: cf.rect.col + dc },
      });
    }
  }
  if (contents) normalizeHeadersIn(model, to.sheet, target);
}

/** `{Name} (2)`, `(3)`, … as Excel names a copied sheet (31 characters kept). */
function copyName(model: WorkbookModel, name: string): string {
  for (let n = 2; ; n += 1) {
    const suffix = ` (${String(n)})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!sheetByName(model, candidate)) return candidate;
  }
}

/**
 * `Worksheet.copy(positionType, relativeTo)` (ExcelApi 1.10,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-copy-member(1)):
 * a new sheet `Name (2)` with the source's cells, formats, validations, conditional formats, merges,
 * column widths, freeze panes, protection, visibility and charts. Its tables are copies under new names
 * (the name with the next free number, as Excel names a copied table), and formulas on the copy that used
 * the source's tables use the copies. References elsewhere in the workbook keep pointing at the source: a
 * copy steals nothing. (Sheet-scoped duplicates of defined names, which Excel may create on the copy, are
 * not modelled.)
 */
export function copySheet(
  model: WorkbookModel,
  source: SheetModel,
  position: string,
  relativeTo: SheetModel | null
): SheetModel {
  assertStructureEditable(model);
  const copy = addSheet(model, copyName(model, source.name));
  model.sheets.splice(model.sheets.indexOf(copy), 1);
  const at =
    position === "Beginning" || position === "None"
      ? 0
      : position === "End"
        ? model.sheets.length
        : relativeTo
          ? model.sheets.indexOf(relativeTo) + (position === "After" ? 1 : 0)
          : model.sheets.length;
  model.sheets.splice(at, 0, copy);
  for (const [key, cell] of source.cells) copy.cells.set(key, structuredClone(cell));
  copy.visibility = source.visibility;
  copy.protection = structuredClone(source.protection);
  copy.freeze = { ...source.freeze };
  for (const [c, w] of source.columnWidths) copy.columnWidths.set(c, w);
  if (source.hiddenRows) copy.hiddenRows = new Set(source.hiddenRows);
  copy.merges.push(...source.merges.map((m) => ({ ...m })));
  for (const cf of source.conditionalFormats)
    copy.conditionalFormats.push({ ...structuredClone(cf), id: `cf-${model.nextId++}` });
  for (const chart of source.charts)
    copy.charts.push({
      ...structuredClone(chart),
      id: `chart-${model.nextId++}`,
      source:
        chart.source.sheetId === source.id
          ? { sheetId: copy.id, rect: chart.source.rect }
          : chart.source,
    });
  const renames: [string, string][] = [];
  for (const t of model.tables.filter((x) => x.sheetId === source.id)) {
    let n = 2;
    while (nameTaken(model, `${t.name}${String(n)}`)) n += 1;
    const name = `${t.name}${String(n)}`;
    model.tables.push({
      ...t,
      id: `${model.nextId++}`,
      name,
      sheetId: copy.id,
      rect: { ...t.rect },
    });
    renames.push([t.name, name]);
  }
  for (const cell of copy.cells.values())
    if (cell.formula !== null)
      cell.formula = renames.reduce(
        (f, [from, to]) => renameTableInFormula(f, from, to),
        cell.formula
      );
  return copy;
}
