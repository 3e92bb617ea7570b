import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { cliText } from "../../domain/text/cli";
import { CliUsageError, type CliContext } from "../context";
import { outputErrorOf } from "../output-error";
import { realOf } from "../output-path";

/**
 * The folder `export -o DIR` writes into, checked before any work (spec §8,
 * "outputs never destroy inputs"): a missing folder is created; a file of
 * that name is refused; each file the export writes may replace an existing
 * one only with `--force` and never one of the inputs (compared after
 * resolving symbolic links, since writes go through links). Other files in
 * the folder are left alone.
 */

/** One file the export will write: absolute path and as shown in messages. */
export interface ExportTarget {
  readonly path: string;
  readonly shown: string;
}

/** Check (and create) the folder; the targets of `names` in it. Throws CliUsageError or OutputError. */
export async function prepareExportFolder(
  context: CliContext,
  shown: string,
  names: readonly string[],
  rules: { readonly inputs: readonly string[]; readonly force: boolean }
): Promise<ExportTarget[]> {
  const folder = context.resolve(shown);
  const info = await stat(folder).catch(() => null);
  if (info !== null && !info.isDirectory())
    throw new CliUsageError(cliText("export_output_not_folder", { shown }));
  if (info === null) {
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw outputErrorOf(error, join(shown, names[0] ?? ""));
    }
  }
  const inputs = new Set(await Promise.all(rules.inputs.map((input) => realOf(input))));
  const targets: ExportTarget[] = [];
  for (const name of names) {
    const target = { path: join(folder, name), shown: join(shown, name) };
    const existing = await stat(target.path).catch(() => null);
    if (existing !== null) {
      if (existing.isDirectory())
        throw new CliUsageError(cliText("output_is_folder", { shown: target.shown }));
      if (inputs.has(await realOf(target.path)))
        throw new CliUsageError(cliText("output_is_input", { shown: target.shown }));
      if (!rules.force) throw new CliUsageError(cliText("output_exists", { shown: target.shown }));
    }
    targets.push(target);
  }
  return targets;
}
