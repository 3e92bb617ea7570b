import type { SnapshotName, SnapshotTable, WorkbookSnapshot } from "../domain/snapshot";
import { parseA1, formatA1 } from "../domain/read/a1";
import { cellOutput } from "./cell-input";

/** What the adapter knows about a sheet besides the snapshot (for transactions and messages). */
export interface SheetState {
  readonly id: string;
  readonly name: string;
  readonly visibility: string;
  readonly protected: boolean;
  readonly protectionOptions: Excel.WorksheetProtectionOptions;
}

/** A defined name as read: its reference formula (`=ActionPlan!$C$5`, `=#REF!`). */
export interface NameState {
  readonly name: string;
  readonly formula: string;
}

/** The read workbook: the snapshot the core checks, plus what a rebuild must restore on failure. */
export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  readonly sheets: readonly SheetState[];
  readonly names: readonly NameState[];
  readonly activeSheet: string;
  /** Syncs this read took. */
  readonly syncs: number;
}

function splitRef(address: string): { sheet: string; local: string } {
  const bang = address.lastIndexOf("!");
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/**
 * Read the whole workbook in two syncs — the first learns what exists
 * (sheets, tables, names: collections cannot be navigated before they are
 * loaded), the second loads every table's range and every name's cell in one
 * request. Office.js's `""` for empty cells becomes null. Pure reads: nothing
 * is written.
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name, items/id, items/visibility");
  const tables = wb.tables.load("items/name, items/worksheet/name");
  const names = wb.names.load("items/name, items/type, items/formula");
  const active = wb.worksheets.getActiveWorksheet().load("name");
  await context.sync();

  const protections = sheets.items.map((s) => s.protection.load("protected, options"));
  const tableRanges = tables.items.map((t) => ({
    table: t,
    range: t.getRange().load("address, values"),
  }));
  const nameRanges = names.items.map((n) => ({
    item: n,
    range: n.type === "Range" ? n.getRangeOrNullObject().load("address, values") : null,
  }));
  await context.sync();

  const snapTables: SnapshotTable[] = tableRanges.map(({ table, range }) => {
    const [header = [], ...body] = range.values;
    return {
      name: table.name,
      sheet: table.worksheet.name,
      address: splitRef(range.address).local,
      headers: header.map((h) => String(h)),
      rows: body.map((row) => row.map(cellOutput)),
    };
  });
  const snapNames: SnapshotName[] = nameRanges.map(({ item, range }) => {
    if (!range || range.isNullObject)
      return { name: item.name, sheet: null, address: null, value: null };
    const ref = splitRef(range.address);
    const top = parseA1(ref.local);
    return {
      name: item.name,
      sheet: ref.sheet,
      address: top ? formatA1(top) : null,
      value: cellOutput(range.values[0]?.[0]),
    };
  });
  return {
    snapshot: {
      sheets: sheets.items.map((s) => ({ name: s.name, visible: s.visibility === "Visible" })),
      names: snapNames,
      tables: snapTables,
    },
    sheets: sheets.items.map((s, i) => ({
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      protected: protections[i]?.protected ?? false,
      protectionOptions: protections[i]?.options ?? {},
    })),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
    activeSheet: active.name,
    syncs: 2,
  };
}
