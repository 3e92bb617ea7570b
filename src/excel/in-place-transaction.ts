import { callStep, queueAll, REQUEST_BUDGET_BYTES, syncInChunks } from "./chunks";
import type { InPlacePlan } from "./in-place";
import {
  backedUp,
  DONE_PROGRESS_SHEET,
  inPlaceSteps,
  PROGRESS_SHEET,
  rowOpAddress,
  structuralSteps,
  type ChartChange,
  type StructuralStep,
} from "./in-place-write";
import { formatA1, parseA1 } from "../domain/read/a1";
import { readWorkbook, type WorkbookRead } from "./read";
import { chartSteps } from "./render-chart";
import { backupSheetName, queueSheetDelete, type ReplaceOutcome } from "./transaction";

/** Write an in-place plan (in-place-write.ts); on failure put the workbook back as it was. */
export async function writeInPlace(
  context: Excel.RequestContext,
  read: WorkbookRead,
  plan: InPlacePlan,
  charts: readonly ChartChange[],
  budget = REQUEST_BUDGET_BYTES
): Promise<ReplaceOutcome> {
  const outcome = await syncInChunks(
    context,
    inPlaceSteps(context, read, plan, charts, budget),
    budget
  );
  if (outcome.ok) return { kind: "done", syncs: outcome.syncs };
  return recoverInPlace(context, read, plan, charts, outcome.error, outcome.syncs);
}

/** Queue the inverse of a structural step. */
function queueUndo(wb: Excel.Workbook, step: StructuralStep): void {
  if ("row" in step) {
    const range = wb.worksheets.getItem(step.sheet).getRange(rowOpAddress(step.row));
    if (step.row.kind === "insert") range.delete("Up");
    else range.insert("Down");
    return;
  }
  const columns = wb.tables.getItem(step.column.table).columns;
  if (step.column.kind === "insert") columns.getItemAt(step.column.index).delete();
  else columns.add(step.column.index, undefined, step.column.header);
}

/** Structured references to a backup's tables (`SalesPlan2[…]`) named back after their originals. */
function renameTables(formula: string, renames: ReadonlyMap<string, string>): string {
  let out = formula;
  for (const [from, to] of renames)
    out = out.replace(new RegExp(`(^|[^\\p{L}\\p{N}_.])${from}(?=\\[)`, "gu"), `$1${to}`);
  return out;
}

/**
 * Put the workbook back after a failed in-place write (see in-place-write.ts). Three requests: what
 * exists, what the backups and the progress hold, and one that undoes and restores.
 */
export async function recoverInPlace(
  context: Excel.RequestContext,
  read: WorkbookRead,
  plan: InPlacePlan,
  charts: readonly ChartChange[],
  error: unknown,
  done: number
): Promise<ReplaceOutcome> {
  const wb = context.workbook;
  const backed = backedUp(plan);
  try {
    const sheets = wb.worksheets.load("items/id, items/name, items/visibility");
    const tables = wb.tables.load("items/name, items/worksheet/name");
    const names = wb.names.load("items/name, items/formula");
    await context.sync();
    const byName = new Map(sheets.items.map((s) => [s.name, s]));
    const known = new Set(read.sheets.map((s) => s.id));
    const extra = sheets.items.filter((s) => !known.has(s.id));
    const progressSheet = byName.get(PROGRESS_SHEET) ?? byName.get(DONE_PROGRESS_SHEET);
    const progress = progressSheet?.getRange("A1").load("values") ?? null;
    const backups = backed.flatMap((name) => {
      const b = byName.get(backupSheetName(name));
      return b ? [{ name, used: b.getUsedRange().load("address, formulas") }] : [];
    });
    const tableRanges = tables.items.map((t) => ({
      name: t.name,
      sheet: t.worksheet.name,
      range: t.getRange().load("address"),
    }));
    const currentUsed = backed.map((name) => ({
      name,
      used: wb.worksheets.getItem(name).getUsedRange().load("address"),
      protection: wb.worksheets.getItem(name).protection.load("protected"),
    }));
    // Column widths are not copied by copyFrom: read from the backups (first 64 columns), set back.
    const widths = backups.map((b) => ({
      name: b.name,
      columns: Array.from({ length: 64 }, (_, c) =>
        wb.worksheets
          .getItem(backupSheetName(b.name))
          .getRangeByIndexes(0, c, 1, 1)
          .format.load("columnWidth")
      ),
    }));
    const chartNow = charts.map((c) =>
      wb.worksheets.getItem(c.sheet).charts.getItemOrNullObject(c.chart.name)
    );
    await context.sync();
    const marker: unknown = progress?.values[0]?.[0];
    if (marker === undefined && !extra.some((s) => s.name.startsWith("~bak "))) {
      // Nothing of the batch is left: it either never started or finished (its last operations delete
      // the backups and the progress sheet). The layout's tables and names tell which.
      const now = await readWorkbook(context);
      if (matchesLayout(now, plan)) {
        for (const s of extra) if (s.name.startsWith("~old ")) queueSheetDelete(s, s.visibility);
        await context.sync();
        return { kind: "done", syncs: done + 3 + now.syncs };
      }
    }
    if (marker === "done") {
      for (const s of extra)
        if (s.name.startsWith("~bak ") || s.name.startsWith("~old ") || s.name === PROGRESS_SHEET)
          queueSheetDelete(s, s.visibility);
      await context.sync();
      return { kind: "done", syncs: done + 4 };
    }
    if (typeof marker === "number" && marker > 0) {
      const structural = structuralSteps(plan);
      const applied = Math.min(marker, structural.length);
      for (const s of currentUsed) if (s.protection.protected) s.protection.unprotect();
      for (let k = applied - 1; k >= 0; k -= 1) {
        const step = structural[k];
        if (step) queueUndo(wb, step);
      }
      // Tables the batch deleted with their rows come back where they were (known once the undo ran).
      const after = wb.tables.load("items/name");
      await context.sync();
      const nowTables = new Set(after.items.map((t) => t.name));
      for (const t of read.snapshot.tables)
        if (!nowTables.has(t.name) && backed.includes(t.sheet)) {
          const table = wb.worksheets.getItem(t.sheet).tables.add(t.address, true);
          table.name = t.name;
        }
      for (const s of currentUsed) {
        const range = wb.worksheets.getItem(s.name).getRange(s.used.address.split("!").pop());
        range.clear("All");
        range.dataValidation.clear();
        range.conditionalFormats.clearAll();
      }
      for (const b of backups) {
        const local = b.used.address.split("!").pop() ?? "A1";
        const from = wb.worksheets.getItem(backupSheetName(b.name)).getRange(local);
        wb.worksheets.getItem(b.name).getRange(local).copyFrom(from, "All");
        const renames = new Map(
          tableRanges
            .filter((t) => t.sheet === backupSheetName(b.name))
            .flatMap((t) => {
              const local2 = t.range.address.split("!").pop();
              const original = read.snapshot.tables.find(
                (o) => o.sheet === b.name && o.address === local2
              );
              return original ? [[t.name, original.name] as const] : [];
            })
        );
        // A backup is a sheet of the workbook: the batch's own row and column deletions rewrote its
        // references to other sheets too (`#REF!`), and its references to its own tables name the
        // copies. The formulas read before the batch are the truth; cells that differ are written back.
        const origin = parseA1(local.split(":")[0] ?? "A1") ?? { row: 0, col: 0 };
        const truth = new Map<number, string>();
        const cells = read.sheetCells?.get(b.name);
        const first = parseA1((cells?.address ?? "A1").split(":")[0] ?? "A1") ?? { row: 0, col: 0 };
        cells?.formulas.forEach((row, r) =>
          row.forEach((f, c) => {
            if (typeof f === "string" && f.startsWith("="))
              truth.set((first.row + r) * 16384 + first.col + c, f);
          })
        );
        const sheet = wb.worksheets.getItem(b.name);
        b.used.formulas.forEach((row, r) =>
          row.forEach((f, c) => {
            if (typeof f !== "string" || !f.startsWith("=")) return;
            const at = { row: origin.row + r, col: origin.col + c };
            const fixed = truth.get(at.row * 16384 + at.col) ?? renameTables(f, renames);
            if (fixed !== f) sheet.getRange(formatA1(at)).formulas = [[fixed]];
          })
        );
      }
      // Names as they were: changed or missing ones put back, new ones deleted.
      const before = new Map(read.names.map((n) => [n.name.toLowerCase(), n.formula]));
      const current = new Map(names.items.map((n) => [n.name.toLowerCase(), n]));
      for (const n of names.items) {
        const old = before.get(n.name.toLowerCase());
        if (old === undefined || old !== String(n.formula)) n.delete();
      }
      for (const n of read.names) {
        const now = current.get(n.name.toLowerCase());
        if ((!now || String(now.formula) !== n.formula) && n.formula !== "=#REF!")
          wb.names.add(n.name, n.formula);
      }
      for (const w of widths)
        w.columns.forEach((f, c) => {
          wb.worksheets.getItem(w.name).getRangeByIndexes(0, c, 1, 1).format.columnWidth =
            f.columnWidth;
        });
      charts.forEach((c, i) => {
        const chart = chartNow[i];
        if (chart && !chart.isNullObject && !(c.exists && c.before && sameSpec(c))) chart.delete();
        if (c.exists && c.before && !sameSpec(c))
          queueAll(
            chartSteps(
              () => wb.worksheets.getItem(c.sheet),
              [c.before],
              (n) => wb.worksheets.getItem(n)
            )
          );
      });
    }
    if (typeof marker === "number") {
      // The user's formulas that were pointed at Archive names (archived-references.ts), as they were.
      const managed = new Set(backed);
      for (const f of plan.references?.formulas ?? [])
        if (!managed.has(f.sheet))
          wb.worksheets.getItem(f.sheet).getRange(f.address).formulas = [[f.before]];
    }
    for (const s of extra) queueSheetDelete(s, s.visibility);
    read.sheets.forEach((s, position) => {
      const sheet = wb.worksheets.getItem(s.id);
      sheet.position = position;
      const visibility: string | undefined = byName.get(s.name)?.visibility;
      const wanted = s.visibility;
      if (visibility !== undefined && visibility !== wanted && isVisibility(wanted))
        sheet.visibility = wanted;
    });
    currentUsed.forEach((s) => {
      const old = read.sheets.find((x) => x.name === s.name);
      if (!old?.protected) return;
      const sheet = wb.worksheets.getItem(s.name);
      if (typeof marker === "number" && marker > 0) sheet.protection.protect(old.protectionOptions);
      else if (!s.protection.protected) sheet.protection.protect(old.protectionOptions);
    });
    const active = read.sheets.find((s) => s.name === read.activeSheet);
    if (active && active.visibility === "Visible") wb.worksheets.getItem(active.id).activate();
    await context.sync();
    return {
      kind: "restored",
      error,
      syncs: done + 4,
      protectedSheets: read.sheets
        .filter((s) => s.protected && backed.includes(s.name))
        .map((s) => s.name),
    };
  } catch {
    return { kind: "stuck", error, backups: await leftBackups(context, backed), syncs: done + 4 };
  }
}

/** Whether the workbook's tables (place and headers) and the layout's names are those of the plan's layout. */
function matchesLayout(now: WorkbookRead, plan: InPlacePlan): boolean {
  for (const sheet of plan.layout.sheets)
    for (const t of sheet.tables) {
      const at = parseA1(t.topLeft);
      const found = now.snapshot.tables.find((x) => x.name === t.name);
      if (!at || !found || found.sheet !== sheet.name) return false;
      const address = `${t.topLeft}:${formatA1({
        row: at.row + Math.max(1, t.rows.length),
        col: at.col + t.columns.length - 1,
      })}`;
      if (found.address !== address) return false;
      if (found.headers.join("\u0000") !== t.columns.map((c) => c.header).join("\u0000"))
        return false;
    }
  return plan.layout.names.every((n) =>
    now.snapshot.names.some(
      (x) => x.name === n.name && x.sheet === n.sheet && x.address === n.address.split(":")[0]
    )
  );
}

/** The backups as they are named now (`~bak …`, `~old …`), for the message; the expected names when even that read fails. */
async function leftBackups(
  context: Excel.RequestContext,
  backed: readonly string[]
): Promise<readonly string[]> {
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return sheets.items
      .map((s) => s.name)
      .filter((n) => n.startsWith("~bak ") || (n.startsWith("~old ") && n !== DONE_PROGRESS_SHEET));
  } catch {
    return backed.map(backupSheetName);
  }
}

function isVisibility(v: string): v is "Visible" | "Hidden" | "VeryHidden" {
  return v === "Visible" || v === "Hidden" || v === "VeryHidden";
}

function sameSpec(c: ChartChange): boolean {
  return c.before !== null && JSON.stringify(c.before) === JSON.stringify(c.chart);
}

export { callStep };
