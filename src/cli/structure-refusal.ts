import type { Finding } from "../domain/findings";
import { EXIT, type CliContext } from "./context";
import { findingLine } from "./output";
import { cliText } from "../domain/text/cli";

/**
 * Refuse a restructuring whose workbook lost the structure its values are
 * carried through (spec §8): say so, list every finding (each names the
 * defined name, table or sheet and how to repair it), and return exit code 2.
 * The caller has written nothing.
 */
export function refuseBrokenStructure(
  context: CliContext,
  file: string,
  findings: readonly Finding[]
): number {
  context.err(context.t(cliText("structure_broken", { file })));
  for (const finding of findings) context.err(findingLine(file, finding));
  context.err(context.t(cliText("structure_repair")));
  return EXIT.input;
}
