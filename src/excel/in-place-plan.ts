import type { CellValue } from "../domain/values";
import { keyOf, type Block } from "../xlsx/patch/placement";
import type { Regions, SheetContent, TableSpan } from "../xlsx/patch/regions";

/**
 * How one managed sheet becomes the new layout in place (spec §8, issue #11): pure arithmetic, no Excel.
 * The sheet is a vertical stack of managed blocks (title, form rows, sales summary, tables with their
 * titles). Blocks of the old sheet that the new layout also has are anchors (the longest run that keeps
 * its order); whole sheet rows are deleted and inserted around them so that every anchor lands where
 * the new layout puts it. Excel then moves the user's cells on the sheet and every reference to them
 * (formulas, names, validations, chart series) by itself. Tables keep their identity: their bodies grow
 * by rows inserted inside them, shrink at the end, and gain or lose columns through `Table.columns`.
 */

/** A whole-row insertion or deletion, in the order it is executed (deletions bottom-up, then insertions top-down). */
export interface RowOp {
  readonly kind: "insert" | "delete";
  /** 0-based first row, in the sheet's coordinates at the moment the operation runs. */
  readonly at: number;
  readonly count: number;
  /**
   * Only these columns (0-based, inclusive) shift, not whole rows: a table's rows on a helper sheet that
   * holds several tables side by side (cells inserted or deleted inside the table move its end).
   */
  readonly columns?: { readonly from: number; readonly to: number };
}

/** A column of a kept table deleted (by its index at that moment) or added (at its final index, with its header). */
export interface ColumnOp {
  readonly table: string;
  readonly kind: "insert" | "delete";
  readonly index: number;
  readonly header: string;
}

/** A user's cell on a managed sheet: position and content (formula text `=…`, or the value). */
export interface UserCell {
  readonly row: number;
  readonly col: number;
  readonly content: CellValue;
}

/** A table as it is in the workbook: its span, headers and body length. */
export interface OldTable extends TableSpan {
  readonly headers: readonly string[];
}

/** A table of the new layout: its span and column keys and headers. */
export interface NewTable extends TableSpan {
  readonly keys: readonly string[];
  readonly headers: readonly string[];
}

/** What the planner needs of one sheet, old and new. */
export interface SheetInput {
  readonly sheet: string;
  readonly oldRegions: Regions;
  readonly oldContent: SheetContent;
  readonly oldTables: readonly OldTable[];
  readonly newRegions: Regions;
  readonly newTables: readonly NewTable[];
  /** Every cell the new layout writes or reserves (cells, whole table ranges, managed regions). */
  readonly occupied: ReadonlySet<number>;
  /** The key of an old table's header in the new configuration (field key, month, block key), or null. */
  readonly columnKey: (table: string, header: string) => string | null;
}

/** The plan of one sheet. */
export interface SheetPlan {
  readonly sheet: string;
  readonly rowOps: readonly RowOp[];
  readonly columnOps: readonly ColumnOp[];
  /** Old row → new row, null when the row is deleted. */
  readonly rowOf: (row: number) => number | null;
  /** Old managed cells (with content) that land where the new layout writes nothing: cleared (new coordinates). */
  readonly clear: readonly { readonly row: number; readonly col: number }[];
  /** User cells whose row is deleted or whose new place the layout needs: archived, then cleared. */
  readonly displaced: readonly UserCell[];
  /** Where displaced cells that still exist are after the structural operations (to clear them). */
  readonly displacedAt: readonly { readonly row: number; readonly col: number }[];
  /**
   * Tables that grew by rows inserted before their last body row (it held a value): the new layout's
   * body row `from` is moved to `to` so that the old last row's content stays on its (moved) row.
   */
  readonly moveLastRow: ReadonlyMap<string, { readonly from: number; readonly to: number }>;
  /** Old tables the new layout does not keep in place (removed, or out of order): re-created. */
  readonly recreated: readonly string[];
}

interface Segment {
  readonly oldRows: readonly number[];
  readonly newRows: readonly number[];
}

/** Longest subsequence of `items` (already sorted by old position) with strictly increasing `value`. */
export function longestIncreasing<T>(items: readonly T[], value: (t: T) => number): T[] {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(items.length).fill(-1);
  items.forEach((item, i) => {
    const v = value(item);
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = items[tails[mid] ?? 0];
      if (t !== undefined && value(t) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  });
  const out: T[] = [];
  let k = tails.length > 0 ? (tails[tails.length - 1] ?? -1) : -1;
  while (k >= 0) {
    const item = items[k];
    if (item !== undefined) out.unshift(item);
    k = prev[k] ?? -1;
  }
  return out;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** Body rows of a table block: old or new span, first body row and count. */
function body(t: TableSpan): { first: number; count: number } {
  return { first: t.top + 1, count: t.bottom - t.top };
}

/** The mapping of an anchored table block: title/header rows 1:1, body rows 1:1 up to the shorter, growth inside, shrink at the end. */
function tableSegment(
  oldBlock: Block,
  newBlock: Block,
  oldTable: OldTable,
  newTable: NewTable,
  lastRowFilled: boolean
): {
  pairs: [number, number][];
  inserted: number[];
  deleted: number[];
  moveLast: { from: number; to: number } | null;
} | null {
  const oldPrefix = oldTable.top - oldBlock.top;
  const newPrefix = newTable.top - newBlock.top;
  if (
    oldPrefix !== newPrefix ||
    oldBlock.bottom !== oldTable.bottom ||
    newBlock.bottom !== newTable.bottom
  )
    return null;
  const pairs: [number, number][] = [];
  for (let i = 0; i <= oldPrefix; i += 1) pairs.push([oldBlock.top + i, newBlock.top + i]);
  const ob = body(oldTable);
  const nb = body(newTable);
  const inserted: number[] = [];
  const deleted: number[] = [];
  let moveLast: { from: number; to: number } | null = null;
  if (nb.count >= ob.count) {
    const grow = nb.count - ob.count;
    // Rows inserted inside the body grow the table; before the last body row when it holds a value
    // (its content then moves to the new last row), else just before the trailing empty rows.
    const keep = ob.count - 1;
    for (let i = 0; i < keep; i += 1) pairs.push([ob.first + i, nb.first + i]);
    for (let i = 0; i < grow; i += 1) inserted.push(nb.first + keep + i);
    pairs.push([ob.first + ob.count - 1, nb.first + nb.count - 1]);
    if (grow > 0 && lastRowFilled) moveLast = { from: ob.count - 1, to: nb.count - 1 };
  } else {
    // Shrinking deletes rows inside the body, before its last row: put back, they grow the table again.
    for (let i = 0; i < nb.count - 1; i += 1) pairs.push([ob.first + i, nb.first + i]);
    for (let i = nb.count - 1; i < ob.count - 1; i += 1) deleted.push(ob.first + i);
    pairs.push([ob.first + ob.count - 1, nb.first + nb.count - 1]);
  }
  return { pairs, inserted, deleted, moveLast };
}

/**
 * Plan one sheet. `oldUser` are the user's cells (content outside the old managed regions);
 * `lastRowFilled(table)`: whether the old table's last body row holds a value.
 */
export function planSheet(
  input: SheetInput,
  oldUser: readonly UserCell[],
  lastRowFilled: (table: string) => boolean
): SheetPlan {
  const newBlocks = new Map(input.newRegions.blocks.map((b) => [b.key, b]));
  const oldTables = new Map(input.oldTables.map((t) => [`table:${t.name}`, t]));
  const newTables = new Map(input.newTables.map((t) => [`table:${t.name}`, t]));
  const common = [...input.oldRegions.blocks]
    .filter((b) => newBlocks.has(b.key))
    .sort((a, b) => a.top - b.top);
  const anchors = longestIncreasing(common, (b) => newBlocks.get(b.key)?.top ?? 0);
  // Row pairs (old → new) of the anchors, and rows of the new layout inserted inside them.
  const pairs: [number, number][] = [];
  const insertedInside = new Set<number>();
  const deletedInside = new Set<number>();
  const moveLastRow = new Map<string, { from: number; to: number }>();
  const anchoredOld: [Block, Block][] = [];
  for (const old of anchors) {
    const now = newBlocks.get(old.key);
    if (!now) continue;
    const ot = oldTables.get(old.key);
    const nt = newTables.get(old.key);
    if (ot && nt) {
      const seg = tableSegment(old, now, ot, nt, lastRowFilled(ot.name));
      if (!seg) continue;
      pairs.push(...seg.pairs);
      seg.inserted.forEach((r) => insertedInside.add(r));
      seg.deleted.forEach((r) => deletedInside.add(r));
      if (seg.moveLast) moveLastRow.set(ot.name, seg.moveLast);
    } else {
      if (old.bottom - old.top !== now.bottom - now.top) continue;
      for (let i = 0; i <= old.bottom - old.top; i += 1) pairs.push([old.top + i, now.top + i]);
    }
    anchoredOld.push([old, now]);
  }
  // Between consecutive anchors: the old free rows that are not rows of a dropped block pair, in order,
  // with the new free rows that are not rows of an added block; the rest is deleted or inserted.
  const oldBlockRows = new Set<number>();
  for (const b of input.oldRegions.blocks)
    if (!anchoredOld.some(([o]) => o === b))
      range(b.top, b.bottom).forEach((r) => oldBlockRows.add(r));
  const newBlockRows = new Set<number>();
  for (const b of input.newRegions.blocks)
    if (!anchoredOld.some(([, n]) => n === b))
      range(b.top, b.bottom).forEach((r) => newBlockRows.add(r));
  const pairedOld = new Set(pairs.map(([o]) => o));
  const pairedNew = new Set(pairs.map(([, n]) => n));
  const sortedAnchors = [...anchoredOld].sort((a, b) => a[0].top - b[0].top);
  const oldEnd = Math.max(
    ...input.oldRegions.blocks.map((b) => b.bottom),
    ...oldUser.map((c) => c.row),
    0
  );
  const newEnd = Math.max(...input.newRegions.blocks.map((b) => b.bottom), 0);
  const segments: Segment[] = [];
  for (let k = 0; k <= sortedAnchors.length; k += 1) {
    const before = sortedAnchors[k - 1];
    const after = sortedAnchors[k];
    const oldFrom = before ? before[0].bottom + 1 : 0;
    const newFrom = before ? before[1].bottom + 1 : 0;
    const oldTo = after ? after[0].top - 1 : oldEnd;
    const oldRows = range(oldFrom, oldTo).filter((r) => !pairedOld.has(r));
    let newRows = range(newFrom, after ? after[1].top - 1 : newEnd).filter(
      (r) => !pairedNew.has(r)
    );
    if (!after) {
      // Below the last anchor the sheet goes on: as many free rows as the old rows need, after the added blocks.
      const wanted = oldRows.filter((r) => !oldBlockRows.has(r)).length;
      let r = newFrom;
      const gap: number[] = [];
      while (gap.length < wanted) {
        if (!pairedNew.has(r) && !newBlockRows.has(r)) gap.push(r);
        r += 1;
      }
      newRows = [...newRows.filter((x) => newBlockRows.has(x)), ...gap].sort((a, b) => a - b);
    }
    segments.push({ oldRows, newRows });
  }
  const deleted = new Set<number>(deletedInside);
  const inserted = new Set<number>(insertedInside);
  for (const seg of segments) {
    const oldGap = seg.oldRows.filter((r) => !oldBlockRows.has(r));
    const newGap = seg.newRows.filter((r) => !newBlockRows.has(r));
    const n = Math.min(oldGap.length, newGap.length);
    for (let i = 0; i < n; i += 1) pairs.push([oldGap[i] ?? 0, newGap[i] ?? 0]);
    const kept = new Set(oldGap.slice(0, n));
    const placed = new Set(newGap.slice(0, n));
    seg.oldRows.filter((r) => !kept.has(r)).forEach((r) => deleted.add(r));
    seg.newRows.filter((r) => !placed.has(r)).forEach((r) => inserted.add(r));
  }
  const map = new Map(pairs);
  const lastOld = Math.max(0, ...map.keys(), ...deleted);
  const shiftAfter = (map.get(lastOld) ?? lastOld) - lastOld;
  const rowOf = (row: number): number | null => {
    if (deleted.has(row)) return null;
    const hit = map.get(row);
    if (hit !== undefined) return hit;
    return row > lastOld ? row + shiftAfter : null;
  };
  const rowOps: RowOp[] = [];
  for (const run of runs(
    [...deleted].sort((a, b) => b - a),
    -1
  ))
    rowOps.push({ kind: "delete", at: run.at, count: run.count });
  for (const run of runs(
    [...inserted].sort((a, b) => a - b),
    1
  ))
    rowOps.push({ kind: "insert", at: run.at, count: run.count });

  const columnOps: ColumnOp[] = [];
  const recreated: string[] = [];
  for (const t of input.oldTables) {
    const key = `table:${t.name}`;
    if (!anchoredOld.some(([o]) => o.key === key)) {
      recreated.push(t.name);
      continue;
    }
    const nt = newTables.get(key);
    if (nt) columnOps.push(...planColumns(t, nt, input.columnKey));
  }

  // Where the old cells go: row by rowOf, column shifted by the table columns of its rows.
  const widthChange = (row: number): { right: number; delta: number } | null => {
    const t = input.oldTables.find((x) => row >= x.top && row <= x.bottom);
    const nt = t ? newTables.get(`table:${t.name}`) : undefined;
    return t && nt ? { right: t.right, delta: nt.right - nt.left - (t.right - t.left) } : null;
  };
  const placeOf = (row: number, col: number): { row: number; col: number } | null => {
    const r = rowOf(row);
    if (r === null) return null;
    const w = widthChange(row);
    return { row: r, col: w && col > w.right ? col + w.delta : col };
  };
  const clear: { row: number; col: number }[] = [];
  for (const key of input.oldRegions.cells) {
    if (!input.oldContent.values.has(key)) continue;
    const row = Math.floor(key / 16384);
    const col = key % 16384;
    if (
      input.oldTables.some(
        (t) => row >= t.top && row <= t.bottom && col >= t.left && col <= t.right
      )
    )
      continue;
    const at = placeOf(row, col);
    if (at && !input.occupied.has(keyOf(at.row, at.col))) clear.push(at);
  }
  const displaced: UserCell[] = [];
  const displacedAt: { row: number; col: number }[] = [];
  for (const cell of oldUser) {
    const at = placeOf(cell.row, cell.col);
    if (at && !input.occupied.has(keyOf(at.row, at.col))) continue;
    displaced.push(cell);
    if (at) displacedAt.push(at);
  }
  return {
    sheet: input.sheet,
    rowOps,
    columnOps,
    rowOf,
    clear,
    displaced,
    displacedAt,
    moveLastRow,
    recreated,
  };
}

/** Consecutive runs of sorted rows (`step` −1: descending). */
function runs(rows: readonly number[], step: 1 | -1): { at: number; count: number }[] {
  const out: { at: number; count: number }[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && step === 1 && r === last.at + last.count) last.count += 1;
    else if (last && step === -1 && r === last.at - 1) {
      last.at = r;
      last.count += 1;
    } else out.push({ at: r, count: 1 });
  }
  return out;
}

/**
 * Column operations of a kept table: old headers matched to the new columns by key; the matched
 * columns that keep their order stay, the others are deleted (right to left) and the new ones added
 * at their final index (left to right).
 */
export function planColumns(
  old: OldTable,
  now: NewTable,
  columnKey: (table: string, header: string) => string | null
): ColumnOp[] {
  const used = new Set<number>();
  const matched: { old: number; now: number }[] = [];
  old.headers.forEach((header, i) => {
    const exact = now.headers.findIndex(
      (h, j) => !used.has(j) && h.trim().toLowerCase() === header.trim().toLowerCase()
    );
    const key = columnKey(old.name, header);
    const byKey = key === null ? -1 : now.keys.findIndex((k, j) => !used.has(j) && k === key);
    const j = exact >= 0 ? exact : byKey;
    if (j >= 0) {
      used.add(j);
      matched.push({ old: i, now: j });
    }
  });
  const kept = longestIncreasing(matched, (m) => m.now);
  const keptOld = new Set(kept.map((m) => m.old));
  const keptNew = new Set(kept.map((m) => m.now));
  const ops: ColumnOp[] = [];
  for (let i = old.headers.length - 1; i >= 0; i -= 1)
    if (!keptOld.has(i))
      ops.push({ table: old.name, kind: "delete", index: i, header: old.headers[i] ?? "" });
  now.headers.forEach((header, j) => {
    if (!keptNew.has(j)) ops.push({ table: old.name, kind: "insert", index: j, header });
  });
  return ops;
}
