import {
  chartLines,
  ExcelDouble,
  modelFromSnapshot,
  snapshotOfModel,
  type InjectedFault,
} from "../testing/excel-double";
import type { WorkbookActionsOptions } from "./actions";
import { diffDumps } from "../testing/workbook-dump/compare";
import { dumpModel } from "../testing/workbook-dump/from-model";
import { onDouble } from "./testing/on-double";
import type { ActionResult, WorkbookActions } from "./types";

/** A workbook with a built, filled plan whose Config drops a field (so apply changes something). */
async function preparedWorkbook(): Promise<ExcelDouble> {
  const { double, actions, restore } = onDouble();
  try {
    await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
    await Excel.run(async (context) => {
      const team = context.workbook.tables.getItem("Team").getDataBodyRange().getCell(0, 0);
      team.values = [["Иванов"]];
      const fields = context.workbook.tables.getItem("Fields");
      const rows = fields.rows.load("items/values");
      await context.sync();
      const index = rows.items.findIndex(
        (r) => r.values[0]?.[0] === "Team" && r.values[0][1] === "commitments"
      );
      const item = rows.items[index];
      if (item) item.values = [item.values[0]?.map(() => "") ?? []];
      await context.sync();
    });
  } finally {
    restore();
  }
  return double;
}

function clone(double: ExcelDouble): ExcelDouble {
  const copy = new ExcelDouble(structuredClone(double.model));
  return copy;
}

type Action = (a: WorkbookActions) => Promise<ActionResult>;

/** The workbook as comparable text: the dump (values, formulas, names, tables, validations, formats, protection) and the charts. */
function state(double: ExcelDouble): unknown[] {
  return [...dumpModel(double.model).sheets.map((s) => s.name), ...chartLines(double.model)];
}

async function outcomes(
  base: ExcelDouble,
  action: Action,
  options: WorkbookActionsOptions = {},
  minSyncs = 1
): Promise<void> {
  const ok = clone(base);
  const run = onDouble(ok, options);
  const success = await action(run.actions).finally(run.restore);
  expect(success.ok).toBe(true);
  const syncs = ok.syncCount;
  expect(syncs).toBeGreaterThanOrEqual(minSyncs);
  const before = dumpModel(base.model);
  const after = dumpModel(ok.model);
  const faults: InjectedFault[] = [
    { afterOperations: 0 },
    { atFraction: 0.5 },
    { atFraction: 0.97 },
    { atFraction: 1 },
  ];
  for (let k = 1; k <= syncs; k += 1) {
    for (const fault of faults) {
      const double = clone(base);
      double.failSync(k, fault);
      const r = onDouble(double, options);
      const result = await action(r.actions).finally(r.restore);
      const now = dumpModel(double.model);
      const where = `sync ${k} ${JSON.stringify(fault)} → ${result.ok ? "ok" : result.message}`;
      if (result.ok) {
        expect([where, ...diffDumps(now, after)]).toEqual([where]);
        expect([where, ...state(double)]).toEqual([where, ...state(ok)]);
      } else {
        expect(result.message.length).toBeGreaterThan(20);
        expect([where, ...diffDumps(now, before)]).toEqual([where]);
        expect([where, ...state(double)]).toEqual([where, ...state(base)]);
      }
    }
  }
}

describe("fault injection: a failure at any sync leaves the workbook as it was (or complete)", () => {
  it("build into a fresh workbook", async () => {
    await outcomes(new ExcelDouble(), (a) =>
      a.buildTemplate({ lang: "ru", start: "2027-01", period: "year" })
    );
  }, 30_000);
  it("build with overwrite over a filled plan", async () => {
    await outcomes(await preparedWorkbook(), (a) =>
      a.buildTemplate({ lang: "en", start: "2027-04", period: "half_year", overwrite: true })
    );
    // Twelve in-place transactions with backups and restores; the double rewrites every formula of the
    // workbook at each row or column it inserts or deletes (about 2 s a run on an idle machine).
  }, 60_000);
  it("apply configuration", async () => {
    await outcomes(await preparedWorkbook(), (a) => a.applyConfiguration());
  }, 30_000);
  it("build and apply sent in several chunks (request budget lowered to 96 KB): a failure in any chunk restores the workbook", async () => {
    const chunked = { requestBudgetBytes: 96 * 1024 };
    await outcomes(
      new ExcelDouble(),
      (a) => a.buildTemplate({ lang: "ru", start: "2027-01", period: "year" }),
      chunked,
      6
    );
    await outcomes(await preparedWorkbook(), (a) => a.applyConfiguration(), chunked, 6);
  }, 120_000);
  it("apply configuration that archives a value the user's formulas and names refer to", async () => {
    const base = await preparedWorkbook();
    const { restore } = onDouble(base);
    try {
      await Excel.run(async (context) => {
        const team = context.workbook.tables.getItem("Team");
        const header = team.getHeaderRowRange().load("values");
        const body = team.getDataBodyRange().load("address");
        await context.sync();
        const column = (header.values[0] ?? []).indexOf("Обязательства");
        const cell = team.getDataBodyRange().getCell(0, column).load("address");
        await context.sync();
        cell.values = [["отчёт раз в месяц"]];
        const local = cell.address.split("!").pop() ?? "";
        const mine = context.workbook.worksheets.add("Мои заметки");
        mine.getRange("A1:B1").formulas = [[`=ActionPlan!${local}`, `=LEN(ActionPlan!${local})+1`]];
        context.workbook.names.add("my_commitment", cell);
        expect(body.address).toContain("ActionPlan!");
        await context.sync();
      });
    } finally {
      restore();
    }
    await outcomes(base, (a) => a.applyConfiguration());
  }, 30_000);
  it("reports cell-edit mode and a password-protected sheet clearly, changing nothing", async () => {
    const base = await preparedWorkbook();
    const edit = clone(base);
    edit.setCellEditMode(true);
    const r = onDouble(edit);
    const pending = r.actions.applyConfiguration();
    await new Promise((res) => setTimeout(res, 5));
    edit.setCellEditMode(false);
    expect((await pending.finally(r.restore)).ok).toBe(true);

    const locked = clone(base);
    const sheet = locked.model.sheets.find((s) => s.name === "ActionPlan");
    // Plan sheets are unprotected by default (spec §8); a person protected this one.
    if (sheet) sheet.protection = { protected: true, options: {} };
    const before = JSON.stringify(dumpModel(locked.model));
    locked.failSync(3, { afterOperations: 0, code: "AccessDenied" });
    const r2 = onDouble(locked);
    const result = await r2.actions.applyConfiguration().finally(r2.restore);
    expect(result).toMatchObject({ ok: false, reason: "protected" });
    expect(JSON.stringify(dumpModel(locked.model))).toBe(before);
  });
  it("refuses a renamed plan sheet whose tables would collide, with a clear message", async () => {
    const base = await preparedWorkbook();
    const snap = snapshotOfModel(base.model);
    const renamed = modelFromSnapshot({
      ...snap,
      sheets: snap.sheets.map((s) => (s.name === "ActionPlan" ? { ...s, name: "План" } : s)),
      tables: snap.tables.map((t) => (t.sheet === "ActionPlan" ? { ...t, sheet: "План" } : t)),
      names: snap.names.map((n) => (n.sheet === "ActionPlan" ? { ...n, sheet: "План" } : n)),
    });
    const r = onDouble(new ExcelDouble(renamed));
    const result = await r.actions.applyConfiguration().finally(r.restore);
    expect(result).toMatchObject({ ok: false, reason: "no_plan" });
    if (!result.ok) expect(result.message).toMatch(/План/);
  });
});
