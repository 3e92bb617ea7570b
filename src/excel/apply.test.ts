import { snapshotOfModel } from "../testing/excel-double";
import { onDouble } from "./testing/on-double";

async function fill(cells: Record<string, (string | number)[][]>): Promise<void> {
  await Excel.run(async (context) => {
    for (const [ref, grid] of Object.entries(cells)) {
      const [sheet, addr] = ref.split("!") as [string, string];
      context.workbook.worksheets.getItem(sheet).getRange(addr).values = grid;
    }
    await context.sync();
  });
}

function tableOf(double: ReturnType<typeof onDouble>["double"], name: string) {
  const t = snapshotOfModel(double.model).tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

describe("applyConfiguration on the Excel double", () => {
  it("keeps values by key, archives a removed field and stays within 4 syncs", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
      const team = tableOf(double, "Team");
      const [col, row] = [
        team.address.match(/^([A-Z]+)(\d+)/)?.[1] ?? "A",
        Number(team.address.match(/^[A-Z]+(\d+)/)?.[1]),
      ];
      await fill({ [`ActionPlan!${col}${row + 1}:${col}${row + 2}`]: [["Иванов"], ["Петров"]] });
      const fields = tableOf(double, "Fields");
      const keyCol = fields.headers.indexOf("key");
      const commitments = fields.rows.findIndex(
        (r) => r[keyCol] === "commitments" && r[0] === "Team"
      );
      expect(commitments).toBeGreaterThanOrEqual(0);
      const team2 = tableOf(double, "Team");
      const comCol = team2.headers.findIndex((h) => /обязательств|commitment/i.test(h));
      const comLetter = String.fromCharCode(65 + comCol);
      await fill({ [`ActionPlan!${comLetter}${row + 1}`]: [["Отчёт раз в месяц"]] });
      // The SKAM deletes the non-core field `commitments` from the Fields table.
      await Excel.run(async (context) => {
        context.workbook.tables.getItem("Fields").rows.getItemAt(commitments).getRange().values = [
          fields.headers.map(() => ""),
        ];
        await context.sync();
      });
      const appliedBefore = tableOf(double, "AppliedFields").rows.length;
      double.resetStats();
      const result = await actions.applyConfiguration();
      expect(result).toEqual({ ok: true, archived: 1, syncs: 3 });
      // The applied schema on the Lists sheet lost the field's row: its table shrank with it (no blank
      // row left inside, which a later rebuild would read as a field).
      const applied = tableOf(double, "AppliedFields");
      expect(applied.rows.length).toBe(appliedBefore - 1);
      expect(applied.rows.every((r) => r.some((v) => v !== null && v !== ""))).toBe(true);
      expect(double.syncCount).toBeLessThanOrEqual(4);
      const after = tableOf(double, "Team");
      expect(after.rows.map((r) => r[0])).toEqual(expect.arrayContaining(["Иванов", "Петров"]));
      expect(after.headers.some((h) => /обязательств/i.test(h))).toBe(false);
      const archive = tableOf(double, "Archive");
      expect(archive.rows).toEqual([
        [
          "Team",
          "1: Иванов",
          "commitments",
          expect.stringContaining("ActionPlan!"),
          "Отчёт раз в месяц",
          null,
        ],
      ]);
    } finally {
      restore();
    }
  });

  it("refuses a broken Config with CONFIG_INVALID findings and changes nothing", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      const fields = tableOf(double, "Fields");
      const typeCol = fields.headers.indexOf("type");
      const r = fields.rows.findIndex((x) => x[1] === "note");
      const [c, row] = [
        fields.address.match(/^([A-Z]+)/)?.[1] ?? "A",
        Number(fields.address.match(/(\d+)/)?.[1]),
      ];
      const letter = String.fromCharCode(c.charCodeAt(0) + typeCol);
      await fill({ [`Config!${letter}${row + 1 + r}`]: [["banana"]] });
      const before = JSON.stringify(snapshotOfModel(double.model));
      const result = await actions.applyConfiguration();
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toBe("config_invalid");
        expect(result.findings[0]).toMatchObject({
          code: "CONFIG_INVALID",
          sheet: "Config",
          cell: `${letter}${row + 1 + r}`,
        });
      }
      expect(JSON.stringify(snapshotOfModel(double.model))).toBe(before);
    } finally {
      restore();
    }
  });
});
