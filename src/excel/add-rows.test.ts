import { snapshotOfModel } from "../testing/excel-double";
import { onDouble } from "./testing/on-double";

type Double = ReturnType<typeof onDouble>["double"];

jest.setTimeout(60_000);

const tables = (double: Double) => snapshotOfModel(double.model).tables;
const bodyRows = (double: Double, name: string) =>
  tables(double).find((t) => t.name === name)?.rows.length ?? -1;

async function setCell(sheet: string, address: string, value: string | number | boolean) {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

/** Settings.protect_sheets → TRUE on Config, then apply: the plan sheets come back protected. */
async function protectPlanSheets(double: Double, actions: ReturnType<typeof onDouble>["actions"]) {
  const settings = tables(double).find((t) => t.name === "Settings");
  const row = settings?.rows.findIndex((r) => r[0] === "protect_sheets") ?? -1;
  const top = Number(/\d+/.exec(settings?.address ?? "")?.[0]);
  expect(row).toBeGreaterThanOrEqual(0);
  await setCell("Config", `B${top + 1 + row}`, true);
  expect(await actions.applyConfiguration()).toMatchObject({ ok: true });
}

describe("Add rows on the Excel double (spec §8: protected sheets cannot grow tables)", () => {
  it("gives every plan table five more rows on protected sheets, keeps values and the user's cell below, and protects again", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
      expect((await actions.readState()).sheetsProtected).toBe(false);
      await protectPlanSheets(double, actions);
      expect((await actions.readState()).sheetsProtected).toBe(true);
      const sheetOf = (name: string) => double.model.sheets.find((s) => s.name === name);
      const options = sheetOf("ActionPlan")?.protection.options;
      expect(sheetOf("ActionPlan")?.protection.protected).toBe(true);

      const team = tables(double).find((t) => t.name === "Team");
      const [, col = "A", row = "1"] = /^([A-Z]+)(\d+)/.exec(team?.address ?? "") ?? [];
      await setCell("ActionPlan", `${col}${Number(row) + 1}`, "Иванов");
      const end = Number(/(\d+)$/.exec(team?.address ?? "")?.[1]);
      // A note of the user's just below the table (spec §8: user cells are kept).
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("ActionPlan");
        sheet.protection.unprotect();
        sheet.getRange(`${col}${end + 2}`).values = [["моя заметка"]];
        sheet.protection.protect(options);
        await context.sync();
      });
      // Excel refuses to grow a table on a protected sheet: the double does too.
      await expect(
        Excel.run(async (context) => {
          context.workbook.tables.getItem("Team").rows.add();
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "AccessDenied" });

      const before = new Map(tables(double).map((t) => [t.name, t.rows.length]));
      double.resetStats();
      const result = await actions.addRows?.({ uiLang: "ru" });
      expect(result).toMatchObject({ ok: true });
      expect(double.syncCount).toBeLessThanOrEqual(3);
      for (const t of tables(double).filter((x) => ["ActionPlan", "Dossier"].includes(x.sheet)))
        expect([t.name, t.rows.length]).toEqual([t.name, (before.get(t.name) ?? 0) + 5]);
      expect(tables(double).find((t) => t.name === "Team")?.rows[0]?.[0]).toBe("Иванов");
      // Tables above push it down too: it stays two rows below the grown table.
      const grown = tables(double).find((t) => t.name === "Team")?.address ?? "";
      const newEnd = Number(/(\d+)$/.exec(grown)?.[1]);
      expect(newEnd).toBeGreaterThanOrEqual(end + 5);
      const note: unknown = await Excel.run(async (context): Promise<unknown> => {
        const r = context.workbook.worksheets.getItem("ActionPlan").getRange(`${col}${newEnd + 2}`);
        r.load("values");
        await context.sync();
        const cell: unknown = r.values[0]?.[0];
        return cell;
      });
      expect(note).toBe("моя заметка");
      expect(bodyRows(double, "Fields")).toBe(before.get("Fields"));
      expect(sheetOf("ActionPlan")?.protection).toMatchObject({ protected: true, options });
      expect(sheetOf("Dossier")?.protection.protected).toBe(true);
      const check = await actions.check({ today: "2027-01-10" });
      expect(check.findings.filter((f) => f.code === "FORMULA_OVERWRITTEN")).toEqual([]);
    } finally {
      restore();
    }
  });

  it("refuses a sheet protected with a password, changing nothing", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Dossier").protection.protect({}, "secret");
        await context.sync();
      });
      const before = JSON.stringify(snapshotOfModel(double.model));
      const result = await actions.addRows?.({ uiLang: "en" });
      expect(result).toMatchObject({ ok: false });
      expect(JSON.stringify(snapshotOfModel(double.model))).toBe(before);
    } finally {
      restore();
    }
  });
});
