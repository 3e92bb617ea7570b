import type { SnapshotTable } from "../../domain/snapshot";
import type { CellValue } from "../../domain/values";
import { parseA1 } from "../../domain/read/a1";
import type { PartParser, XlsxPackage } from "../guard/package";
import {
  cellKey,
  type ParsedSheet,
  type SheetCells,
  type SheetContent,
  type SheetFormulas,
} from "./cells";
import type { Relationship } from "./parts";
import { decodeOoxmlEscapes, elements, firstElement } from "./xml";

/** The bottom-right 0-based position of an A1 range (`A10:F25` → F25), or the cell itself. */
function bottomRight(range: string): { row: number; col: number } | null {
  const parts = range.split(":");
  return parseA1(parts[parts.length - 1] ?? "");
}

/** What a table part says, apart from its cells: the same for every workbook holding these bytes. */
interface TablePart {
  readonly name: string;
  readonly ref: string;
  readonly start: { readonly row: number; readonly col: number };
  readonly end: { readonly row: number; readonly col: number };
  readonly headerRows: number;
  readonly totalsRows: number;
  /** The column names, one per column of `ref`. */
  readonly headers: readonly string[];
}

/** A table part (`xl/tables/tableN.xml`), or null when it names no table or range (reused by pkg.parsed). */
const parseTablePart: PartParser<TablePart | null> = (xml) => {
  const table = firstElement(xml, "table");
  if (!table) return null;
  const name = table.attrs.displayName ?? table.attrs.name ?? "";
  const ref = (table.attrs.ref ?? "").replace(/\$/g, "");
  const start = parseA1(ref);
  const end = bottomRight(ref);
  if (!name || !start || !end) return null;
  const columns = firstElement(table.inner, "tableColumns");
  const headers = elements(columns?.inner ?? "", "tableColumn").map(({ attrs }) =>
    decodeOoxmlEscapes(attrs.name ?? "")
  );
  const width = end.col - start.col + 1;
  while (headers.length < width) headers.push("");
  headers.length = width;
  return {
    name,
    ref,
    start,
    end,
    headerRows: Number(table.attrs.headerRowCount ?? 1) > 0 ? 1 : 0,
    totalsRows: Number(table.attrs.totalsRowCount ?? 0) > 0 ? 1 : 0,
    headers,
  };
};

/**
 * Every table (ListObject) on one sheet, read from the table parts the
 * sheet's relationships (`rels`) point at (`xl/tables/tableN.xml`, relative or absolute):
 * name, A1 range incl. header (and totals row, when shown), header texts
 * from the table's column names, body rows from the sheet's cells.
 */
export function readSheetTables(
  pkg: XlsxPackage,
  sheetName: string,
  rels: readonly Relationship[],
  cells: SheetCells,
  formulas: SheetFormulas = new Map()
): SnapshotTable[] {
  return readTablesOf(pkg, sheetName, rels, {
    parsed: null,
    sharedStrings: [],
    content: () => ({ cells, formulas }),
  });
}

/** Where a sheet's tables take their cells from (readTablesOf). */
export interface TableSource {
  /** The sheet part's parse, shared by the workbooks holding the same bytes (pkg.parsed), or null. */
  readonly parsed: ParsedSheet | null;
  /** This workbook's shared strings. */
  readonly sharedStrings: readonly string[];
  /** The sheet's cells and formulas, resolved: asked only for a table that is not reused. */
  content(): SheetContent;
}

/**
 * readSheetTables, reusing what an earlier workbook made of the same table
 * on the same sheet part: plans of one template hold their Config and Lists
 * sheets byte for byte, so from the third such plan on their tables are not
 * built again, only checked against this workbook's shared strings (KEPT_TABLES).
 */
export function readTablesOf(
  pkg: XlsxPackage,
  sheetName: string,
  rels: readonly Relationship[],
  source: TableSource
): SnapshotTable[] {
  const tables: SnapshotTable[] = [];
  for (const rel of rels) {
    if (rel.type !== "table") continue;
    const part = pkg.parsed(rel.target, parseTablePart);
    if (part === null) continue;
    tables.push(
      source.parsed === null
        ? tableOf(part, sheetName, source.content())
        : keptTable(part, sheetName, source.parsed, source)
    );
  }
  return tables.sort((a, b) => rowCol(a.address) - rowCol(b.address));
}

/** A table's body read cell by cell from `cellAt` (a cell's value, or null when empty) and `formulas`. */
function tableWith(
  part: TablePart,
  sheetName: string,
  cellAt: (key: number) => CellValue,
  formulas: SheetFormulas
): SnapshotTable {
  const { name, ref, start, end, headerRows, totalsRows } = part;
  const rows: CellValue[][] = [];
  const bodyFormulas: (string | null)[][] = [];
  for (let row = start.row + headerRows; row <= end.row - totalsRows; row++) {
    const values: CellValue[] = [];
    const rowFormulas: (string | null)[] = [];
    for (let col = start.col; col <= end.col; col++) {
      values.push(cellAt(cellKey(row, col)));
      rowFormulas.push(formulas.get(cellKey(row, col)) ?? null);
    }
    rows.push(values);
    bodyFormulas.push(rowFormulas);
  }
  return {
    name,
    sheet: sheetName,
    address: ref,
    headers: [...part.headers],
    rows,
    formulas: bodyFormulas,
  };
}

function tableOf(part: TablePart, sheetName: string, content: SheetContent): SnapshotTable {
  return tableWith(part, sheetName, (key) => content.cells.get(key) ?? null, content.formulas);
}

/** A table made from a shared sheet parse, with the shared strings it took (index and text). */
interface KeptTable {
  readonly sheetName: string;
  readonly table: SnapshotTable;
  readonly strings: readonly number[];
  readonly texts: readonly string[];
}

/**
 * Tables made from shared sheet parses, by parse and table part (both kept by pkg.parsed while
 * plans use them). "seen": met once; a parse met again is a shared one, and its table is kept.
 */
const KEPT_TABLES = new WeakMap<ParsedSheet, WeakMap<TablePart, KeptTable | "seen">>();

/** Each cell's index in a parse by its key; null when a key is stated twice (then the resolved cells decide). */
const POSITIONS = new WeakMap<ParsedSheet, ReadonlyMap<number, number> | null>();

function positionsOf(parsed: ParsedSheet): ReadonlyMap<number, number> | null {
  let positions = POSITIONS.get(parsed);
  if (positions === undefined) {
    const found = new Map<number, number>();
    parsed.keys.forEach((key, i) => found.set(key, i));
    positions = found.size === parsed.keys.length ? found : null;
    POSITIONS.set(parsed, positions);
  }
  return positions;
}

function keptTable(
  part: TablePart,
  sheetName: string,
  parsed: ParsedSheet,
  source: TableSource
): SnapshotTable {
  let byPart = KEPT_TABLES.get(parsed);
  if (byPart === undefined) {
    byPart = new WeakMap();
    KEPT_TABLES.set(parsed, byPart);
  }
  const known = byPart.get(part);
  const { sharedStrings } = source;
  if (
    known !== undefined &&
    known !== "seen" &&
    known.sheetName === sheetName &&
    known.strings.every((index, i) => (sharedStrings[index] ?? "") === known.texts[i])
  )
    return known.table;
  const positions = known === undefined ? null : positionsOf(parsed);
  if (positions === null) {
    if (known === undefined) byPart.set(part, "seen");
    return tableOf(part, sheetName, source.content());
  }
  // As resolveSheet reads each cell: its value, or its shared string (an empty one is empty).
  const strings: number[] = [];
  const texts: string[] = [];
  const table = tableWith(
    part,
    sheetName,
    (key) => {
      const i = positions.get(key);
      if (i === undefined) return null;
      const index = parsed.shared[i] ?? -1;
      if (index < 0) return parsed.values[i] ?? null;
      const text = sharedStrings[index] ?? "";
      strings.push(index);
      texts.push(text);
      return text === "" ? null : text;
    },
    parsed.formulas
  );
  byPart.set(part, { sheetName, table, strings, texts });
  return table;
}

function rowCol(address: string): number {
  const position = parseA1(address);
  return position ? cellKey(position.row, position.col) : 0;
}
