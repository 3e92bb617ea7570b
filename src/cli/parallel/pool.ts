import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { JobInput, JobKind, JobOutput } from "./jobs";

/**
 * Many files on every core: a small pool of worker threads, each given two
 * jobs at a time (read, check, encode one workbook: jobs.ts; the second is
 * read from disk while the first is checked), results handed back in input
 * order. Reading and checking a workbook is CPU work (inflate,
 * XML scan, checks), so on 2 cores two threads nearly halve a long run; the
 * main thread only hands out paths and collects results.
 *
 * Threads are used only where they pay: the compiled CLI (a worker runs the
 * one-file bundle of worker.ts that `npm run build:cli` makes, see
 * webpack.worker.config.js; under ts-jest everything runs in-process), at least
 * `MIN_FILES_PER_THREAD` files per thread, more than one core.
 * `KAM_PLAN_THREADS=1` turns them off, `KAM_PLAN_THREADS=N` sets the count.
 */

/** Below this many files per thread a worker's start-up (~0.1 s: starting, loading the core, its first file) is not worth it. */
const MIN_FILES_PER_THREAD = 8;

/** Jobs handed to a thread before it answers the first (each holds one workbook while it runs). */
const JOBS_IN_FLIGHT = 2;

/** Threads at most, whatever the machine: memory stays bounded (each thread holds at most two workbooks). */
const MAX_THREADS = 8;

const WORKER_FILE = join(__dirname, "worker.bundle.js");

/** How many threads to use for `files` files; 1 means in-process. */
export function threadCount(
  files: number,
  env: Readonly<Record<string, string | undefined>>
): number {
  if (!existsSync(WORKER_FILE)) return 1;
  const asked = Number(env.KAM_PLAN_THREADS);
  const cores = Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
  return Math.max(1, Math.min(cores, MAX_THREADS, Math.floor(files / MIN_FILES_PER_THREAD)));
}

/** A job's answer from a worker: its result, or the error it threw (a bug: rethrown here). */
type WorkerAnswer<K extends JobKind> =
  | { readonly index: number; readonly output: JobOutput[K] }
  | { readonly index: number; readonly error: string };

/**
 * Run `kind` on every input, on `threads` worker threads (or in-process when
 * `threads` is 1, through `inProcess`), and call `onResult` in input order.
 * A job that throws in a worker rejects the whole run (jobs catch what a file
 * can do to them; a throw is a bug).
 */
export async function runJobs<K extends JobKind>(
  kind: K,
  inputs: readonly JobInput[K][],
  threads: number,
  inProcess: (input: JobInput[K]) => Promise<JobOutput[K]>,
  onResult: (input: JobInput[K], output: JobOutput[K], index: number) => void
): Promise<void> {
  if (threads <= 1) {
    // Read one file ahead: the disk works while the core checks the previous one.
    let ahead = inputs.length > 0 && inputs[0] !== undefined ? inProcess(inputs[0]) : null;
    for (const [index, input] of inputs.entries()) {
      const output = await (ahead as Promise<JobOutput[K]>);
      const next = inputs[index + 1];
      ahead = next === undefined ? null : inProcess(next);
      onResult(input, output, index);
    }
    return;
  }
  const results = new Map<number, JobOutput[K]>();
  let delivered = 0;
  let handedOut = 0;
  const deliver = (): void => {
    for (
      let output = results.get(delivered);
      output !== undefined;
      output = results.get(delivered)
    ) {
      results.delete(delivered);
      const input = inputs[delivered] as JobInput[K];
      onResult(input, output, delivered);
      delivered += 1;
    }
  };
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_FILE));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const next = (): void => {
              if (handedOut >= inputs.length) {
                if (inFlight === 0) resolve();
                return;
              }
              inFlight += 1;
              const index = handedOut;
              handedOut += 1;
              worker.postMessage({ kind, index, input: inputs[index] });
            };
            worker.on("message", (answer: WorkerAnswer<K>) => {
              if ("error" in answer) {
                reject(new Error(answer.error));
                return;
              }
              inFlight -= 1;
              results.set(answer.index, answer.output);
              try {
                deliver();
              } catch (error) {
                reject(error instanceof Error ? error : new Error(String(error)));
                return;
              }
              next();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (code !== 0) reject(new Error(`worker thread stopped with code ${code}`));
            });
            // Two jobs in flight per thread: the next file is read while this one is checked,
            // and the thread does not wait for the main thread between files.
            for (let i = 0; i < JOBS_IN_FLIGHT; i += 1) next();
          })
      )
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
