import type { Lang } from "../domain/values";
import { parseA1, rangeA1 } from "../domain/read/a1";
import { SHEET } from "../layout/sheets";
import { adapterText } from "./messages";
import type { ActionResult } from "./types";

/** Empty rows *Add rows* gives every table (the layout's own spare rows). */
export const ADD_ROWS_COUNT = 5;

const PLAN_SHEETS: readonly string[] = [SHEET.actionPlan, SHEET.dossier];

/** `Sheet!A1:B2` or `'My sheet'!A1:B2` → `A1:B2`. */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/**
 * *Add rows* (spec §8): every table of the plan sheets gets `count` empty
 * rows at its end, in two syncs: one read (the sheets' protection, the
 * tables and their ranges), one write. Excel cannot grow a table on a
 * protected sheet, so a protected plan sheet is unprotected (no password),
 * the rows added and the sheet protected again with its own options. For
 * each table, from the lowest up, the cells just below it (its columns
 * only) are pushed down by `count` rows (`Range.insert`, so nothing of the
 * user below is overwritten) and the table then takes them (`rows.add`, one
 * row at a time so calculated columns fill in and no value is written).
 * A sheet protected with a password makes Excel refuse the write: nothing
 * is changed and the result says so.
 */
export async function addTableRows(
  context: Excel.RequestContext,
  count: number,
  uiLang: Lang
): Promise<ActionResult> {
  const sheets = PLAN_SHEETS.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    return {
      name,
      sheet,
      protection: sheet.protection.load("protected, options"),
      tables: sheet.tables.load("items/name"),
    };
  });
  await context.sync();
  const present = sheets.filter((s) => !s.sheet.isNullObject);
  if (present.length === 0)
    return { ok: false, reason: "no_plan", findings: [], message: adapterText("no_plan", uiLang) };
  const ranges = present.map((s) =>
    s.tables.items.map((t) => ({ table: t, range: t.getRange().load("address") }))
  );
  await context.sync();
  const wasProtected = present.filter((s) => s.protection.protected);
  for (const s of wasProtected) s.sheet.protection.unprotect();
  present.forEach((s, i) => {
    const tables = (ranges[i] ?? [])
      .map(({ table, range }) => {
        const [from, to] = localAddress(range.address).split(":").map(parseA1);
        return { table, from: from ?? null, to: to ?? from ?? null };
      })
      .filter((t) => t.from !== null && t.to !== null)
      .sort((a, b) => (b.to?.row ?? 0) - (a.to?.row ?? 0));
    for (const { table, from, to } of tables) {
      if (from === null || to === null) continue;
      const below = rangeA1({ row: to.row + 1, col: from.col }, count, to.col - from.col + 1);
      s.sheet.getRange(below).insert("Down");
      for (let k = 0; k < count; k += 1) table.rows.add();
    }
  });
  for (const s of wasProtected) s.sheet.protection.protect(s.protection.options);
  try {
    await context.sync();
  } catch (error) {
    await protectAgain(context, wasProtected);
    throw error;
  }
  return { ok: true, archived: 0, syncs: 3 };
}

/** After a refused write: protect again, with their own options, the sheets that were protected and no longer are. */
async function protectAgain(
  context: Excel.RequestContext,
  sheets: readonly {
    readonly sheet: Excel.Worksheet;
    readonly protection: Excel.WorksheetProtection;
  }[]
): Promise<void> {
  const now = sheets.map((s) => ({ ...s, state: s.sheet.protection.load("protected") }));
  await context.sync();
  for (const s of now) if (!s.state.protected) s.sheet.protection.protect(s.protection.options);
  await context.sync();
}
