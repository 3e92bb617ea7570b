import { formatA1, parseA1 } from "../domain/read/a1";
import type { ChartLayout, WorkbookLayout } from "../layout/types";
import { callStep, REQUEST_BUDGET_BYTES, type WriteStep } from "./chunks";
import type { InPlacePlan } from "./in-place";
import type { ColumnOp, RowOp } from "./in-place-plan";
import type { WorkbookRead } from "./read";
import { readAppliedSchema } from "../layout/applied-schema";
import { layoutSteps } from "./render";
import { columnRuns } from "./runs";
import { backupSheetName, doneSheetName, queueSheetDelete } from "./transaction";

/**
 * Write an in-place plan so that a failure at any request leaves the workbook as it was (spec §8,
 * issue #11). One batch (more only past the request budget), in this order:
 *
 * 1. a backup of every sheet that changes: `Worksheet.copy()` (ExcelApi 1.10), very hidden, named
 *    `~bak …` — a copy steals no reference (formulas, names and charts of the user keep pointing at the
 *    original); a small very hidden sheet `~kam progress` counts the structural steps done;
 * 2. the structural steps: whole rows deleted and inserted, table columns deleted and added, each
 *    followed by the count (Excel applies a failed batch up to the failing operation,
 *    https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model);
 * 3. the managed cells written (the writer's steps, tables kept), names, formats, charts, protection;
 * 4. `done` written, the backups and the progress sheet deleted.
 *
 * On failure `recoverInPlace` reads the count and the backups: before `done` it undoes the counted
 * structural steps in reverse (an inserted row deleted, a deleted row inserted again), copies every
 * backup back over its sheet with `Range.copyFrom` (ExcelApi 1.9), puts back names, tables, protection
 * and sheet order; after `done` it only finishes deleting the backups.
 */

/** Name of the very hidden sheet that counts the structural steps done. */
export const PROGRESS_SHEET = "~kam progress";
/** The progress sheet's name once the rebuild is complete (deleted with the backups). */
export const DONE_PROGRESS_SHEET = "~old kam progress";

/** A structural step as recovery needs it: what to undo. */
export type StructuralStep =
  | { readonly sheet: string; readonly row: RowOp }
  | { readonly sheet: string; readonly column: ColumnOp };

/** The structural steps of a plan, in execution order. */
export function structuralSteps(plan: InPlacePlan): StructuralStep[] {
  return [
    ...plan.sheets.flatMap((p) => [
      ...p.rowOps.map((row) => ({ sheet: p.sheet, row })),
      ...p.columnOps.map((column) => ({ sheet: p.sheet, column })),
    ]),
    ...plan.rewrittenRows,
  ];
}

/** The rows a row operation shifts: whole rows (`5:7`), or its columns only (`AE5:AL7`). */
export function rowOpAddress(row: RowOp): string {
  const last = row.at + row.count - 1;
  if (!row.columns) return `${String(row.at + 1)}:${String(last + 1)}`;
  return `${formatA1({ row: row.at, col: row.columns.from })}:${formatA1({ row: last, col: row.columns.to })}`;
}

function queueStructural(wb: Excel.Workbook, step: StructuralStep): void {
  if ("row" in step) {
    const range = wb.worksheets.getItem(step.sheet).getRange(rowOpAddress(step.row));
    if (step.row.kind === "insert") range.insert("Down");
    else range.delete("Up");
    return;
  }
  const columns = wb.tables.getItem(step.column.table).columns;
  if (step.column.kind === "insert") columns.add(step.column.index, undefined, step.column.header);
  else columns.getItemAt(step.column.index).delete();
}

/** The sheets backed up: the aligned and rewritten ones that exist. */
export function backedUp(plan: InPlacePlan): string[] {
  const order = (name: string): number => plan.layout.sheets.findIndex((s) => s.name === name);
  return [...plan.sheets.map((p) => p.sheet), ...plan.rewritten].sort(
    (a, b) => order(a) - order(b)
  );
}

/** Chart specs of a sheet the rebuild leaves alone (same chart as before) or replaces. */
export interface ChartChange {
  readonly sheet: string;
  /** The chart as the layout wants it. */
  readonly chart: ChartLayout;
  /** Whether a chart of that name is on the sheet now. */
  readonly exists: boolean;
  /** The chart as it is (to put back on failure), null when unknown or absent. */
  readonly before: ChartLayout | null;
}

/** The queued steps of an in-place rebuild (see the module comment). */
export function inPlaceSteps(
  context: Excel.RequestContext,
  read: WorkbookRead,
  plan: InPlacePlan,
  charts: readonly ChartChange[],
  budget = REQUEST_BUDGET_BYTES
): WriteStep[] {
  const wb = context.workbook;
  const layout = plan.layout;
  const sheets = backedUp(plan);
  const structural = structuralSteps(plan);
  const progress = (value: number | string): void => {
    wb.worksheets.getItem(PROGRESS_SHEET).getRange("A1").values = [[value]];
  };
  const steps: WriteStep[] = [
    callStep(
      () => {
        for (const name of sheets) {
          const copy = wb.worksheets.getItem(name).copy("End");
          copy.name = backupSheetName(name);
          copy.visibility = "VeryHidden";
        }
        const marker = wb.worksheets.add(PROGRESS_SHEET);
        marker.visibility = "VeryHidden";
        progress(0);
        for (const s of read.sheets)
          if (s.protected && sheets.includes(s.name))
            wb.worksheets.getItem(s.id).protection.unprotect();
      },
      4 * sheets.length + 4
    ),
  ];
  const references = plan.references;
  if (references && references.formulas.length > 0)
    steps.push(
      callStep(() => {
        // Before any row goes: a reference to a cell that goes to the Archive becomes its name.
        for (const f of references.formulas)
          wb.worksheets.getItem(f.sheet).getRange(f.address).formulas = [[f.after]];
      }, references.formulas.length)
    );
  structural.forEach((step, i) => {
    steps.push(
      callStep(() => {
        queueStructural(wb, step);
        progress(i + 1);
      }, 3)
    );
  });
  steps.push(callStep(() => progress(structural.length + 1)));
  for (const p of plan.sheets) {
    const cells = [...p.clear, ...p.displacedAt].map((c) => ({ address: formatA1(c) }));
    for (const run of columnRuns(cells, (c) => c.address))
      steps.push(
        callStep(() => {
          const range = wb.worksheets.getItem(p.sheet).getRange(run.address);
          range.clear("All");
          range.dataValidation.clear();
        }, 2)
      );
    const sheet = layout.sheets.find((s) => s.name === p.sheet);
    const formats = sheet?.conditionalFormats ?? [];
    const firstTable = Math.min(
      ...(sheet?.tables ?? []).map((t) => parseA1(t.topLeft)?.row ?? 1_048_575),
      1_048_575
    );
    if (formats.length > 0)
      steps.push(
        callStep(() => {
          // The managed data bars sit right of the form, above the tables: cleared there, added again.
          wb.worksheets
            .getItem(p.sheet)
            .getRangeByIndexes(0, 0, Math.max(1, firstTable), 26)
            .conditionalFormats.clearAll();
        })
      );
  }
  if (plan.rewrittenRecreated.length > 0)
    steps.push(
      callStep(() => {
        for (const name of plan.rewrittenRecreated) wb.tables.getItem(name).delete();
      }, plan.rewrittenRecreated.length)
    );
  for (const name of plan.rewritten)
    steps.push(
      callStep(() => {
        const range = wb.worksheets.getItem(name).getUsedRange();
        range.clear("All");
        range.dataValidation.clear();
      }, 3)
    );
  const names = nameSteps(wb, read, plan);
  const kept = new Set(
    charts.filter((c) => c.exists && sameChart(c.before, c.chart)).map((c) => c.sheet)
  );
  for (const c of charts)
    if (c.exists && !kept.has(c.sheet))
      steps.push(
        callStep(() => wb.worksheets.getItem(c.sheet).charts.getItem(c.chart.name).delete())
      );
  steps.push(
    ...layoutSteps(context, layout, budget, {
      sheets: new Set(read.sheets.map((s) => s.name)),
      tables: new Set(
        read.snapshot.tables
          .filter(
            (t) =>
              !plan.sheets.some((p) => p.recreated.includes(t.name)) &&
              !plan.rewrittenRecreated.includes(t.name)
          )
          .map((t) => t.name)
      ),
      names,
      keptCharts: kept,
      hiddenBefore: new Set(
        (readAppliedSchema(read.snapshot)?.sections ?? []).filter((x) => x.hidden).map((x) => x.key)
      ),
    })
  );
  if (references && references.tokens.length + references.names.length > 0)
    steps.push(
      callStep(
        () => {
          for (const t of references.tokens) wb.names.add(t.name, `=${t.address}`);
          for (const n of references.names) {
            wb.names.getItem(n.name).delete();
            wb.names.add(n.name, `=${n.address}`);
          }
        },
        references.tokens.length + 2 * references.names.length
      )
    );
  steps.push(
    callStep(
      () => {
        progress("done");
        // Renamed before the first deletion: a deletion that fails leaves only `~old …` sheets, which
        // hold nothing the workbook lacks; the next action deletes them (write-preflight.ts).
        for (const name of sheets)
          wb.worksheets.getItem(backupSheetName(name)).name = doneSheetName(name);
        wb.worksheets.getItem(PROGRESS_SHEET).name = DONE_PROGRESS_SHEET;
        for (const name of sheets)
          queueSheetDelete(wb.worksheets.getItem(doneSheetName(name)), "VeryHidden");
        queueSheetDelete(wb.worksheets.getItem(DONE_PROGRESS_SHEET), "VeryHidden");
      },
      4 * sheets.length + 5
    )
  );
  return steps;
}

function sameChart(a: ChartLayout | null, b: ChartLayout): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** The absolute reference of a layout name (`=ActionPlan!$B$4`). */
function reference(sheet: string, address: string): string {
  const quoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
  const [a, b] = address.split(":").map((x) => parseA1(x));
  if (!a) return `=${quoted}!${address}`;
  return `=${quoted}!${formatA1(a, true)}${b ? `:${formatA1(b, true)}` : ""}`;
}

/**
 * The names: each layout name added, or moved when the rows moved it elsewhere (deleted and added);
 * names the rebuild owns that the layout no longer has are deleted; the user's names are left alone.
 */
function nameSteps(wb: Excel.Workbook, read: WorkbookRead, plan: InPlacePlan): WriteStep[] {
  const steps: WriteStep[] = [];
  const wanted = new Map(plan.layout.names.map((n) => [n.name.toLowerCase(), n]));
  const planOf = new Map(plan.sheets.map((p) => [p.sheet, p]));
  const now = new Map<string, string>();
  for (const n of read.snapshot.names) {
    if (n.sheet === null || n.address === null) continue;
    const at = parseA1(n.address);
    const p = planOf.get(n.sheet);
    const row = at && p ? p.rowOf(at.row) : (at?.row ?? null);
    const stateful = read.names.find((x) => x.name === n.name)?.formula ?? "";
    const span = stateful.includes(":")
      ? stateful.slice(stateful.lastIndexOf("!") + 1).replace(/\$/g, "")
      : null;
    if (at && row !== null && span === null)
      now.set(n.name.toLowerCase(), reference(n.sheet, formatA1({ row, col: at.col })));
  }
  for (const n of read.names) {
    const key = n.name.toLowerCase();
    const target = wanted.get(key);
    if (!target) {
      if (plan.ownNames.has(key)) steps.push(callStep(() => wb.names.getItem(n.name).delete()));
      continue;
    }
    if (now.get(key) === reference(target.sheet, target.address)) continue;
    steps.push(
      callStep(() => {
        wb.names.getItem(n.name).delete();
        wb.names.add(target.name, wb.worksheets.getItem(target.sheet).getRange(target.address));
      }, 3)
    );
  }
  const existing = new Set(read.names.map((n) => n.name.toLowerCase()));
  for (const target of plan.layout.names)
    if (!existing.has(target.name.toLowerCase()))
      steps.push(
        callStep(
          () =>
            wb.names.add(target.name, wb.worksheets.getItem(target.sheet).getRange(target.address)),
          2
        )
      );
  return steps;
}

export type { WorkbookLayout };
