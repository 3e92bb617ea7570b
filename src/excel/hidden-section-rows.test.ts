import { snapshotOfModel } from "../testing/excel-double";
import { onDouble } from "./testing/on-double";

type Double = ReturnType<typeof onDouble>["double"];

function tableOf(double: Double, name: string) {
  const t = snapshotOfModel(double.model).tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

/** The 1-based first row and the last row of a table's address (`A40:F46`). */
function rowsOf(address: string): { first: number; last: number; col: string } {
  const m = /^([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(address);
  return { col: m?.[1] ?? "A", first: Number(m?.[2] ?? 0), last: Number(m?.[3] ?? 0) };
}

async function setCell(sheet: string, address: string, value: string | number | boolean) {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

/** `Range.rowHidden` of whole rows `first…last` of a sheet, read through Office.js. */
async function rowHidden(sheet: string, first: number, last: number): Promise<boolean | null> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(sheet)
      .getRange(`A${first}:A${last}`)
      .load("rowHidden");
    await context.sync();
    return range.rowHidden;
  });
}

/** Set `Sections.hidden` of a section on the Config sheet, as a SKAM does. */
async function hideSection(double: Double, key: string, hidden: boolean): Promise<void> {
  const sections = tableOf(double, "Sections");
  const r = sections.rows.findIndex((row) => row[sections.headers.indexOf("key")] === key);
  const { col, first } = rowsOf(sections.address);
  const c = String.fromCharCode(col.charCodeAt(0) + sections.headers.indexOf("hidden"));
  await setCell("Config", `${c}${first + 1 + r}`, hidden);
}

describe("a hidden section's rows on the live workbook (spec §11, the Excel double)", () => {
  it("hides the rows of a section hidden in Config, keeps its values, and shows them again", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      const risks = rowsOf(tableOf(double, "Risks").address);
      await setCell("ActionPlan", `A${risks.first + 1}`, "Key buyer leaves");
      expect(await rowHidden("ActionPlan", risks.first, risks.last)).toBe(false);

      await hideSection(double, "Risks", true);
      expect(await actions.applyConfiguration()).toMatchObject({ ok: true, archived: 0 });
      const hidden = rowsOf(tableOf(double, "Risks").address);
      // The section's title row above the table and its rows are hidden; the table keeps its value.
      expect(await rowHidden("ActionPlan", hidden.first - 1, hidden.last)).toBe(true);
      expect(tableOf(double, "Risks").rows[0]?.[0]).toBe("Key buyer leaves");
      // The tables around it still show.
      const team = rowsOf(tableOf(double, "Team").address);
      expect(await rowHidden("ActionPlan", team.first, team.last)).toBe(false);

      // A row the person hid by hand (a help row of the form) is theirs: it stays hidden.
      const own = Number(
        /\d+/.exec(
          snapshotOfModel(double.model).names.find((n) => n.name === "kam_name")?.address ?? ""
        )?.[0]
      );
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("ActionPlan").getRange(`${own}:${own}`).rowHidden =
          true;
        await context.sync();
      });
      await hideSection(double, "Risks", false);
      expect(await actions.applyConfiguration()).toMatchObject({ ok: true, archived: 0 });
      const shown = rowsOf(tableOf(double, "Risks").address);
      expect(await rowHidden("ActionPlan", shown.first - 1, shown.last)).toBe(false);
      expect(await rowHidden("ActionPlan", own, own)).toBe(true);
      expect(tableOf(double, "Risks").rows[0]?.[0]).toBe("Key buyer leaves");
    } finally {
      restore();
    }
  });

  it("hides a hidden form section's rows (its fields keep their names and values)", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      const headcount = () =>
        snapshotOfModel(double.model).names.find((n) => n.name === "headcount");
      await setCell("Dossier", headcount()?.address ?? "B1", 120);
      await hideSection(double, "ClientProfile", true);
      expect(await actions.applyConfiguration()).toMatchObject({ ok: true, archived: 0 });
      const row = Number(/\d+/.exec(headcount()?.address ?? "")?.[0]);
      expect(headcount()?.value).toBe(120);
      expect(await rowHidden("Dossier", row, row)).toBe(true);
      expect(await rowHidden("Dossier", 1, 1)).toBe(false);
    } finally {
      restore();
    }
  });
});
