import type { SnapshotTable } from "../../domain/snapshot";
import type { CellValue } from "../../domain/values";
import { parseA1 } from "../../domain/read/a1";
import type { PartParser, XlsxPackage } from "../guard/package";
import { cellKey, type SheetCells, type SheetFormulas } from "./cells";
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
  const tables: SnapshotTable[] = [];
  for (const rel of rels) {
    if (rel.type !== "table") continue;
    const part = pkg.parsed(rel.target, parseTablePart);
    if (part === null) continue;
    const { name, ref, start, end, headerRows, totalsRows } = part;
    const rows: CellValue[][] = [];
    const bodyFormulas: (string | null)[][] = [];
    for (let row = start.row + headerRows; row <= end.row - totalsRows; row++) {
      const values: CellValue[] = [];
      const rowFormulas: (string | null)[] = [];
      for (let col = start.col; col <= end.col; col++) {
        values.push(cells.get(cellKey(row, col)) ?? null);
        rowFormulas.push(formulas.get(cellKey(row, col)) ?? null);
      }
      rows.push(values);
      bodyFormulas.push(rowFormulas);
    }
    tables.push({
      name,
      sheet: sheetName,
      address: ref,
      headers: [...part.headers],
      rows,
      formulas: bodyFormulas,
    });
  }
  return tables.sort((a, b) => rowCol(a.address) - rowCol(b.address));
}

function rowCol(address: string): number {
  const position = parseA1(address);
  return position ? cellKey(position.row, position.col) : 0;
}
