import { runJobs, threadCount } from "../parallel/pool";
import type { EncodedWorkbook, ExportJob } from "./workbook";

/** One workbook in this thread; the reader and the core are loaded on first use (workers load their own). */
async function exportHere(job: ExportJob): Promise<EncodedWorkbook> {
  const { exportWorkbook } = await import("./workbook");
  return exportWorkbook(job);
}

/**
 * Export every workbook, on worker threads when the run is long enough
 * (parallel/pool.ts), calling `onDone` in input order.
 */
export async function exportFiles(
  jobs: readonly ExportJob[],
  onDone: (job: ExportJob, done: EncodedWorkbook) => void,
  env: Readonly<Record<string, string | undefined>>
): Promise<void> {
  await runJobs("export", jobs, threadCount(jobs.length, env), exportHere, (job, done) => {
    onDone(job, done);
  });
}
