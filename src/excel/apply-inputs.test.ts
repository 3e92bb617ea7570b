import type { CellValue } from "../domain/values";
import { cellWritesOf, whatIfFromInput, type CellWrite } from "../domain/whatif";
import { ExcelDouble } from "../testing/excel-double";
import { diffDumps } from "../testing/workbook-dump/compare";
import { dumpModel } from "../testing/workbook-dump/from-model";
import { onDouble } from "./testing/on-double";
import type { WorkbookActions } from "./types";

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

async function setName(name: string, value: CellValue): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.names.getItem(name).getRange().values = [[value]];
    await context.sync();
  });
}

/** A built quarter plan from 2027-01: two items, 30 days of deferral, a credit limit. */
async function filledPlan(): Promise<ExcelDouble> {
  const { double, actions, restore } = onDouble();
  try {
    await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
    await fillTable("SalesPlan", [
      ["Молоко", 1000, 1100, 1200],
      ["Кефир", 400, null, 400],
    ]);
    await setName("credit_depth_days", 30);
    await setName("credit_limit", 100000);
  } finally {
    restore();
  }
  return double;
}

/** The cell writes of a what-if computed on the workbook as the pane computes it (after a check). */
async function writesFor(
  actions: WorkbookActions,
  input: Record<string, string>
): Promise<readonly CellWrite[]> {
  const report = await actions.check({ today: "2027-01-10" });
  const outcome = whatIfFromInput(report.plan, input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return cellWritesOf(outcome.result.inputs);
}

describe("applying a what-if to the live workbook", () => {
  it("writes every changed input in two syncs, and the workbook then computes the what-if's numbers", async () => {
    const base = await filledPlan();
    const { double, actions, restore } = onDouble(base);
    try {
      const report = await actions.check({ today: "2027-01-10" });
      const outcome = whatIfFromInput(report.plan, {
        credit_depth_days: "45",
        "item.Кефир": "+10%",
      });
      if (!outcome.ok) throw new Error("bad input");
      const writes = cellWritesOf(outcome.result.inputs);
      expect(writes).toHaveLength(3); // the deferral and Кефир's two planned months (the empty one stays 0)
      double.resetStats();
      const result = await actions.applyInputs?.(writes, "en");
      expect(result).toEqual({ ok: true, written: 3, syncs: 2 });
      expect(double.syncCount).toBe(2);
      const after = await actions.check({ today: "2027-01-10" });
      expect(after.plan.form["credit_depth_days"]).toBe(45);
      expect(after.numbers.salesPlanTotal).toBe(outcome.result.after.salesPlanTotal);
      expect(after.numbers.creditRequired).toBe(outcome.result.after.creditRequired);
    } finally {
      restore();
    }
  });

  it("writes nothing when a cell changed after the numbers were computed", async () => {
    const base = await filledPlan();
    const { double, actions, restore } = onDouble(base);
    try {
      const writes = await writesFor(actions, { credit_depth_days: "60", scale: "10" });
      await setName("credit_depth_days", 31);
      const before = dumpModel(double.model);
      const result = await actions.applyInputs?.(writes, "en");
      expect(result).toMatchObject({ ok: false, reason: "changed", syncs: 1 });
      expect(result?.ok === false && result.cells.map((c) => c.sheet)).toEqual(["ActionPlan"]);
      expect(result?.ok === false && result.message).toMatch(
        /^These cells changed after the numbers were computed: ActionPlan!\w+\d+\. .*Nothing was changed\.$/
      );
      expect(diffDumps(before, dumpModel(double.model))).toEqual([]);
    } finally {
      restore();
    }
  });

  it("does not replace a person's formula with a value", async () => {
    const base = await filledPlan();
    const { double, actions, restore } = onDouble(base);
    try {
      await Excel.run(async (context) => {
        context.workbook.names.getItem("credit_depth_days").getRange().formulas = [["=10*3"]];
        await context.sync();
      });
      const writes = await writesFor(actions, { credit_depth_days: "60" });
      const before = dumpModel(double.model);
      const result = await actions.applyInputs?.(writes, "ru");
      expect(result).toMatchObject({ ok: false, reason: "formula" });
      expect(result?.ok === false && result.message).toMatch(/^В ячейках формулы/);
      expect(diffDumps(before, dumpModel(double.model))).toEqual([]);
    } finally {
      restore();
    }
  });

  it("puts the old values back when Excel fails the write (all or nothing)", async () => {
    const base = await filledPlan();
    const { double, actions, restore } = onDouble(base);
    try {
      const writes = await writesFor(actions, { credit_depth_days: "60", scale: "-20" });
      const before = dumpModel(double.model);
      double.resetStats();
      double.failSync(2, { afterOperations: 2 });
      const result = await actions.applyInputs?.(writes, "en");
      expect(result).toMatchObject({ ok: false, reason: "excel_error", syncs: 3 });
      expect(double.syncCount).toBe(3);
      expect(diffDumps(before, dumpModel(double.model))).toEqual([]);
    } finally {
      restore();
    }
  });
});
