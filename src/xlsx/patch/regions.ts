import { parseA1 } from "../../domain/read/a1";
import type { CellValue } from "../../domain/values";
import { SHEET } from "../../layout/sheets";
import { text } from "../../domain/text/layout";
import type { SheetLayout, WorkbookLayout } from "../../layout/types";
import { keyOf, type Block } from "./placement";

/** A table's place on its sheet (0-based, inclusive; `top` is the header row). */
export interface TableSpan {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** What the region finder reads of one managed sheet, old or new. */
export interface SheetContent {
  readonly sheet: string;
  /** Non-empty cell values by `keyOf` (formulas: their cached value, or any non-null marker). */
  readonly values: ReadonlyMap<number, CellValue>;
  /** The layout's defined names on this sheet (form fields): name and cell. */
  readonly names: readonly { readonly name: string; readonly row: number; readonly col: number }[];
  readonly tables: readonly TableSpan[];
}

/** The managed blocks of a sheet and every cell they cover. */
export interface Regions {
  readonly blocks: readonly Block[];
  readonly cells: ReadonlySet<number>;
}

const SUMMARY_TITLES = new Set([text("summaryTitle", "ru"), text("summaryTitle", "en")]);
const BARS_TITLES = new Set([text("barsTitle", "ru"), text("barsTitle", "en")]);
/** The plan-vs-actual block's columns J–L and first row (plan-actual-bars.ts). */
const BARS = { top: 2, left: 9, columns: [9, 10, 11] } as const;

/** A range `A2:F9` as a span, or null. */
export function spanOf(name: string, address: string): TableSpan | null {
  const [from, to] = address.split(":");
  const a = parseA1(from ?? "");
  const b = parseA1(to ?? from ?? "");
  if (!a || !b) return null;
  return { name, top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/**
 * The managed blocks of a plan or Config sheet, found from what the layout
 * writes: the title (A1, and the Config hint in A2), each form field's row
 * (label | value | help) with its section title above the first field, each
 * table with its title row, the sales summary (found by its title in either
 * language) and the plan-vs-actual block J3:L… (by its title). Used on the
 * workbook as it was (to tell the user's cells from the layout's) and on the
 * new layout (to know where the layout writes).
 */
export function managedRegions(content: SheetContent): Regions {
  const blocks: Block[] = [
    { key: "title", top: 0, bottom: content.sheet === SHEET.config ? 1 : 0 },
  ];
  const cells = new Set<number>([keyOf(0, 0)]);
  if (content.sheet === SHEET.config) cells.add(keyOf(1, 0));
  const nameRows = new Set(content.names.map((n) => n.row));
  for (const name of content.names) {
    blocks.push({ key: `name:${name.name}`, top: name.row, bottom: name.row });
    for (let col = 0; col <= Math.max(2, name.col); col++) cells.add(keyOf(name.row, col));
    if (!nameRows.has(name.row - 1) && name.row > 0) cells.add(keyOf(name.row - 1, 0));
  }
  for (const table of content.tables) {
    const titled = table.top > 0 && content.values.has(keyOf(table.top - 1, table.left));
    blocks.push({
      key: `table:${table.name}`,
      top: table.top - (titled ? 1 : 0),
      bottom: table.bottom,
    });
    if (titled) cells.add(keyOf(table.top - 1, table.left));
    for (let row = table.top; row <= table.bottom; row++)
      for (let col = table.left; col <= table.right; col++) cells.add(keyOf(row, col));
  }
  for (const [key, value] of content.values) {
    if (key % 16384 !== 0 || typeof value !== "string" || !SUMMARY_TITLES.has(value)) continue;
    const top = Math.floor(key / 16384);
    let width = 1;
    // The header row holds a label and at most 7 blocks (q1…q4, h1, h2, total).
    while (width < 8 && content.values.has(keyOf(top + 1, width))) width += 1;
    blocks.push({ key: "summary", top, bottom: top + 4 });
    for (let row = top; row <= top + 4; row++)
      for (let col = 0; col < width; col++) cells.add(keyOf(row, col));
    break;
  }
  const barsTitle = content.values.get(keyOf(BARS.top, BARS.left));
  if (typeof barsTitle === "string" && BARS_TITLES.has(barsTitle)) {
    let bottom = BARS.top + 1;
    // A month row has its label in J and its formulas in K and L; a note typed below is not one.
    while (
      content.values.has(keyOf(bottom + 1, BARS.left)) &&
      content.values.has(keyOf(bottom + 1, BARS.left + 1))
    )
      bottom += 1;
    for (let row = BARS.top; row <= bottom; row++)
      for (const col of BARS.columns) cells.add(keyOf(row, col));
  }
  return { blocks, cells };
}

/** The content of a sheet of a layout, for `managedRegions` (formula cells count as non-empty). */
export function layoutContent(layout: WorkbookLayout, sheet: SheetLayout): SheetContent {
  const values = new Map<number, CellValue>();
  for (const cell of sheet.cells) {
    const at = parseA1(cell.address);
    if (!at) continue;
    const value = cell.content.kind === "value" ? cell.content.value : `=${cell.content.formula}`;
    if (value !== null && value !== "") values.set(keyOf(at.row, at.col), value);
  }
  const tables: TableSpan[] = [];
  for (const table of sheet.tables) {
    const at = parseA1(table.topLeft);
    if (!at) continue;
    tables.push({
      name: table.name,
      top: at.row,
      left: at.col,
      bottom: at.row + table.rows.length + (table.totalsRow ? 1 : 0),
      right: at.col + table.columns.length - 1,
    });
  }
  const names = layout.names
    .filter((n) => n.sheet === sheet.name && !n.address.includes(":"))
    .flatMap((n) => {
      const at = parseA1(n.address);
      return at ? [{ name: n.name, row: at.row, col: at.col }] : [];
    });
  return { sheet: sheet.name, values, names, tables };
}

/** Every cell a layout sheet writes (its cells and whole table ranges) plus its managed regions. */
export function layoutOccupied(content: SheetContent, regions: Regions): Set<number> {
  const occupied = new Set(regions.cells);
  for (const key of content.values.keys()) occupied.add(key);
  return occupied;
}
