import { runJobs, threadCount } from "../parallel/pool";
import { exportWorkbook, type EncodedWorkbook, type ExportJob } from "./workbook";

/**
 * Export every workbook, on worker threads when the run is long enough
 * (parallel/pool.ts), calling `onDone` in input order.
 */
export async function exportFiles(
  jobs: readonly ExportJob[],
  onDone: (job: ExportJob, done: EncodedWorkbook) => void,
  env: Readonly<Record<string, string | undefined>>
): Promise<void> {
  await runJobs("export", jobs, threadCount(jobs.length, env), exportWorkbook, (job, done) => {
    onDone(job, done);
  });
}
