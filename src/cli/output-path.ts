import { cliText } from "../domain/text/cli";
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { CliArgs, CliOptions } from "./command";
import { CliUsageError, type CliContext } from "./context";

/** The `--force` option of every command that writes a file. */
export const FORCE_OPTION: CliOptions = { force: { type: "boolean" } };

/** True when `--force` was given. */
export function forceGiven(args: CliArgs): boolean {
  return args.values.force === true;
}

/** What an output may replace. */
export interface OutputRules {
  /** Files the command reads (as typed, or absolute): never replaced, not even with --force. */
  readonly inputs: readonly string[];
  /** The one input the command is meant to rewrite in place (apply-config, import-actuals without -o), if any. */
  readonly inPlace?: string;
  /** `--force`: an existing file that is not an input may be replaced. */
  readonly force: boolean;
}

/** The real path of `path`: symbolic links resolved (also in its folder when the file does not exist yet). */
export async function realOf(path: string): Promise<string> {
  const whole = await realpath(path).catch(() => null);
  if (whole !== null) return whole;
  const folder = await realpath(dirname(path)).catch(() => dirname(path));
  return join(folder, basename(path));
}

/**
 * Check an output path before any work is done (spec §8, "outputs never
 * destroy inputs"): it must end in `.xlsx`; it must not be a folder; it may
 * be the command's in-place input; it must never be another input (compared
 * after resolving symbolic links); an existing file needs `--force`. Returns
 * the absolute path; throws CliUsageError (exit 2, nothing written) otherwise.
 */
export async function checkOutputPath(
  context: CliContext,
  shown: string,
  rules: OutputRules
): Promise<string> {
  if (!/\.xlsx$/i.test(shown)) throw new CliUsageError(cliText("output_not_xlsx", { shown }));
  const path = context.resolve(shown);
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new CliUsageError(cliText("output_is_folder", { shown }));
  const real = await realOf(path);
  if (rules.inPlace !== undefined && (await realOf(context.resolve(rules.inPlace))) === real)
    return path;
  for (const input of rules.inputs) {
    if ((await realOf(context.resolve(input))) !== real) continue;
    throw new CliUsageError(cliText("output_is_input", { shown }));
  }
  if (info !== null && !rules.force) throw new CliUsageError(cliText("output_exists", { shown }));
  return path;
}
