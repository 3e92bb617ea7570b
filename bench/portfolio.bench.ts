/**
 * Portfolio rows:
 * - `summary_100_files_s`: `kam-plan summary FOLDER -o summary.xlsx` (in-process, the real CLI path:
 *   read + check each workbook, summarise, write the summary .xlsx) over 100 generated, filled plans
 *   (a year each, 2–12 sales items, actuals for the first months, varied teams). Generation is not timed.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runKamPlan } from "../src/cli/testing/run";
import { monthsFrom, writePlanFile } from "../src/portfolio/testing/workbooks";

const FILES = 100;

/** Write `count` varied plans into `dir`. */
async function generatePlans(dir: string, count: number): Promise<void> {
  const months = monthsFrom("2027-01", 12);
  for (let i = 0; i < count; i += 1) {
    const items = 2 + (i % 11);
    const sales: Record<string, number[]> = {};
    const actuals: Record<string, number[]> = {};
    for (let k = 0; k < items; k += 1) {
      sales[`Товар ${k + 1}`] = months.map(
        (_, m) => 10000 + ((i * 7 + k * 13 + m * 3) % 50) * 1000
      );
      actuals[`Товар ${k + 1}`] = months
        .slice(0, 3)
        .map((_, m) => 9000 + ((i + k + m) % 20) * 1000);
    }
    await writePlanFile(join(dir, `plan-${String(i + 1).padStart(3, "0")}.xlsx`), {
      client: `Клиент ${i % 90}`,
      kam: `КАМ ${i % 12}`,
      team: [
        [`КАМ ${i % 12}`, 0.2],
        [`Поддержка ${i % 7}`, 0.3],
      ],
      sales,
      actuals,
    });
  }
}

export async function run(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), "kam-portfolio-bench-"));
  try {
    await generatePlans(join(dir, ""), FILES);
    const started = process.hrtime.bigint();
    const result = await runKamPlan(
      ["summary", ".", "-o", join(dir, "summary.xlsx"), "--today", "2027-04-15"],
      dir
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.code !== 0) throw new Error(`summary failed (${result.code}): ${result.stderr}`);
    return { summary_100_files_s: Math.round(seconds * 1000) / 1000 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
