import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

/**
 * The compiled CLI that subprocess tests and benches run (bin/kam-plan.js →
 * build/cli), as `npm run build:cli` makes it: tsc's modules and the worker
 * thread's one-file bundle (webpack.worker.config.js).
 */

const run = promisify(execFile);
const ROOT = join(__dirname, "..", "..", "..");

/** The files of the compiled CLI. */
export const BUILT_CLI = {
  bin: join(ROOT, "bin", "kam-plan.js"),
  main: join(ROOT, "build", "cli", "cli", "main.js"),
  worker: join(ROOT, "build", "cli", "cli", "parallel", "worker.bundle.js"),
} as const;

/**
 * Build the CLI when a file of it is missing (as `npm run build:cli`). tsc may report type
 * errors in files being edited and still emit, so only the files' presence is required; the
 * webpack step must succeed.
 */
export async function ensureBuiltCli(): Promise<void> {
  if (existsSync(BUILT_CLI.main) && existsSync(BUILT_CLI.worker)) return;
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  await run(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.cli.json")], { cwd: ROOT }).catch(
    () => undefined
  );
  const webpack = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  await run(process.execPath, [webpack, "--config", join(ROOT, "webpack.worker.config.js")], {
    cwd: ROOT,
  });
  for (const file of [BUILT_CLI.main, BUILT_CLI.worker])
    if (!existsSync(file)) throw new Error(`the CLI build did not make ${file}`);
}
