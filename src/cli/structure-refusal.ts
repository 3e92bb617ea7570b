import type { Finding } from "../domain/findings";
import { EXIT, type CliContext } from "./context";
import { findingLine } from "./output";

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
  context.err(
    context.t({
      ru: `${file}: структура книги нарушена — значения нельзя перенести без потерь, файл не изменён:`,
      en: `${file}: the workbook's structure is broken — its values cannot be carried without loss, the file is unchanged:`,
    })
  );
  for (const finding of findings) context.err(findingLine(file, finding));
  context.err(
    context.t({
      ru: "Исправьте названное (или возьмите резервную копию файла) и повторите команду.",
      en: "Repair what is named above (or use a backup copy of the file) and run the command again.",
    })
  );
  return EXIT.input;
}
