import type { SnapshotName, SnapshotTable, WorkbookSnapshot } from "../domain/snapshot";
import { parseA1, formatA1 } from "../domain/read/a1";
import { SHEET } from "../layout/sheets";
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
  /** The active worksheet, or null when a chart sheet is active (Excel then has no active worksheet). */
  readonly activeSheet: string | null;
  /** `Workbook.protection.protected`: the structure is protected, sheets cannot be added, renamed or deleted. */
  readonly workbookProtected: boolean;
  /** Syncs this read took. */
  readonly syncs: number;
  /** The used range (values only) of the sheets asked for in `ReadOptions.sheetCells`: address and formulas. */
  readonly sheetCells?: ReadonlyMap<string, SheetCells>;
  /** The charts' names of those sheets. */
  readonly sheetCharts?: ReadonlyMap<string, readonly string[]>;
}

/** A sheet's used range as read: its address (`A1:K40`, no sheet) and `formulas` (constants as values). */
export interface SheetCells {
  readonly address: string;
  readonly formulas: readonly (readonly (string | number | boolean)[])[];
}

/** Options of `readWorkbook` (tests lower the first band to exercise the chunked path). */
export interface ReadOptions {
  /** Cells per request when table values are read in bands (default 100,000; halved while Excel refuses). */
  readonly bandCells?: number;
  /** Sheets whose used range (address and formulas) to read too, in the same request (an in-place rebuild needs them). */
  readonly sheetCells?: readonly string[];
  /**
   * Read the used range of every other sheet too (the user's own sheets): an in-place rebuild points their
   * formulas into cells it archives at the Archive (archived-references.ts), and puts them back on failure.
   */
  readonly otherSheetCells?: boolean;
}

/** Cells per request of the first banded read: ~2 MB at 20 bytes a cell, under Excel on the web's 5 MB response cap. */
export const READ_BAND_CELLS = 100_000;

/** The sheets whose tables' formulas are read (the plan's computed cells live there). */
const PLAN_SHEETS: ReadonlySet<string> = new Set(["ActionPlan", "Dossier"]);

/** A cell of `Range.formulas` as the snapshot has it: the formula without `=`, or null for a constant or an empty cell. */
function formulaOutput(cell: unknown): string | null {
  return typeof cell === "string" && cell.startsWith("=") && cell.length > 1 ? cell.slice(1) : null;
}

function splitRef(address: string): { sheet: string; local: string } {
  const bang = address.lastIndexOf("!");
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

type Grid = (string | number | boolean)[][];

/** The error codes with which Excel refuses a request or response that is too large. */
function tooLarge(error: unknown): boolean {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Queue the first request: sheets, tables, names, workbook protection and (unless `withActive` is
 * false) the active worksheet.
 */
function queueStructure(context: Excel.RequestContext, withActive: boolean) {
  const wb = context.workbook;
  return {
    sheets: wb.worksheets.load("items/name, items/id, items/visibility"),
    tables: wb.tables.load("items/name, items/worksheet/name"),
    names: wb.names.load("items/name, items/type, items/formula"),
    protection: wb.protection.load("protected"),
    active: withActive ? wb.worksheets.getActiveWorksheet().load("name") : null,
  };
}

/**
 * Read the whole workbook in two syncs — the first learns what exists
 * (sheets, tables, names: collections cannot be navigated before they are
 * loaded), the second loads every table's range and every name's cell in one
 * request. Office.js's `""` for empty cells becomes null. Pure reads: nothing
 * is written.
 *
 * Excel's limits, met without costing the normal case a sync:
 * - `getActiveWorksheet()` fails while a chart sheet is active
 *   (https://github.com/OfficeDev/office-js/issues/2444): the first request is sent again without it
 *   and `activeSheet` is null;
 * - Excel on the web caps a response at 5 MB (RichApi.Error) and a get of more than five million cells
 *   may return `values` as `null` instead of failing
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices;
 *   https://github.com/OfficeDev/office-js/issues/6781): when either happens, table values are read
 *   again in row bands (`readInBands`), as the writes are chunked (chunks.ts).
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<WorkbookRead> {
  let syncs = 1;
  let first = queueStructure(context, true);
  try {
    await context.sync();
  } catch {
    syncs += 1;
    first = queueStructure(context, false);
    await context.sync();
  }
  const { sheets, tables, names, protection, active } = first;

  const protections = sheets.items.map((s) => s.protection.load("protected, options"));
  const wantedCells = new Set((options.sheetCells ?? []).map((n) => n.toLowerCase()));
  const queueCells = () =>
    sheets.items
      .filter(
        (s) =>
          wantedCells.has(s.name.toLowerCase()) ||
          (options.otherSheetCells === true && !s.name.startsWith("~"))
      )
      .map((s) => ({
        name: s.name,
        range: s.getUsedRangeOrNullObject(true).load("address, formulas"),
        charts: s.charts.load("items/name"),
      }));
  let cellLoads = queueCells();
  const tableRanges = tables.items.map((t) => t.getRange().load("address, rowCount, columnCount"));
  const valueLoads = tableRanges.map((r) => r.load("values"));
  // Formulas of the plan sheets' tables and of the names' cells: FORMULA_OVERWRITTEN (spec §8).
  // A sheet whose used range is read has its tables' formulas there: not asked twice (a large plan's
  // response stays under Excel on the web's cap, as before the in-place rebuild read the used ranges).
  const usedRead = new Set(cellLoads.map((c) => c.name));
  const formulaLoads = tables.items.map((t, i) =>
    PLAN_SHEETS.has(t.worksheet.name) && !usedRead.has(t.worksheet.name)
      ? (tableRanges[i]?.load("formulas") ?? null)
      : null
  );
  const nameRanges = names.items.map((n) =>
    n.type === "Range" ? n.getRangeOrNullObject().load("address, values, formulas") : null
  );
  let grids: (Grid | null)[];
  try {
    await context.sync();
    syncs += 1;
    // `values` is null when Excel declined a too-large get; read those tables in bands.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- Excel returns null here (see above)
    grids = valueLoads.map((r) => (r.values === null ? null : r.values));
  } catch (error) {
    if (!tooLarge(error)) throw error;
    syncs += 1;
    // Nothing of the refused request arrived: the same loads without any table values.
    tables.items.forEach((t, i) => {
      tableRanges[i] = t.getRange().load("address, rowCount, columnCount");
    });
    sheets.items.forEach((s, i) => {
      protections[i] = s.protection.load("protected, options");
    });
    names.items.forEach((n, i) => {
      nameRanges[i] =
        n.type === "Range" ? n.getRangeOrNullObject().load("address, values, formulas") : null;
    });
    cellLoads = queueCells();
    await context.sync();
    syncs += 1;
    grids = tableRanges.map(() => null);
    formulaLoads.fill(null);
  }
  let bandFormulas: readonly (Grid | null)[] = [];
  if (grids.some((g) => g === null)) {
    const banded = await readInBands(
      context,
      tables.items,
      tableRanges,
      grids,
      options.bandCells ?? READ_BAND_CELLS,
      tables.items.map((t) => PLAN_SHEETS.has(t.worksheet.name))
    );
    grids = banded.grids;
    bandFormulas = banded.formulas;
    syncs += banded.syncs;
  }

  const snapTables: SnapshotTable[] = tables.items.map((table, i) => {
    const [header = [], ...body] = grids[i] ?? [];

    const formulas = (
      bandFormulas[i] ??
      formulaLoads[i]?.formulas ??
      (PLAN_SHEETS.has(table.worksheet.name)
        ? formulasWithin(
            cellLoads.find((c) => c.name === table.worksheet.name)?.range,
            tableRanges[i]?.address
          )
        : undefined)
    )?.slice(1);
    return {
      name: table.name,
      sheet: table.worksheet.name,
      address: splitRef(tableRanges[i]?.address ?? "!").local,
      headers: header.map((h) => String(h)),
      rows: body.map((row) => row.map(cellOutput)),
      ...(formulas && formulas.length === body.length
        ? { formulas: formulas.map((row: unknown[]) => row.map(formulaOutput)) }
        : {}),
    };
  });
  const snapNames: SnapshotName[] = names.items.map((item, i) => {
    const range = nameRanges[i];
    if (!range || range.isNullObject)
      return { name: item.name, sheet: null, address: null, value: null, formula: null };
    const ref = splitRef(range.address);
    const top = parseA1(ref.local);
    return {
      name: item.name,
      sheet: ref.sheet,
      address: top ? formatA1(top) : null,
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- null for a too-large range
      value: cellOutput(range.values?.[0]?.[0]),
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- null for a too-large range
      formula: formulaOutput(range.formulas?.[0]?.[0]),
    };
  });
  return {
    snapshot: {
      sheets: sheets.items.map((s, i) => ({
        name: s.name,
        visible: s.visibility === "Visible",
        // Spec §11: a locked Config stays locked through a rebuild. Office.js shows no password
        // hash (a sheet with a password cannot be unprotected to rebuild it anyway).
        ...(s.name === SHEET.config && protections[i]?.protected === true
          ? { lock: { passwordHash: null } }
          : {}),
      })),
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
    activeSheet: active ? active.name : null,
    workbookProtected: protection.protected,
    syncs,
    sheetCharts: new Map(
      cellLoads.map(({ name, charts }) => [name, charts.items.map((c) => c.name)])
    ),
    sheetCells: new Map(
      cellLoads.map(({ name, range }) => [
        name,
        range.isNullObject
          ? { address: "A1", formulas: [[""]] }
          : { address: splitRef(range.address).local, formulas: range.formulas },
      ])
    ),
  };
}

/** The formulas of `address` (a table's range) cut out of a sheet's used range as read, or undefined. */
function formulasWithin(
  used: Excel.Range | undefined,
  address: string | undefined
): Grid | undefined {
  if (!used || used.isNullObject || address === undefined) return undefined;
  const [from, to] = splitRef(address)
    .local.split(":")
    .map((a) => parseA1(a));
  const origin = parseA1(splitRef(used.address).local.split(":")[0] ?? "");
  const all = (used.formulas as Grid | null) ?? null;
  if (!from || !origin || !all) return undefined;
  const end = to ?? from;
  const grid: Grid = [];
  for (let r = from.row; r <= end.row; r += 1) {
    const line = all[r - origin.row] ?? [];
    const row: Grid[number] = [];
    for (let c = from.col; c <= end.col; c += 1) row.push(line[c - origin.col] ?? "");
    grid.push(row);
  }
  return grid;
}

/** A band of one table's rows still to read. */
interface Band {
  readonly table: number;
  readonly start: number;
  readonly rows: number;
}

/**
 * Read the values of the tables whose grid is null in row bands of at most `bandCells` cells per
 * request (several small bands share a request). A request Excel refuses as too large, or a band that
 * comes back `null`, is retried with half the cells, down to one row a band.
 */
async function readInBands(
  context: Excel.RequestContext,
  tables: readonly Excel.Table[],
  ranges: readonly Excel.Range[],
  grids: readonly (Grid | null)[],
  bandCells: number,
  withFormulas: readonly boolean[]
): Promise<{ grids: Grid[]; formulas: (Grid | null)[]; syncs: number }> {
  const out: Grid[] = grids.map((g, i) => g ?? new Array<Grid[number]>(ranges[i]?.rowCount ?? 0));
  const formulas: (Grid | null)[] = grids.map((g, i) =>
    g === null && withFormulas[i] === true
      ? new Array<Grid[number]>(ranges[i]?.rowCount ?? 0)
      : null
  );
  let cells = Math.max(1, bandCells);
  let syncs = 0;
  const widthOf = (b: Band): number => ranges[b.table]?.columnCount ?? 1;
  const cut = (band: Band): Band[] => {
    const per = Math.max(1, Math.floor(cells / widthOf(band)));
    const parts: Band[] = [];
    for (let r = band.start; r < band.start + band.rows; r += per)
      parts.push({ table: band.table, start: r, rows: Math.min(per, band.start + band.rows - r) });
    return parts;
  };
  let queue = grids.flatMap((g, i) =>
    g === null ? cut({ table: i, start: 0, rows: ranges[i]?.rowCount ?? 0 }) : []
  );
  while (queue.length > 0) {
    const batch: Band[] = [];
    let used = 0;
    while (queue.length > 0) {
      const next = queue[0] as Band;
      const size = next.rows * widthOf(next);
      if (batch.length > 0 && used + size > cells) break;
      batch.push(next);
      used += size;
      queue.shift();
    }
    const loads = batch.map((b) =>
      (tables[b.table] as Excel.Table)
        .getRange()
        .getRow(b.start)
        .getResizedRange(b.rows - 1, 0)
        .load(formulas[b.table] ? "values, formulas" : "values")
    );
    syncs += 1;
    let refused = false;
    try {
      // One request per band on purpose: each must stay under Excel on the web's response cap.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!tooLarge(error)) throw error;
      refused = true;
    }
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- null: Excel declined the get
    if (refused || loads.some((l) => l.values === null)) {
      if (batch.every((b) => b.rows === 1) && cells <= 1)
        throw new Error("Excel refused to return even one row of a table");
      cells = Math.max(1, Math.floor(cells / 2));
      queue = [...batch.flatMap(cut), ...queue];
      continue;
    }
    batch.forEach((b, k) => {
      const values = loads[k]?.values ?? [];
      const grid = out[b.table] as Grid;
      values.forEach((row: Grid[number], r) => {
        grid[b.start + r] = row;
      });
      const formulaGrid = formulas[b.table];
      if (formulaGrid)
        (loads[k]?.formulas ?? []).forEach((row: Grid[number], r) => {
          formulaGrid[b.start + r] = row;
        });
    });
  }
  return { grids: out, formulas, syncs };
}
