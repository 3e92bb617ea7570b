import { snapshotOfModel } from "../testing/excel-double";
import { onDouble } from "./testing/on-double";

/**
 * Spec §8 "refuse, don't guess" in the Office.js adapter: a rebuild that
 * keeps values (apply configuration, upgrade, build with overwrite, the pasted-actuals import) refuses
 * when a defined name of a managed field was deleted or a table renamed, the
 * same check the CLI makes (src/layout/preconditions.ts), and changes nothing.
 */
describe("a rebuild of a workbook whose structure was broken by hand", () => {
  async function brokenWorkbook(edit: (context: Excel.RequestContext) => void) {
    const setup = onDouble();
    await setup.actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
    await Excel.run(async (context) => {
      context.workbook.names.getItem("client_name").getRange().values = [["ООО «Альфа»"]];
      await context.sync();
      edit(context);
      await context.sync();
    });
    return setup;
  }

  it.each(["applyConfiguration", "upgradeTemplate"] as const)(
    "%s refuses a deleted name, naming it, and changes nothing",
    async (action) => {
      const { double, actions, restore } = await brokenWorkbook((context) => {
        context.workbook.names.getItem("client_name").delete();
        context.workbook.names.getItem("credit_limit").delete();
      });
      try {
        const before = JSON.stringify(snapshotOfModel(double.model));
        const result = await actions[action]();
        expect(result).toMatchObject({ ok: false, reason: "structure_broken" });
        if (result.ok) return;
        expect(result.findings.map((f) => [f.code, f.name])).toEqual([
          ["NAME_MISSING", "client_name"],
          ["NAME_MISSING", "credit_limit"],
        ]);
        expect(result.message).toMatch(/client_name.*Диспетчер имён/);
        expect(JSON.stringify(snapshotOfModel(double.model))).toBe(before);
      } finally {
        restore();
      }
    }
  );

  it("refuses a renamed SalesPlan table when building with overwrite", async () => {
    const { double, actions, restore } = await brokenWorkbook((context) => {
      context.workbook.tables.getItem("SalesPlan").name = "Sales2027";
    });
    try {
      const before = JSON.stringify(snapshotOfModel(double.model));
      const result = await actions.buildTemplate({
        lang: "ru",
        start: "2027-04",
        period: "quarter",
        overwrite: true,
      });
      expect(result).toMatchObject({ ok: false, reason: "structure_broken" });
      if (result.ok) return;
      expect(result.findings.map((f) => [f.code, f.name])).toEqual([
        ["TABLE_MISSING", "SalesPlan"],
      ]);
      expect(JSON.stringify(snapshotOfModel(double.model))).toBe(before);
    } finally {
      restore();
    }
  });

  it("the pasted-actuals import refuses a deleted name too, changing nothing", async () => {
    const { double, actions, restore } = await brokenWorkbook((context) => {
      context.workbook.names.getItem("credit_limit").delete();
    });
    try {
      const before = JSON.stringify(snapshotOfModel(double.model));
      const result = await actions.importActuals!(
        [
          ["Номенклатура", "Период", "Сумма"],
          ["Молоко", "2027-01", "100"],
        ],
        { item: 0, month: 1, amount: 2 }
      );
      expect(result).toMatchObject({ ok: false, reason: "structure_broken" });
      if (result.ok) return;
      expect(result.findings.map((f) => [f.code, f.name])).toEqual([
        ["NAME_MISSING", "credit_limit"],
      ]);
      expect(JSON.stringify(snapshotOfModel(double.model))).toBe(before);
    } finally {
      restore();
    }
  });
});
