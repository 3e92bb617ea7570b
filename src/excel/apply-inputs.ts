import type { CellRef, Lang } from "../domain/values";
import { cellHolds, type CellWrite } from "../domain/whatif/cell-writes";
import { adapterText, errorCode, failureOfCode } from "./messages";
import { columnRuns } from "./runs";
import type { ApplyInputsResult } from "./types";

/** `Sheet!A1` as people read it. */
function place(ref: CellRef): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(ref.sheet)
    ? `${ref.sheet}!${ref.cell}`
    : `'${ref.sheet.replace(/'/g, "''")}'!${ref.cell}`;
}

/** Cells listed for a message: the first few, then how many more. */
function cellList(refs: readonly CellRef[]): string {
  const shown = refs.slice(0, 5).map(place).join(", ");
  return refs.length > 5 ? `${shown} (+${refs.length - 5})` : shown;
}

interface QueuedRun {
  readonly range: Excel.Range;
  readonly writes: readonly CellWrite[];
}

/**
 * Write a what-if's changed inputs into the live workbook, all or nothing, inside one `Excel.run`:
 * 1. load the values and formulas of the target cells (vertical runs of a column: one range each); one sync;
 * 2. refuse, writing nothing, when a cell no longer holds the value the what-if was computed from
 *    or holds a formula (a value would replace a person's formula);
 * 3. queue every write; one sync. Excel applies a failed batch up to the failing operation
 *    (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model), so on
 *    failure the old values (constants: formulas were refused) are written back in a third sync.
 * Two syncs when it works, three when a write fails and is undone.
 */
export async function applyInputsIn(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  lang: Lang
): Promise<ApplyInputsResult> {
  if (writes.length === 0) return { ok: true, written: 0, syncs: 0 };
  const bySheet = new Map<string, CellWrite[]>();
  for (const write of writes) {
    const list = bySheet.get(write.ref.sheet) ?? [];
    list.push(write);
    bySheet.set(write.ref.sheet, list);
  }
  const queued: QueuedRun[] = [];
  for (const [sheetName, list] of bySheet) {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    for (const run of columnRuns(list, (w) => w.ref.cell)) {
      queued.push({
        range: sheet.getRange(run.address).load(["values", "formulas"]),
        writes: run.items,
      });
    }
  }
  await context.sync();
  const changed: CellRef[] = [];
  const formulas: CellRef[] = [];
  for (const { range, writes: items } of queued) {
    items.forEach((write, i) => {
      const formula: unknown = (range.formulas as unknown[][])[i]?.[0];
      if (typeof formula === "string" && formula.startsWith("=")) formulas.push(write.ref);
      else if (!cellHolds(range.values[i]?.[0], write)) changed.push(write.ref);
    });
  }
  if (formulas.length > 0)
    return {
      ok: false,
      reason: "formula",
      cells: formulas,
      message: adapterText("inputs_formula", lang, { cells: cellList(formulas) }),
      syncs: 1,
    };
  if (changed.length > 0)
    return {
      ok: false,
      reason: "changed",
      cells: changed,
      message: adapterText("inputs_changed", lang, { cells: cellList(changed) }),
      syncs: 1,
    };
  const old = queued.map(({ range }) =>
    (range.values as unknown[][]).map((row): unknown[] => [row[0] ?? ""])
  );
  for (const { range, writes: items } of queued) range.values = items.map((w) => [w.value]);
  try {
    await context.sync();
  } catch (error) {
    const code = errorCode(error);
    const reason = failureOfCode(code);
    queued.forEach(({ range }, i) => {
      range.values = old[i] ?? [];
    });
    try {
      await context.sync();
    } catch (restoreError) {
      const restoreCode = errorCode(restoreError);
      return {
        ok: false,
        reason: "excel_error",
        cells: [],
        message: adapterText("excel_error", lang, { code: restoreCode }),
        syncs: 3,
      };
    }
    return {
      ok: false,
      reason,
      cells: [],
      message: adapterText(reason, lang, { code }),
      syncs: 3,
    };
  }
  return { ok: true, written: writes.length, syncs: 2 };
}

/** `applyInputsIn` in its own `Excel.run` (`delayForCellEdit`, one undo step where Excel allows); an error during the reads is a refusal, nothing written. */
export async function applyInputs(
  writes: readonly CellWrite[],
  lang: Lang,
  runOptions: Excel.RunOptions = { delayForCellEdit: true }
): Promise<ApplyInputsResult> {
  try {
    return await Excel.run(runOptions, (context) => applyInputsIn(context, writes, lang));
  } catch (error) {
    const code = errorCode(error);
    const reason = failureOfCode(code);
    return { ok: false, reason, cells: [], message: adapterText(reason, lang, { code }), syncs: 1 };
  }
}
