/**
 * Chunked writes: Excel on the web refuses a request (one `context.sync()`)
 * larger than 5 MB — "the request payload size has exceeded the limit"
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance advises
 * chunking large writes). The writers describe their work as ordered steps,
 * each with an estimated size; `syncInChunks` queues them and syncs before
 * the estimate of the pending batch would pass the budget. A normal plan fits
 * in one batch; only a very large one takes more syncs.
 */

/** Estimated bytes allowed per request: 4 MB, a fifth below Excel on the web's 5 MB limit (the estimate is not exact). */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** Bytes counted per queued operation on top of its data (object path, method or property name, JSON framing). */
export const OPERATION_OVERHEAD_BYTES = 256;

/** Largest single data write (values, formulas, formats of one block of rows); bigger blocks are split into row bands. */
export function bandBytes(budget: number): number {
  return Math.max(1024, Math.floor(budget / 4));
}

/** One unit of queued work: its estimated request bytes and the function that queues it (never syncs). */
export interface WriteStep {
  readonly bytes: number;
  readonly queue: () => void;
}

const encoder = new TextEncoder();

/** UTF-8 size of `data` as JSON, plus the per-operation overhead for `operations` operations. */
export function estimateBytes(data: unknown, operations = 1): number {
  return (
    (data === undefined ? 0 : encoder.encode(JSON.stringify(data)).length) +
    operations * OPERATION_OVERHEAD_BYTES
  );
}

/** A step that writes `data` with `operations` queued operations. */
export function dataStep<T>(data: T, write: (data: T) => void, operations = 1): WriteStep {
  return { bytes: estimateBytes(data, operations), queue: () => write(data) };
}

/** A step without data (a method call, a small property). */
export function callStep(queue: () => void, operations = 1): WriteStep {
  return { bytes: operations * OPERATION_OVERHEAD_BYTES, queue };
}

/** A band of rows `[start, start + count)`. */
export interface Band {
  readonly start: number;
  readonly count: number;
}

/**
 * Split `rows` rows into consecutive bands whose estimated size stays under
 * `limit` (at least one row per band). One band when everything fits.
 */
export function rowBands(rows: number, bytesOfRow: (row: number) => number, limit: number): Band[] {
  const bands: Band[] = [];
  let start = 0;
  let size = 0;
  for (let r = 0; r < rows; r += 1) {
    const b = bytesOfRow(r);
    if (r > start && size + b > limit) {
      bands.push({ start, count: r - start });
      start = r;
      size = 0;
    }
    size += b;
  }
  if (rows > start) bands.push({ start, count: rows - start });
  return bands;
}

/** How a chunked write ended: the syncs it made, and the error of the failing one. */
export type ChunkOutcome =
  | { readonly ok: true; readonly syncs: number }
  | { readonly ok: false; readonly syncs: number; readonly error: unknown };

/**
 * Queue the steps in order and sync whenever the next step would push the
 * pending batch past `budget` (estimated), then once at the end. Order is kept,
 * so a batch that depends on an earlier one (a formula naming a table) finds it.
 * Stops at the first failing sync.
 */
export async function syncInChunks(
  context: Excel.RequestContext,
  steps: readonly WriteStep[],
  budget = REQUEST_BUDGET_BYTES
): Promise<ChunkOutcome> {
  let pending = 0;
  let syncs = 0;
  const flush = async (): Promise<ChunkOutcome | null> => {
    syncs += 1;
    pending = 0;
    try {
      await context.sync();
      return null;
    } catch (error) {
      return { ok: false, syncs, error };
    }
  };
  for (const step of steps) {
    if (pending > 0 && pending + step.bytes > budget) {
      const failed = await flush();
      if (failed) return failed;
    }
    step.queue();
    pending += step.bytes;
  }
  const failed = await flush();
  return failed ?? { ok: true, syncs };
}

/** Queue every step without syncing (one batch, whatever its size). */
export function queueAll(steps: readonly WriteStep[]): void {
  for (const s of steps) s.queue();
}
