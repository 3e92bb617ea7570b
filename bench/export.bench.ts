/**
 * Company-scale export (issue #15):
 * - `export_1000_files_s`: one `node bin/kam-plan.js export DIR -o OUT` process over 1,000 generated, filled
 *   plans (Node start-up, reading, checks, encoding and writing the CSV files included; worker threads on
 *   every core, as a user gets them). Target ≤ 10 s on 2 cores.
 * - `export_1000_files_rss_mb`: that process's peak resident memory (main thread and workers). Target ≤ 500.
 * The plans are 50 varied workbooks (2–12 sales items, actuals for the first months, varied teams) written by
 * the project's writer, each copied 20 times under its own name; generation is not timed.
 * Needs the compiled CLI (`npm run build:cli`; built here when missing).
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { monthsFrom, writePlanFile } from "../src/portfolio/testing/workbooks";
import { BUILT_CLI, ensureBuiltCli } from "../src/cli/testing/built-cli";

const exec = promisify(execFile);
const FILES = 1000;
const VARIANTS = 50;

/** Write `count` varied plans into `dir` as `variant-NNN.xlsx`. */
async function writeVariants(dir: string, count: number): Promise<string[]> {
  const months = monthsFrom("2027-01", 12);
  const files: string[] = [];
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
    const file = join(dir, `variant-${String(i + 1).padStart(3, "0")}.xlsx`);
    await writePlanFile(file, {
      client: `Клиент ${i}`,
      kam: `КАМ ${i % 12}`,
      team: [
        [`КАМ ${i % 12}`, 0.2],
        [`Поддержка ${i % 7}`, 0.3],
      ],
      sales,
      actuals,
    });
    files.push(file);
  }
  return files;
}

/** A preload script that writes the process's peak RSS (KB, threads included) to `file` on exit. */
function rssReporter(file: string): string {
  return `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(file)}, String(process.resourceUsage().maxRSS)));\n`;
}

export async function run(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), "kam-export-bench-"));
  try {
    const variants = await writeVariants(dir, VARIANTS);
    const plans = join(dir, "plans");
    await mkdir(plans);
    for (let i = 0; i < FILES; i += 1)
      await copyFile(
        variants[i % VARIANTS] as string,
        join(plans, `plan-${String(i + 1).padStart(4, "0")}.xlsx`)
      );
    await ensureBuiltCli();
    const reporter = join(dir, "rss.js");
    const rss = join(dir, "rss.txt");
    await writeFile(reporter, rssReporter(rss));
    const started = process.hrtime.bigint();
    await exec(
      process.execPath,
      ["-r", reporter, BUILT_CLI.bin, "export", "plans", "-o", "out", "--today", "2027-04-15"],
      { cwd: dir, maxBuffer: 16 * 1024 * 1024 }
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const manifest = JSON.parse(await readFile(join(dir, "out", "manifest.json"), "utf8")) as {
      files: number;
      unreadable: number;
    };
    if (manifest.files !== FILES || manifest.unreadable !== 0)
      throw new Error(`exported ${manifest.files} files, ${manifest.unreadable} unreadable`);
    return {
      export_1000_files_s: Math.round(seconds * 100) / 100,
      export_1000_files_rss_mb: Math.round(Number(await readFile(rss, "utf8")) / 1024),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
