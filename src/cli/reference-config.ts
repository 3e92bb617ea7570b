import type { KamConfig } from "../domain/config/types";
import { cliText } from "../domain/text/cli";
import { rolloutText } from "../domain/text/rollout";
import type { CliArgs } from "./command";
import { CliUsageError, EXIT, type CliContext } from "./context";
import { findingLine } from "./output";
import { stringOption } from "./parse";

/** The `--config REF.xlsx` option of check, summary and apply-config (spec §11). */
export const REFERENCE_OPTION = { config: { type: "string" } } as const;

/** The reference configuration, none (no `--config`), or the exit code of a refused one. */
export type ReferenceReading =
  | { readonly kind: "none" }
  | { readonly kind: "ok"; readonly file: string; readonly config: KamConfig }
  | { readonly kind: "refused"; readonly exit: number };

/**
 * Read the SKAM's reference configuration named by `--config`: the Config sheet of that
 * workbook (a plan or a template). A workbook without one is a usage error; a broken one
 * prints its CONFIG_INVALID findings to stderr and is refused (exit 2) before any plan is read.
 */
export async function readReferenceConfig(
  context: CliContext,
  args: CliArgs
): Promise<ReferenceReading> {
  const file = stringOption(args, "config");
  if (file === undefined) return { kind: "none" };
  // Loaded only with --config: `check` reads and checks plans on worker threads, and its main
  // thread should not pay for the reader and the Config schemas (about 0.1 s at start).
  const [{ workbookConfig }, { readUserWorkbook }] = await Promise.all([
    import("./config-file"),
    import("./read-plan-file"),
  ]);
  const found = workbookConfig(await readUserWorkbook(context, file));
  if (found.kind === "absent") throw new CliUsageError(cliText("template_config_absent", { file }));
  if (found.kind === "broken") {
    for (const finding of found.findings) context.err(findingLine(file, finding));
    context.err(context.t(rolloutText("reference_broken", { file })));
    return { kind: "refused", exit: EXIT.input };
  }
  return { kind: "ok", file, config: found.config };
}
