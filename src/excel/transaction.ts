import type { WorkbookLayout } from "../layout/types";
import { callStep, REQUEST_BUDGET_BYTES, syncInChunks } from "./chunks";
import type { WorkbookRead } from "./read";
import { layoutSteps } from "./render";

/** Prefix of the backup names old sheets and tables carry while a rebuild runs. */
export const BACKUP_SHEET_PREFIX = "~bak ";
export const BACKUP_TABLE_PREFIX = "kam_bak_";
/**
 * Prefix a backup takes once every new sheet is complete, just before it is deleted: a backup left
 * under this name (its deletion failed) holds nothing the new sheets lack, and the next run deletes it.
 */
export const DONE_SHEET_PREFIX = "~old ";

/** The backup name of a sheet (Excel's 31-character limit kept). */
export function backupSheetName(name: string): string {
  return `${BACKUP_SHEET_PREFIX}${name}`.slice(0, 31);
}

/** The name of a backup whose rebuild completed (see DONE_SHEET_PREFIX). */
export function doneSheetName(name: string): string {
  return `${DONE_SHEET_PREFIX}${name}`.slice(0, 31);
}

/**
 * Queue the deletion of a sheet as Excel allows it: a very hidden sheet cannot be deleted ("by design",
 * https://github.com/OfficeDev/office-js/issues/365; documented in
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets), so it is made
 * hidden first.
 */
export function queueSheetDelete(sheet: Excel.Worksheet, visibility: string): void {
  if (visibility === "VeryHidden") sheet.visibility = "Hidden";
  sheet.delete();
}

/** How a rebuild ended. `restored`: it failed and the workbook is as it was; `stuck`: it failed and could not be restored. */
export type ReplaceOutcome =
  | { readonly kind: "done"; readonly syncs: number }
  | {
      readonly kind: "restored";
      readonly error: unknown;
      readonly syncs: number;
      /** The replaced sheets that were protected (one of them may hold a password the add-in lacks). */
      readonly protectedSheets: readonly string[];
    }
  | {
      readonly kind: "stuck";
      readonly error: unknown;
      readonly backups: readonly string[];
      readonly syncs: number;
    };

/** What a rebuild replaces: sheets of the old workbook that the layout also has. */
function replacedSheets(read: WorkbookRead, layout: WorkbookLayout): WorkbookRead["sheets"] {
  const wanted = new Set(layout.sheets.map((s) => s.name.toLowerCase()));
  return read.sheets.filter((s) => wanted.has(s.name.toLowerCase()));
}

/**
 * Replace the plan sheets by the layout so that any failure can be undone.
 * The work, in this order: the old sheets are unprotected and renamed to
 * backups (`~bak ActionPlan`; their tables to `kam_bak_…`, so the names are
 * free — Excel updates references on rename), the old names of the plan are
 * deleted, the layout is rendered under the final names, and only then are
 * the backups deleted. A normal plan is one request; a very large one is sent
 * in several (`syncInChunks`, each under `budget` bytes), and the backups are
 * deleted at the very end of the last one, after every sheet is complete.
 * Excel applies a failed batch up to the failing operation
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model),
 * so on failure `recover` looks at what happened: while every backup still
 * exists (a failure in any chunk, or in the last one before its deletions)
 * the new sheets are dropped and the backups renamed back — the workbook is
 * as it was; once a backup is gone the new sheets were complete and the
 * remaining backups are deleted.
 */
export async function replaceWithLayout(
  context: Excel.RequestContext,
  read: WorkbookRead,
  layout: WorkbookLayout,
  budget = REQUEST_BUDGET_BYTES
): Promise<ReplaceOutcome> {
  const old = replacedSheets(read, layout);
  const oldNames = new Set(old.map((s) => s.name.toLowerCase()));
  const layoutNames = new Set(layout.names.map((n) => n.name.toLowerCase()));
  const wb = context.workbook;
  const movedTables = read.snapshot.tables.filter((t) => oldNames.has(t.sheet.toLowerCase()));
  const dropped = read.snapshot.names.filter(
    (n) =>
      (n.sheet !== null && oldNames.has(n.sheet.toLowerCase())) ||
      layoutNames.has(n.name.toLowerCase())
  );
  const touched = new Set(dropped.map((n) => n.name.toLowerCase()));
  const backup = callStep(
    () => {
      for (const s of old) {
        const sheet = wb.worksheets.getItem(s.id);
        if (s.protected) sheet.protection.unprotect();
        sheet.name = backupSheetName(s.name);
      }
      for (const t of movedTables)
        wb.tables.getItem(t.name).name = `${BACKUP_TABLE_PREFIX}${t.name}`;
      for (const n of dropped) wb.names.getItem(n.name).delete();
    },
    2 * old.length + movedTables.length + dropped.length
  );
  // All backups are marked done before the first deletion: a deletion that fails leaves only marked ones.
  const cleanup = callStep(() => {
    for (const s of old) wb.worksheets.getItem(s.id).name = doneSheetName(s.name);
    for (const s of old) queueSheetDelete(wb.worksheets.getItem(s.id), s.visibility);
  }, 3 * old.length);
  const outcome = await syncInChunks(
    context,
    [backup, ...layoutSteps(context, layout, budget), cleanup],
    budget
  );
  if (outcome.ok) return { kind: "done", syncs: outcome.syncs };
  return recover(context, read, old, touched, outcome.error, outcome.syncs);
}

async function recover(
  context: Excel.RequestContext,
  read: WorkbookRead,
  old: WorkbookRead["sheets"],
  touched: ReadonlySet<string>,
  error: unknown,
  done: number
): Promise<ReplaceOutcome> {
  const wb = context.workbook;
  let leftNames = old.map((s) => backupSheetName(s.name));
  try {
    const sheets = wb.worksheets.load("items/id, items/name, items/visibility");
    const tables = wb.tables.load("items/name, items/worksheet/id");
    const names = wb.names.load("items/name, items/formula");
    const guards = old.map((s) => {
      const sheet = wb.worksheets.getItemOrNullObject(s.id);
      return { sheet, protection: sheet.protection.load("protected") };
    });
    await context.sync();
    const byId = new Map(sheets.items.map((s) => [s.id, s]));
    leftNames = old.flatMap((s) => byId.get(s.id)?.name ?? []);
    const known = new Set(read.sheets.map((s) => s.id));
    const allBackupsThere = old.every((s) => byId.has(s.id));
    const marked = old.some((s) => byId.get(s.id)?.name.startsWith(DONE_SHEET_PREFIX) === true);
    if (!allBackupsThere || marked) {
      // The cleanup had begun: every new sheet is complete; only the backups are left to delete.
      for (const s of old) {
        const left = byId.get(s.id);
        if (left) queueSheetDelete(left, left.visibility);
      }
      await context.sync();
      return { kind: "done", syncs: done + 2 };
    }
    for (const s of sheets.items) if (!known.has(s.id)) queueSheetDelete(s, s.visibility);
    const oldIds = new Set(old.map((s) => s.id));
    for (const t of tables.items) {
      if (oldIds.has(t.worksheet.id) && t.name.startsWith(BACKUP_TABLE_PREFIX))
        t.name = t.name.slice(BACKUP_TABLE_PREFIX.length);
    }
    for (const s of old) {
      const sheet = wb.worksheets.getItem(s.id);
      sheet.name = s.name;
    }
    // Names: drop the new ones and the ones the batch touched, then put the touched ones back as they were.
    const before = new Set(read.names.map((n) => n.name.toLowerCase()));
    for (const n of names.items)
      if (!before.has(n.name.toLowerCase()) || touched.has(n.name.toLowerCase())) n.delete();
    for (const n of read.names)
      if (touched.has(n.name.toLowerCase()) && n.formula !== "=#REF!")
        wb.names.add(n.name, n.formula);
    old.forEach((s, i) => {
      const guard = guards[i];
      if (s.protected && guard && !guard.sheet.isNullObject && !guard.protection.protected)
        guard.protection.protect(s.protectionOptions);
    });
    const active = read.sheets.find((s) => s.name === read.activeSheet);
    if (active && active.visibility === "Visible") wb.worksheets.getItem(active.id).activate();
    await context.sync();
    return {
      kind: "restored",
      error,
      syncs: done + 2,
      protectedSheets: old.filter((s) => s.protected).map((s) => s.name),
    };
  } catch {
    return {
      kind: "stuck",
      error,
      backups: await backupNames(context, old, leftNames),
      syncs: done + 2,
    };
  }
}

/** The backups' names as they are now (`~bak …` or `~old …`), for the message; `fallback` when even that read fails. */
async function backupNames(
  context: Excel.RequestContext,
  old: WorkbookRead["sheets"],
  fallback: readonly string[]
): Promise<readonly string[]> {
  try {
    const sheets = context.workbook.worksheets.load("items/id, items/name");
    await context.sync();
    const ids = new Set(old.map((s) => s.id));
    return sheets.items.filter((s) => ids.has(s.id)).map((s) => s.name);
  } catch {
    return fallback;
  }
}
