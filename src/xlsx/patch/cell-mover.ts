import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { parseA1 } from "../../domain/read/a1";
import { isEmptyCell, normalizeText } from "../../domain/read/text";
import type { SnapshotTable } from "../../domain/snapshot";
import type { TableLayout, WorkbookLayout } from "../../layout/types";
import type { CellMover, Moved } from "./formula-refs";
import { keyOf, type At } from "./placement";
import { spanOf } from "./regions";

/** Where the managed and user cells of one sheet went, for rewriting references. */
export interface SheetMoves {
  readonly sheet: string;
  /** Old form-field rows (0-based) → new row, or null when the field is gone. */
  readonly nameRows: ReadonlyMap<number, number | null>;
  /** Old user cells → new place, or null when archived. */
  readonly userCells: ReadonlyMap<number, At | null>;
  /** The summary block's row shift, or null when the sheet has none (then its cells are gone). */
  readonly summary: { readonly top: number; readonly shift: number | null } | null;
  readonly tables: readonly TableMove[];
}

/** Where one table's cells went. */
export interface TableMove {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** New header row and left column, or null when the table is gone. */
  readonly to: { readonly top: number; readonly left: number; readonly rows: number } | null;
  /** Old column offset → new column offset (absent: the column is gone). */
  readonly columns: ReadonlyMap<number, number>;
  /** Old body row index → new body row index. */
  readonly rows: readonly number[];
}

/** Every spelling of a default field's header by key, for matching old headers after a relabel. */
const DEFAULT_SPELLINGS = new Map<string, string>(
  DEFAULT_CONFIG.fields.flatMap((f) =>
    [f.label.ru, f.label.en, f.key].map((s) => [`${f.section}\u0000${normalizeText(s)}`, f.key])
  )
);

/** Old table → new table geometry: columns by header text, key or the default labels; body rows kept in order (rows without a kept value dropped, spare rows after). */
export function tableMove(old: SnapshotTable, next: TableLayout | undefined): TableMove | null {
  const span = spanOf(old.name, old.address);
  if (!span) return null;
  if (!next) return { ...span, to: null, columns: new Map(), rows: [] };
  const top = parseA1(next.topLeft) ?? { row: 0, col: 0 };
  const columns = new Map<number, number>();
  old.headers.forEach((header, i) => {
    const wanted = normalizeText(header);
    const key = DEFAULT_SPELLINGS.get(`${old.name}\u0000${wanted}`) ?? null;
    const j = next.columns.findIndex(
      (c) => normalizeText(c.header) === wanted || normalizeText(c.key) === wanted || c.key === key
    );
    if (j >= 0) columns.set(i, j);
  });
  const input = [...columns].filter(([, j]) => {
    const c = next.columns[j];
    return c !== undefined && c.formula === null && !c.locked;
  });
  const rows: number[] = [];
  let kept = 0;
  let lastKept = -1;
  old.rows.forEach((cells, i) => {
    const keep = input.some(([oldCol]) => !isEmptyCell(cells[oldCol] ?? null));
    if (keep) {
      rows.push(kept);
      kept += 1;
      lastKept = i;
    } else rows.push(Math.min(kept + (i - lastKept - 1), next.rows.length - 1));
  });
  return { ...span, to: { top: top.row, left: top.col, rows: next.rows.length }, columns, rows };
}

/**
 * A CellMover over every restructured sheet: a form field's row follows its
 * field, a table cell its column and row, the summary its block, a user cell
 * its placement; a value moved to the Archive points at its Archive cell.
 * Cells of other sheets, and cells nothing moved, stay (null).
 */
export function cellMover(
  moves: ReadonlyMap<string, SheetMoves>,
  archiveCells: ReadonlyMap<string, At>,
  refOf: (sheet: string, row: number, col: number) => string
): CellMover {
  return (sheet, row, col): Moved => {
    const archived = archiveCells.get(refOf(sheet, row, col));
    if (archived) return { sheet: "Archive", row: archived.row, col: archived.col };
    const m = moves.get(sheet);
    if (!m) return null;
    const user = m.userCells.get(keyOf(row, col));
    if (user !== undefined) return user === null ? "gone" : { sheet, ...user };
    const nameRow = m.nameRows.get(row);
    if (nameRow !== undefined && col <= 2)
      return nameRow === null ? "gone" : nameRow === row ? null : { sheet, row: nameRow, col };
    for (const t of m.tables) {
      if (row < t.top || row > t.bottom || col < t.left || col > t.right) continue;
      if (!t.to) return "gone";
      const newCol = t.columns.get(col - t.left);
      if (newCol === undefined) return "gone";
      const newRow = row === t.top ? t.to.top : t.to.top + 1 + (t.rows[row - t.top - 1] ?? 0);
      const at = { row: newRow, col: t.to.left + newCol };
      return at.row === row && at.col === col ? null : { sheet, ...at };
    }
    if (m.summary && row >= m.summary.top && row <= m.summary.top + 4) {
      if (m.summary.shift === null) return "gone";
      return m.summary.shift === 0 ? null : { sheet, row: row + m.summary.shift, col };
    }
    return null;
  };
}

/** The Archive's value cell of every row from index `from` on (the rows of this run) by its old address (`Sheet!A1`): the later row wins. */
export function archiveValueCells(layout: WorkbookLayout, from: number): Map<string, At> {
  const cells = new Map<string, At>();
  const table = layout.sheets
    .find((s) => s.name === "Archive")
    ?.tables.find((t) => t.name === "Archive");
  if (!table) return cells;
  const top = parseA1(table.topLeft) ?? { row: 1, col: 0 };
  const address = table.columns.findIndex((c) => c.key === "address");
  const value = table.columns.findIndex((c) => c.key === "value");
  table.rows.forEach((row, i) => {
    const at = i >= from ? row[address] : null;
    if (typeof at === "string" && at !== "")
      cells.set(at, { row: top.row + 1 + i, col: top.col + value });
  });
  return cells;
}
