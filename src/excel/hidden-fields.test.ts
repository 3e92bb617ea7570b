import { snapshotOfModel } from "../testing/excel-double";
import { onDouble } from "./testing/on-double";

type Double = ReturnType<typeof onDouble>["double"];

function tableOf(double: Double, name: string) {
  const t = snapshotOfModel(double.model).tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

/** Top-left column letter and row number of a table's address. */
function origin(address: string): { col: string; row: number } {
  const m = /^([A-Z]+)(\d+)/.exec(address);
  return { col: m?.[1] ?? "A", row: Number(m?.[2] ?? 1) };
}

const letter = (col: string, offset: number): string =>
  String.fromCharCode(col.charCodeAt(0) + offset);

async function setCell(sheet: string, address: string, value: string | number | boolean) {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

/** Set `Fields.hidden` of a field (by key) on the Config sheet, as a SKAM does. */
async function setHidden(double: Double, key: string, hidden: boolean): Promise<void> {
  const fields = tableOf(double, "Fields");
  const r = fields.rows.findIndex((row) => row[fields.headers.indexOf("key")] === key);
  const { col, row } = origin(fields.address);
  await setCell("Config", `${letter(col, fields.headers.indexOf("hidden"))}${row + 1 + r}`, hidden);
}

describe("hidden fields on the Excel double (spec §8: hidden is not deleted)", () => {
  // Two hidden values need the HiddenValues table on the Lists sheet to grow by a row: the in-place
  // rebuild grows the helper sheets' tables to the layout's row count (in-place.ts, rewrittenTables).
  it("keeps a hidden table field's and form field's values out of the Archive and shows them again", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
      const team = tableOf(double, "Team");
      const { col, row } = origin(team.address);
      const commitments = team.headers.indexOf("Обязательства");
      await setCell("ActionPlan", `${col}${row + 1}`, "Иванов");
      await setCell("ActionPlan", `${letter(col, commitments)}${row + 1}`, "отчёт раз в месяц");
      const headcount = snapshotOfModel(double.model).names.find((n) => n.name === "headcount");
      await setCell(headcount?.sheet ?? "Dossier", headcount?.address ?? "B1", 120);

      await setHidden(double, "commitments", true);
      await setHidden(double, "headcount", true);
      expect(await actions.applyConfiguration()).toMatchObject({ ok: true, archived: 0 });
      expect(snapshotOfModel(double.model).tables.some((t) => t.name === "Archive")).toBe(false);
      expect(tableOf(double, "Team").headers).not.toContain("Обязательства");
      expect(snapshotOfModel(double.model).names.some((n) => n.name === "headcount")).toBe(false);

      await setHidden(double, "commitments", false);
      await setHidden(double, "headcount", false);
      expect(await actions.applyConfiguration()).toMatchObject({ ok: true, archived: 0 });
      const back = tableOf(double, "Team");
      const anna = back.rows.find((r) => r[0] === "Иванов");
      expect(anna?.[back.headers.indexOf("Обязательства")]).toBe("отчёт раз в месяц");
      expect(snapshotOfModel(double.model).names.find((n) => n.name === "headcount")?.value).toBe(
        120
      );
    } finally {
      restore();
    }
  });
});
