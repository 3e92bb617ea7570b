import { formatA1, parseA1 } from "../../domain/read/a1";
import type { CellValue } from "../../domain/values";
import type { SheetLayout, TableLayout, WorkbookLayout } from "../../layout/types";

/** The layout with its Config sheet taken from another layout: a SKAM edited the Config and has not applied it yet. */
export function withConfigSheetOf(layout: WorkbookLayout, source: WorkbookLayout): WorkbookLayout {
  const config = source.sheets.find((s) => s.name === "Config");
  if (!config) throw new Error("source has no Config sheet");
  return { ...layout, sheets: layout.sheets.map((s) => (s.name === "Config" ? config : s)) };
}

/** Edit the body rows of one table (by name) through a function of its headers and rows. */
export function editTableRows(
  layout: WorkbookLayout,
  table: string,
  edit: (
    headers: readonly string[],
    rows: readonly (readonly CellValue[])[]
  ) => readonly (readonly CellValue[])[]
): WorkbookLayout {
  return mapTables(layout, (t) =>
    t.name === table
      ? {
          ...t,
          rows: edit(
            t.columns.map((c) => c.header),
            t.rows
          ),
        }
      : t
  );
}

function mapTables(
  layout: WorkbookLayout,
  map: (table: TableLayout, sheet: SheetLayout) => TableLayout
): WorkbookLayout {
  return {
    ...layout,
    sheets: layout.sheets.map((sheet) => ({
      ...sheet,
      tables: sheet.tables.map((t) => map(t, sheet)),
    })),
  };
}

function shiftAddress(address: string, rows: number, cols: number): string {
  return address
    .split(":")
    .map((part) => {
      const at = parseA1(part);
      return at ? formatA1({ row: at.row + rows, col: at.col + cols }) : part;
    })
    .join(":");
}

/**
 * What a person does by inserting `rows` rows above everything on a sheet and
 * `cols` columns left of it: every cell, table, validation and defined name
 * on the sheet moves. Formulas are not rewritten (the readers never read
 * them; a test of computed values must not use this).
 */
export function shiftSheet(
  layout: WorkbookLayout,
  sheetName: string,
  rows: number,
  cols: number
): WorkbookLayout {
  const move = (address: string): string => shiftAddress(address, rows, cols);
  return {
    ...layout,
    sheets: layout.sheets.map((sheet) =>
      sheet.name !== sheetName
        ? sheet
        : {
            ...sheet,
            cells: sheet.cells.map((c) => ({ ...c, address: move(c.address) })),
            tables: sheet.tables.map((t) => ({ ...t, topLeft: move(t.topLeft) })),
            validations: sheet.validations.map((v) => ({
              ...v,
              range: v.range.split(" ").map(move).join(" "),
            })),
            merges: sheet.merges.map(move),
          }
    ),
    names: layout.names.map((n) =>
      n.sheet === sheetName ? { ...n, address: move(n.address) } : n
    ),
  };
}

/** Move one table (and nothing else) by `rows` / `cols`: a block a person cut and pasted elsewhere. */
export function moveTable(
  layout: WorkbookLayout,
  table: string,
  rows: number,
  cols: number
): WorkbookLayout {
  return mapTables(layout, (t) =>
    t.name === table ? { ...t, topLeft: shiftAddress(t.topLeft, rows, cols) } : t
  );
}

/** Add an input column a person typed next to a table's columns (with a value per body row). */
export function addTableColumn(
  layout: WorkbookLayout,
  table: string,
  header: string,
  values: readonly CellValue[]
): WorkbookLayout {
  return mapTables(layout, (t) =>
    t.name !== table
      ? t
      : {
          ...t,
          columns: [
            ...t.columns,
            {
              key: header,
              header,
              formula: null,
              numberFormat: "General",
              locked: false,
              style: "input",
              totals: null,
            },
          ],
          rows: t.rows.map((row, i) => [...row, values[i] ?? null]),
        }
  );
}
