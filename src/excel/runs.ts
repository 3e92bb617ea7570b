import { parseA1, rangeA1 } from "../domain/read/a1";

/** Consecutive cells of one column (rows r…r+n−1) that can be written as one range. */
export interface Run<T> {
  /** A1 range of the run (`B5:B9`, or `B5` for one cell). */
  readonly address: string;
  readonly items: readonly T[];
}

/** A cap on a run's size: a run whose `sizeOf` sum would pass `limit` is cut (a long column of long formulas becomes several writes). */
export interface RunLimit<T> {
  readonly sizeOf: (c: T) => number;
  readonly limit: number;
}

/**
 * Group cells into vertical runs (same column, consecutive rows, same `key`),
 * so a form block of forty fields is a handful of range writes, not forty.
 * Cells without a valid address are skipped (a layout bug, not user input).
 */
export function columnRuns<T>(
  cells: readonly T[],
  addressOf: (c: T) => string,
  keyOf: (c: T) => string = () => "",
  cap?: RunLimit<T>
): Run<T>[] {
  const placed = cells
    .map((c) => ({ c, p: parseA1(addressOf(c)) }))
    .filter((x): x is { c: T; p: { row: number; col: number } } => x.p !== null)
    .sort((a, b) => a.p.col - b.p.col || a.p.row - b.p.row);
  const runs: Run<T>[] = [];
  let current: { col: number; row: number; key: string; items: T[]; size: number } | null = null;
  const flush = (): void => {
    if (current)
      runs.push({
        address: single(current.row, current.col, current.items.length),
        items: current.items,
      });
  };
  for (const { c, p } of placed) {
    const key = keyOf(c);
    const size = cap ? cap.sizeOf(c) : 0;
    const fits = !cap || current === null || current.size + size <= cap.limit;
    if (
      current &&
      current.col === p.col &&
      current.row + current.items.length === p.row &&
      current.key === key &&
      fits
    ) {
      current.items.push(c);
      current.size += size;
      continue;
    }
    flush();
    current = { col: p.col, row: p.row, key, items: [c], size };
  }
  flush();
  return runs;
}

function single(row: number, col: number, rows: number): string {
  const a = rangeA1({ row, col }, rows, 1);
  return rows === 1 ? (a.split(":")[0] ?? a) : a;
}
