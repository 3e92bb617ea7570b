import type { Lang } from "../domain/values";
import { ALIGNED_SHEETS, REWRITTEN_SHEETS } from "./in-place";
import { PROGRESS_SHEET } from "./in-place-write";
import { adapterText } from "./messages";
import { languageOf } from "./plan-facts";
import { readWorkbook, type WorkbookRead } from "./read";
import { BACKUP_SHEET_PREFIX, DONE_SHEET_PREFIX, queueSheetDelete } from "./transaction";
import type { ActionFailure } from "./types";

/**
 * A rebuild restructures these sheets in place: it reads their cells and charts too (in the same request),
 * and the user's own sheets' cells (their formulas into archived cells are pointed at the Archive).
 */
const WRITE_READ = {
  sheetCells: [...ALIGNED_SHEETS, ...REWRITTEN_SHEETS],
  otherSheetCells: true,
} as const;

/** The read a rebuild starts from, or why it must not start (nothing was changed). */
export type Preflight =
  | { readonly ok: true; readonly read: WorkbookRead }
  | { readonly ok: false; readonly reason: ActionFailure; readonly message: string };

/**
 * Read the workbook for an action that rebuilds sheets, and refuse what Excel would refuse half-way:
 * - a workbook whose structure is protected (`Workbook.protection.protected`, ExcelApi 1.7,
 *   https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection): sheets cannot be added,
 *   renamed or deleted, so the rebuild is refused before it writes;
 * - backups of an interrupted rebuild (`~bak …`: its new sheets were not complete and the restore failed):
 *   refused, naming the sheets to rename back.
 * Backups of a completed rebuild whose deletion failed (`~old …`, see transaction.ts) are deleted first —
 * very hidden ones made hidden, as Excel requires — and the workbook read again: "run the action again"
 * finishes the rebuild. `lang` null: the workbook's language (Russian when it has none).
 */
export async function readForWrite(
  context: Excel.RequestContext,
  lang: Lang | null
): Promise<Preflight> {
  const read = await readWorkbook(context, WRITE_READ);
  const inLang = lang ?? languageOf(read.snapshot) ?? "ru";
  if (read.workbookProtected)
    return { ok: false, reason: "protected", message: adapterText("workbook_protected", inLang) };
  const interrupted = read.sheets.filter((s) => s.name.startsWith(BACKUP_SHEET_PREFIX));
  if (interrupted.length > 0)
    return {
      ok: false,
      reason: "excel_error",
      message: adapterText("interrupted", inLang, {
        backups: interrupted.map((s) => `«${s.name}»`).join(", "),
      }),
    };
  // `~old …` backups of a completed rebuild, and the progress sheet an in-place rebuild left.
  const finished = read.sheets.filter(
    (s) => s.name.startsWith(DONE_SHEET_PREFIX) || s.name === PROGRESS_SHEET
  );
  if (finished.length === 0) return { ok: true, read };
  for (const s of finished)
    queueSheetDelete(context.workbook.worksheets.getItem(s.id), s.visibility);
  await context.sync();
  const again = await readWorkbook(context, WRITE_READ);
  return { ok: true, read: { ...again, syncs: read.syncs + 1 + again.syncs } };
}
