import { fromMinor } from "../money";
import type { CellRef } from "../values";
import type { InputChange } from "./apply-changes";

/**
 * One input cell to set in the workbook, in the sheet's own units (amounts in major units, rates
 * as fractions, days as integers), with the value it held when the what-if was computed.
 */
export interface CellWrite {
  readonly ref: CellRef;
  /** What the cell held (null: empty); the writer refuses when the cell holds something else now. */
  readonly expected: number | null;
  readonly value: number;
  /** The largest difference between the cell and `expected` that still counts as equal (half a cent for amounts). */
  readonly tolerance: number;
}

/**
 * The cell writes of a what-if's changed inputs (those with a place in the workbook), for *Apply
 * to plan*. An empty sales cell read as 0 expects empty or 0.
 */
export function cellWritesOf(inputs: readonly InputChange[]): readonly CellWrite[] {
  const writes: CellWrite[] = [];
  for (const input of inputs) {
    if (input.ref === null) continue;
    const amount = input.unit === "amount";
    const sheet = (v: number): number => (amount ? fromMinor(v) : v);
    writes.push({
      ref: input.ref,
      expected: input.before === null ? null : sheet(input.before),
      value: sheet(input.after),
      tolerance: amount ? 0.005 : 1e-9,
    });
  }
  return writes;
}

/** True when a cell's current value is what a write expects (empty and 0 are the same for an expected 0 or empty). */
export function cellHolds(
  value: unknown,
  write: Pick<CellWrite, "expected" | "tolerance">
): boolean {
  const empty = value === null || value === undefined || value === "";
  if (write.expected === null || write.expected === 0) return empty || value === 0;
  return typeof value === "number" && Math.abs(value - write.expected) <= write.tolerance;
}
