import { parentPort } from "node:worker_threads";
import { runJob, type JobInput, type JobKind } from "./jobs";

/**
 * A worker thread of the file pool (pool.ts): runs each job it is sent and
 * answers with its index and output, or with the error when a job threw (a
 * bug; the main thread stops the run with it).
 */

interface JobMessage {
  readonly kind: JobKind;
  readonly index: number;
  readonly input: JobInput[JobKind];
}

parentPort?.on("message", (message: JobMessage) => {
  runJob(message.kind, message.input).then(
    (output) => parentPort?.postMessage({ index: message.index, output }),
    (error: unknown) =>
      parentPort?.postMessage({
        index: message.index,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      })
  );
});
