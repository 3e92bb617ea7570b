import type { CellValue, Grid } from "../domain/values";
import { ExcelDouble, snapshotOfModel, type InjectedFault } from "../testing/excel-double";
import { diffDumps } from "../testing/workbook-dump/compare";
import { dumpModel } from "../testing/workbook-dump/from-model";
import { onDouble } from "./testing/on-double";
import type { ImportActualsResult } from "./types";

/** Cells of a table's body, by row and column, written in one batch. */
async function fillTable(name: string, rows: readonly (readonly CellValue[])[]): Promise<void> {
  await Excel.run(async (context) => {
    const body = context.workbook.tables.getItem(name).getDataBodyRange();
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) body.getCell(r, c).values = [[v]];
      })
    );
    await context.sync();
  });
}

function table(
  double: ExcelDouble,
  name: string
): { headers: readonly string[]; rows: readonly (readonly CellValue[])[] } {
  const t = snapshotOfModel(double.model).tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return { headers: t.headers, rows: t.rows.filter((r) => r.some((v) => v !== null && v !== "")) };
}

/** A built plan (ru, 2027-01, quarter) with two planned items, a typed actual and a team member. */
async function filledPlan(): Promise<ExcelDouble> {
  const { double, actions, restore } = onDouble();
  try {
    await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
    await fillTable("SalesPlan", [
      ["Молоко 3,2%", 1000, 1100, 1200],
      ["Кефир", 400, 400, 400],
    ]);
    await fillTable("SalesActual", [["Кефир", 390, 111, null]]);
    await fillTable("Team", [["Иванов", null, null, 0.5]]);
  } finally {
    restore();
  }
  return double;
}

// What a KAM copies from a 1C report in Excel: a title line, headers, rows, a bad row or two, a total line.
const PASTED: Grid = [
  ["Продажи за период", "", ""],
  ["Номенклатура", "Период", "Сумма"],
  ["  молоко 3,2% ", "2027-01", "1 234,56"],
  ["Кефир", "02.2027", "500"],
  ["Сметана", "2027-03", "100,5"],
  ["Молоко 3,2%", "2027-01", "10"],
  ["Кефир", "2027-07", "70"],
  ["", "2027-02", "5"],
  ["Кефир", "2027-03", "много"],
  ["Итого", "", "1 920,06"],
];
const COLUMNS = { item: 0, month: 1, amount: 2 } as const;

function okResult(result: ImportActualsResult): Extract<ImportActualsResult, { ok: true }> {
  if (!result.ok) throw new Error(`import failed: ${result.message}`);
  return result;
}

describe("importActuals on the Excel double", () => {
  it("fills SalesActual by item and month, keeps every other value, reports the rest with pasted lines, in the syncs of apply", async () => {
    const double = await filledPlan();
    const applied = new ExcelDouble(structuredClone(double.model));
    const a = onDouble(applied);
    const applyResult = await a.actions.applyConfiguration().finally(a.restore);
    expect(applyResult.ok).toBe(true);

    const { actions, restore } = onDouble(double);
    const planBefore = table(double, "SalesPlan");
    const teamBefore = table(double, "Team");
    double.resetStats();
    const steps: string[] = [];
    const result = okResult(
      await actions.importActuals!(PASTED, COLUMNS, {
        onProgress: (s) => steps.push(s.step),
      }).finally(restore)
    );

    expect(result.written).toBe(true);
    expect(result.syncs).toBe(applyResult.ok ? applyResult.syncs : -1);
    expect(double.syncCount).toBe(result.syncs);
    expect(steps).toEqual(["reading", "computing", "writing", "done"]);
    const report = result.report;
    expect(report.records).toBe(5);
    expect(report.cellsWritten).toBe(3);
    expect(report.cellsReplaced).toBe(1); // Кефир 2027-02 was 111
    expect(report.unknownItems).toEqual([{ key: "Сметана", lines: [5], amount: 10050 }]);
    expect(report.monthsOutsidePlan).toEqual([{ key: "2027-07", lines: [7], amount: 7000 }]);
    expect(report.badRows).toEqual([
      { line: 8, reason: "item_empty", text: null },
      { line: 9, reason: "amount_invalid", text: "много" },
      { line: 10, reason: "total_row", text: "Итого" },
    ]);

    const actual = table(double, "SalesActual");
    expect(actual.headers.slice(0, 4)).toEqual(["Позиция", "2027-01", "2027-02", "2027-03"]);
    const byItem = new Map(actual.rows.map((r) => [r[0], r.slice(1, 4)]));
    expect(byItem.get("Кефир")).toEqual([390, 500, null]);
    // A planned item gets a row spelled as in SalesPlan; the two Jan lines add up.
    expect(byItem.get("Молоко 3,2%")).toEqual([1244.56, null, null]);
    expect(byItem.get("Сметана")).toEqual([null, null, 100.5]);
    expect(table(double, "SalesPlan")).toEqual(planBefore);
    expect(table(double, "Team")).toEqual(teamBefore);
    // Against the same workbook after apply (the same rebuild, nothing imported): every table but SalesActual and every name's value are equal.
    const contents = (d: ExcelDouble): unknown => {
      const snap = snapshotOfModel(d.model);
      return {
        tables: snap.tables
          .filter((t) => t.name !== "SalesActual")
          .map((t) => ({ name: t.name, sheet: t.sheet, headers: t.headers, rows: t.rows })),
        names: snap.names.map((n) => ({ name: n.name, sheet: n.sheet, value: n.value })),
        sheets: snap.sheets.map((x) => x.name),
      };
    };
    expect(contents(double)).toEqual(contents(applied));
  });

  it("importing the same range twice gives the same workbook", async () => {
    const double = await filledPlan();
    const { actions, restore } = onDouble(double);
    try {
      okResult(await actions.importActuals!(PASTED, COLUMNS));
      const once = table(double, "SalesActual");
      const again = okResult(await actions.importActuals!(PASTED, COLUMNS));
      expect(again.report.cellsReplaced).toBe(0);
      expect(table(double, "SalesActual")).toEqual(once);
    } finally {
      restore();
    }
  });

  it("takes columns by index in any order, with the header row and first line given", async () => {
    const double = await filledPlan();
    const { actions, restore } = onDouble(double);
    try {
      const grid: Grid = [
        ["Сумма", "Клиент", "Месяц", "Товар"],
        [250, "Ромашка", 46402, "Кефир"],
        ["x", "Ромашка", "2027-01", "Кефир"],
      ];
      // 46402 is the serial of 2027-01-15 (Excel hands dates as serials).
      const result = okResult(
        await actions.importActuals!(
          grid,
          { item: 3, month: 2, amount: 0 },
          { headerRow: 0, firstLine: 5 }
        )
      );
      expect(result.report.cellsWritten).toBe(1);
      expect(result.report.badRows).toEqual([{ line: 7, reason: "amount_invalid", text: "x" }]);
      expect(
        table(double, "SalesActual")
          .rows.find((r) => r[0] === "Кефир")
          ?.slice(1, 4)
      ).toEqual([250, 111, null]);
    } finally {
      restore();
    }
  });

  it("writes nothing when no row lands in the plan, and refuses columns outside the range", async () => {
    const double = await filledPlan();
    const { actions, restore } = onDouble(double);
    try {
      const before = JSON.stringify(snapshotOfModel(double.model));
      double.resetStats();
      const none = okResult(
        await actions.importActuals!(
          [
            ["Товар", "Месяц", "Сумма"],
            ["Кефир", "2026-12", "5"],
          ],
          COLUMNS
        )
      );
      expect(none.written).toBe(false);
      expect(none.report.monthsOutsidePlan).toEqual([{ key: "2026-12", lines: [2], amount: 500 }]);
      expect(double.syncCount).toBe(2);
      const bad = await actions.importActuals!(PASTED, { item: 0, month: 0, amount: 2 });
      expect(bad).toMatchObject({ ok: false, reason: "columns_invalid" });
      const outside = await actions.importActuals!(PASTED, { item: 0, month: 1, amount: 3 });
      expect(outside).toMatchObject({ ok: false, reason: "columns_invalid" });
      expect(JSON.stringify(snapshotOfModel(double.model))).toBe(before);
    } finally {
      restore();
    }
  });

  it("refuses a workbook without a plan", async () => {
    const { actions, restore } = onDouble();
    try {
      const result = await actions.importActuals!(PASTED, COLUMNS);
      expect(result).toMatchObject({ ok: false, reason: "no_plan" });
    } finally {
      restore();
    }
  });

  it("leaves the workbook as it was when Excel refuses the write", async () => {
    const double = await filledPlan();
    const { actions, restore } = onDouble(double);
    try {
      const before = table(double, "SalesActual");
      double.resetStats();
      double.failSync(3, { atFraction: 0.5 });
      const result = await actions.importActuals!(PASTED, COLUMNS);
      expect(result).toMatchObject({ ok: false, reason: "excel_error" });
      expect(table(double, "SalesActual")).toEqual(before);
      expect(
        snapshotOfModel(double.model)
          .sheets.map((s) => s.name)
          .some((n) => n.startsWith("~bak"))
      ).toBe(false);
    } finally {
      restore();
    }
  });

  it("a failure at any point of the write leaves the workbook as it was, or complete", async () => {
    const base = await filledPlan();
    const ok = new ExcelDouble(structuredClone(base.model));
    const r = onDouble(ok);
    okResult(await r.actions.importActuals!(PASTED, COLUMNS).finally(r.restore));
    const before = dumpModel(base.model);
    const after = dumpModel(ok.model);
    const faults: InjectedFault[] = [
      { afterOperations: 0 },
      { atFraction: 0.5 },
      { atFraction: 0.97 },
      { atFraction: 1 },
    ];
    for (const fault of faults) {
      const double = new ExcelDouble(structuredClone(base.model));
      double.failSync(3, fault);
      const run = onDouble(double);
      const result = await run.actions.importActuals!(PASTED, COLUMNS).finally(run.restore);
      const where = `${JSON.stringify(fault)} → ${result.ok ? "ok" : result.message}`;
      expect([where, ...diffDumps(dumpModel(double.model), result.ok ? after : before)]).toEqual([
        where,
      ]);
    }
    // Five in-place transactions with backups and restores on the double (about 2 s on an idle machine).
  }, 15_000);
});
