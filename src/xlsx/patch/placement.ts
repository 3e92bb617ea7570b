/**
 * Where the user's cells on a managed sheet go when the layout changes
 * (spec §8): pure arithmetic over rows. The layout is a vertical stack of
 * blocks (the title, a form field's row, the sales summary, a table with its
 * title); a user cell moves with the block it sits beside, or with the
 * nearest block above it, so a note beside a field stays beside it and a row
 * typed below a table stays below it. A cell whose new place the layout now
 * uses goes to the Archive instead.
 */

/** A managed block's rows (0-based, inclusive), known by a key that is the same in the old and the new layout (`name:client_name`, `table:SalesPlan`, `summary`). */
export interface Block {
  readonly key: string;
  readonly top: number;
  readonly bottom: number;
}

/** A 0-based cell position. */
export interface At {
  readonly row: number;
  readonly col: number;
}

/** The key of a position in sets and maps (as the reader's `cellKey`). */
export function keyOf(row: number, col: number): number {
  return row * 16384 + col;
}

/** What the placement needs to know of one managed sheet. */
export interface SheetRegions {
  /** Blocks of the sheet as it was. */
  readonly oldBlocks: readonly Block[];
  /** Blocks of the new layout by key. */
  readonly newBlocks: ReadonlyMap<string, Block>;
  /** Every cell the new layout writes on the sheet (cells, whole table ranges). */
  readonly occupied: ReadonlySet<number>;
}

/** The row a user cell moves to (before collisions): with the smallest block holding its row, else with the nearest block above it; unchanged when neither exists in the new layout. */
export function shiftedRow(regions: SheetRegions, row: number): number {
  let holder: { old: Block; now: Block } | null = null;
  let above: { old: Block; now: Block } | null = null;
  for (const old of regions.oldBlocks) {
    const now = regions.newBlocks.get(old.key);
    if (!now) continue;
    if (old.top <= row && row <= old.bottom) {
      if (!holder || old.bottom - old.top < holder.old.bottom - holder.old.top)
        holder = { old, now };
    } else if (old.bottom < row) {
      if (!above || old.bottom > above.old.bottom) above = { old, now };
    }
  }
  if (holder) return row - holder.old.top + holder.now.top;
  if (above) return row - above.old.bottom + above.now.bottom;
  return row;
}

/**
 * New places of the user's cells of one sheet: each cell's old key → its new
 * position, or null when it goes to the Archive (the new layout uses the place,
 * or another user cell already took it, or it would leave the sheet). Cells
 * are placed top-down, left to right, so the result does not depend on input order.
 */
export function placeUserCells(
  regions: SheetRegions,
  cells: readonly At[]
): Map<number, At | null> {
  const placed = new Map<number, At | null>();
  const taken = new Set<number>();
  const ordered = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const cell of ordered) {
    const row = shiftedRow(regions, cell.row);
    const key = keyOf(row, cell.col);
    if (row < 0 || row > 1_048_575 || regions.occupied.has(key) || taken.has(key)) {
      placed.set(keyOf(cell.row, cell.col), null);
      continue;
    }
    taken.add(key);
    placed.set(keyOf(cell.row, cell.col), { row, col: cell.col });
  }
  return placed;
}
