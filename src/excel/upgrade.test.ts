import { TEMPLATE_VERSION } from "../domain/version";
import { snapshotOfModel } from "../testing/excel-double";
import { onDouble } from "./testing/on-double";

type Double = ReturnType<typeof onDouble>["double"];

function tableOf(double: Double, name: string) {
  const table = snapshotOfModel(double.model).tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}

/** Row of `template_version` in the Settings table, as a 0-based body row index. */
function versionRow(double: Double): number {
  const settings = tableOf(double, "Settings");
  return settings.rows.findIndex((r) => r[0] === "template_version");
}

async function setCell(sheet: string, address: string, value: string | number): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

describe("upgradeTemplate on the Excel double", () => {
  it("flags an older template, then upgrades it in place keeping the values", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "half_year" });
      const client = snapshotOfModel(double.model).names.find((n) => n.name === "client_name");
      expect(client?.address).toBeTruthy();
      await setCell("ActionPlan", client?.address ?? "B4", "ООО «Северный ветер»");
      // The workbook claims it was built by an older template.
      await Excel.run(async (context) => {
        context.workbook.tables
          .getItem("Settings")
          .rows.getItemAt(versionRow(double))
          .getRange().values = [["template_version", "0.9.0"]];
        await context.sync();
      });
      const before = await actions.check({ today: "2027-01-15" });
      expect(before.findings.map((f) => f.code)).toContain("TEMPLATE_OUTDATED");
      expect((await actions.readState()).outdated).toBe(true);

      double.resetStats();
      const result = await actions.upgradeTemplate();
      expect(result.ok).toBe(true);
      expect(double.syncCount).toBeLessThanOrEqual(4);

      const settings = tableOf(double, "Settings");
      expect(settings.rows[versionRow(double)]).toEqual(["template_version", TEMPLATE_VERSION]);
      const after = await actions.check({ today: "2027-01-15" });
      expect(after.findings.map((f) => f.code)).not.toContain("TEMPLATE_OUTDATED");
      expect(after.plan.form.client_name).toBe("ООО «Северный ветер»");
      expect((await actions.readState()).outdated).toBe(false);
    } finally {
      restore();
    }
  });
});
