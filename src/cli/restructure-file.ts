import { cliText } from "../domain/text/cli";
import type { KamConfig } from "../domain/config/types";
import type { WorkbookSnapshot } from "../domain/snapshot";
import { text } from "../domain/text/layout";
import type { ArchiveRow, WorkbookLayout } from "../layout/types";
import { XLSX_LIMITS } from "../xlsx/guard/limits";
import { patchWorkbook, type PatchReport } from "../xlsx/patch";
import { readWorkbookBuffer, readWorkbookBytes } from "../xlsx/read";
import type { CliContext } from "./context";
import { writeFileAtomic } from "./write-atomic";

/** A workbook the user named: its bytes (for patching) and its snapshot. */
export interface UserWorkbook {
  readonly file: string;
  readonly bytes: Buffer;
  readonly snapshot: WorkbookSnapshot;
}

/** Read a workbook the user named, keeping its bytes: a restructuring patches them (spec §8). */
export async function readUserWorkbookBytes(
  context: CliContext,
  file: string
): Promise<UserWorkbook> {
  const bytes = await readWorkbookBytes(context.resolve(file), XLSX_LIMITS, file);
  return { file, bytes, snapshot: readWorkbookBuffer(bytes, file) };
}

/**
 * Write a restructured workbook to `out`: the user's package patched with the
 * new layout (src/xlsx/patch), so the user's sheets, cells, names, charts and
 * comments stay. `layoutFor` builds the new layout with extra Archive rows;
 * `target` is the checked output path, `shown` its name as the user typed it.
 */
export async function writeRestructured(
  context: CliContext,
  input: UserWorkbook,
  config: KamConfig,
  layoutFor: (extraArchive: readonly ArchiveRow[]) => WorkbookLayout,
  archiveBefore: number,
  target: string,
  shown: string
): Promise<PatchReport> {
  const patched = await patchWorkbook({
    original: input.bytes,
    fileName: input.file,
    snapshot: input.snapshot,
    layoutFor,
    archiveBefore,
    displacedReason: text("archiveDisplaced", config.settings.language),
  });
  await writeFileAtomic(target, patched.bytes, { shown });
  return patched.report;
}

/** The lines a restructuring command prints about the user's own cells and references. */
export function patchReportLines(context: CliContext, report: PatchReport): string[] {
  const lines: string[] = [];
  if (report.userCellsKept > 0 || report.userCellsArchived.length > 0)
    lines.push(
      context.t(
        cliText("patch_cells", {
          kept: report.userCellsKept,
          moved: report.userCellsMoved.length,
          archived: report.userCellsArchived.length,
        })
      )
    );
  for (const m of report.userCellsMoved) lines.push(`  ${m.from} → ${m.to}`);
  for (const row of report.userCellsArchived)
    lines.push(`  Archive: ${row.address ?? ""} = ${String(row.value)}`);
  if (report.formulasRewritten > 0)
    lines.push(context.t(cliText("patch_rewritten", { n: report.formulasRewritten })));
  for (const u of report.unresolved)
    lines.push(context.t(cliText("patch_unresolved", { cell: u.cell, reference: u.reference })));
  return lines;
}
