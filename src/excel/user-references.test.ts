import { snapshotOfModel } from "../testing/excel-double";
import { onDouble } from "./testing/on-double";

/**
 * Spec §8 / issue #11: the user's own references into the plan sheets must
 * survive every restructuring. The double rewrites formula text as Excel does
 * on sheet rename / delete and table rename (src/testing/excel-double/references.ts).
 */

async function userSheet(salesColumn: string): Promise<void> {
  await Excel.run(async (context) => {
    const notes = context.workbook.worksheets.add("My Notes");
    notes.getRange("A1:B1").formulas = [["=ActionPlan!B4", `=SUM(SalesPlan[${salesColumn}])`]];
    context.workbook.names.add(
      "user_ref",
      context.workbook.worksheets.getItem("ActionPlan").getRange("B4")
    );
    await context.sync();
  });
}

async function userState(): Promise<{ formulas: unknown[]; name: string | null }> {
  return Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("My Notes").getRange("A1:B1").load("formulas");
    const n = context.workbook.names.getItemOrNullObject("user_ref").load("formula");
    await context.sync();
    const row = (r.formulas[0] as unknown[] | undefined) ?? [];
    return { formulas: row, name: n.isNullObject ? null : (n.formula as string) };
  });
}

describe("the user's references into the plan sheets (issue #11)", () => {
  // Documented demonstration: today's rebuild swaps the plan sheets (rename to `~bak`, build
  // new ones, delete the old), so Excel turns the user's formulas into #REF! and drops the
  // user's name. `it.failing` passes while the defect is there; restructuring in place
  // (issue #11, step 2) makes the assertion hold, and this becomes a plain `it`.
  it.failing("keep working after Apply configuration (fails with the swap design)", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      const sales = snapshotOfModel(double.model).tables.find((t) => t.name === "SalesPlan");
      const column = sales?.headers[sales.headers.length - 1] ?? "";
      await userSheet(column);
      const before = await userState();
      expect(before.formulas).toEqual(["=ActionPlan!B4", `=SUM(SalesPlan[${column}])`]);
      const result = await actions.applyConfiguration();
      expect(result.ok).toBe(true);
      expect(await userState()).toEqual({
        formulas: ["=ActionPlan!B4", `=SUM(SalesPlan[${column}])`],
        name: "=ActionPlan!$B$4",
      });
    } finally {
      restore();
    }
  });

  // Pins the same defect from the other side; delete it when step 2 lands.
  it("are broken by today's Apply configuration exactly as Excel would break them", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      const sales = snapshotOfModel(double.model).tables.find((t) => t.name === "SalesPlan");
      const column = sales?.headers[sales.headers.length - 1] ?? "";
      await userSheet(column);
      expect((await actions.applyConfiguration()).ok).toBe(true);
      expect(await userState()).toEqual({ formulas: ["=#REF!B4", "=SUM(#REF!)"], name: null });
    } finally {
      restore();
    }
  });
});
