import type { WorkbookSnapshot } from "../../domain/snapshot";
import type { CellValue } from "../../domain/values";
import { parseAddress, rectA1 } from "./address";
import { readValues } from "./cells";
import {
  addSheet,
  cellForWrite,
  newWorkbook,
  readCell,
  sheetByName,
  type WorkbookModel,
} from "./model";
import { addName } from "./names";
import { addTable, bodyRect, tableHeaders } from "./tables";

function put(
  model: WorkbookModel,
  sheetName: string,
  row: number,
  col: number,
  value: CellValue
): void {
  const sheet = sheetByName(model, sheetName);
  if (!sheet) throw new Error(`Snapshot refers to a missing sheet ${sheetName}`);
  const cell = cellForWrite(sheet, row, col);
  cell.value = value;
  cell.formula = null;
}

/**
 * A workbook model holding what a snapshot describes: its sheets (in order,
 * with visibility), tables (headers and rows at their addresses) and names
 * (pointing at their cells, holding their values). Broken names (null sheet)
 * are kept as `#REF!`. Formats, validations and protection are not in a
 * snapshot: cells are unlocked-by-default-free `General` cells.
 */
export function modelFromSnapshot(snapshot: WorkbookSnapshot): WorkbookModel {
  const model = newWorkbook(snapshot.sheets[0]?.name ?? "Sheet1");
  const first = model.sheets[0];
  if (first && snapshot.sheets[0] && !snapshot.sheets[0].visible) first.visibility = "Hidden";
  for (const s of snapshot.sheets.slice(1)) {
    const sheet = addSheet(model, s.name);
    if (!s.visible) sheet.visibility = "Hidden";
  }
  for (const t of snapshot.tables) {
    const sheet = sheetByName(model, t.sheet);
    if (!sheet) throw new Error(`Table ${t.name} is on a missing sheet ${t.sheet}`);
    const { rect } = parseAddress(t.address);
    t.headers.forEach((h, j) => put(model, t.sheet, rect.row, rect.col + j, h));
    t.rows.forEach((row, i) =>
      row.forEach((v, j) => put(model, t.sheet, rect.row + 1 + i, rect.col + j, v))
    );
    const table = addTable(
      model,
      sheet,
      {
        row: rect.row,
        col: rect.col,
        rows: Math.max(1 + t.rows.length, 2),
        cols: t.headers.length,
      },
      true
    );
    table.name = t.name;
  }
  for (const n of snapshot.names) {
    if (n.sheet === null || n.address === null) {
      model.names.push({
        name: n.name,
        sheetId: null,
        rect: { row: 0, col: 0, rows: 1, cols: 1 },
        comment: "",
        visible: true,
      });
      continue;
    }
    const sheet = sheetByName(model, n.sheet);
    if (!sheet) throw new Error(`Name ${n.name} is on a missing sheet ${n.sheet}`);
    const { rect } = parseAddress(n.address);
    put(model, n.sheet, rect.row, rect.col, n.value);
    addName(model, n.name, sheet.id, rect, "");
  }
  return model;
}

/** Excel's `""` for an empty cell is the snapshot's null. */
function plain(v: string | number | boolean): CellValue {
  return v === "" ? null : v;
}

/**
 * The snapshot of the model, as the Office.js reader would produce it
 * (formula cells hold their cached value, which the double leaves empty).
 */
export function snapshotOfModel(model: WorkbookModel): WorkbookSnapshot {
  return {
    sheets: model.sheets.map((s) => ({ name: s.name, visible: s.visibility === "Visible" })),
    names: model.names.map((n) => {
      const sheet = model.sheets.find((s) => s.id === n.sheetId);
      return sheet
        ? {
            name: n.name,
            sheet: sheet.name,
            address: rectA1({ ...n.rect, rows: 1, cols: 1 }),
            value: readCell(sheet, n.rect.row, n.rect.col).value,
          }
        : { name: n.name, sheet: null, address: null, value: null };
    }),
    tables: model.tables.map((t) => {
      const sheet = model.sheets.find((s) => s.id === t.sheetId);
      if (!sheet) throw new Error(`Table ${t.name} has no sheet`);
      return {
        name: t.name,
        sheet: sheet.name,
        address: rectA1(t.rect),
        headers: tableHeaders(sheet, t),
        rows: readValues(sheet, bodyRect(t)).map((r) => r.map(plain)),
      };
    }),
  };
}
