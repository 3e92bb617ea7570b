/**
 * `npm run bench`: runs every bench/*.bench.ts (each exports `async function run(): Promise<Record<string, number>>`),
 * prints a table, and merges the rows into bench/latest.json (committed, so changes show in review).
 * `npm run bench -- --only bundle,core` runs only the files whose name contains one of the words.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");
const BENCH_DIR = join(ROOT, "bench");
const LATEST = join(BENCH_DIR, "latest.json");

type Rows = Record<string, number>;
interface BenchModule {
  readonly run?: () => Promise<Rows>;
}

/** Bench files selected by `--only a,b` (all when absent). */
export function selectBenchFiles(files: readonly string[], only: string | undefined): string[] {
  const words =
    only
      ?.split(",")
      .map((w) => w.trim())
      .filter((w) => w !== "") ?? [];
  return files
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => words.length === 0 || words.some((w) => basename(f, ".bench.ts").includes(w)))
    .sort();
}

/** Formats rows as an aligned two-column table. */
export function formatTable(rows: Readonly<Rows>): string {
  const names = Object.keys(rows).sort();
  const width = Math.max(6, ...names.map((n) => n.length));
  const lines = [`${"metric".padEnd(width)}  value`, `${"-".repeat(width)}  ${"-".repeat(10)}`];
  for (const name of names) lines.push(`${name.padEnd(width)}  ${String(rows[name])}`);
  return lines.join("\n");
}

/** Rejects names that are not snake_case with a unit suffix, and values that are not finite numbers. */
export function rowProblems(rows: Readonly<Rows>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(rows)) {
    if (!/^[a-z][a-z0-9]*(_[a-z0-9]+)+$/.test(name))
      problems.push(`${name}: not snake_case with a unit suffix`);
    if (typeof value !== "number" || !Number.isFinite(value))
      problems.push(`${name}: ${String(value)} is not a finite number`);
  }
  return problems;
}

async function main(args: readonly string[]): Promise<number> {
  const onlyIndex = args.indexOf("--only");
  const only =
    onlyIndex >= 0 ? args[onlyIndex + 1] : args.find((a) => a.startsWith("--only="))?.slice(7);
  const files = selectBenchFiles(existsSync(BENCH_DIR) ? readdirSync(BENCH_DIR) : [], only);
  if (files.length === 0) {
    console.error(`no bench files match${only ? ` "${only}"` : ""} in bench/`);
    return 1;
  }
  const rows: Rows = {};
  let failures = 0;
  for (const file of files) {
    const started = Date.now();
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- tsx loads the TypeScript bench module
      const mod = require(join(BENCH_DIR, file)) as BenchModule;
      if (typeof mod.run !== "function") throw new Error("exports no run()");
      const result = await mod.run();
      const problems = rowProblems(result);
      if (problems.length > 0) throw new Error(problems.join("; "));
      Object.assign(rows, result);
      console.log(
        `${file}: ${Object.keys(result).length} row(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`
      );
    } catch (error) {
      failures++;
      console.error(
        `${file}: FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
      );
    }
  }
  const previous = existsSync(LATEST) ? (JSON.parse(readFileSync(LATEST, "utf8")) as Rows) : {};
  const merged: Rows = { ...previous, ...rows };
  const sorted = Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((k) => [k, merged[k]])
  );
  writeFileSync(LATEST, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`\n${formatTable(rows)}\n\nmerged into ${LATEST}`);
  return failures > 0 ? 1 : 0;
}

if (require.main === module)
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
