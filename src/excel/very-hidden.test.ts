import { ExcelDouble, snapshotOfModel } from "../testing/excel-double";
import { onDouble } from "./testing/on-double";
import { DONE_SHEET_PREFIX } from "./transaction";

async function builtPlan(): Promise<ExcelDouble> {
  const { double, actions, restore } = onDouble();
  try {
    await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
  } finally {
    restore();
  }
  return double;
}

const sheetNames = (double: ExcelDouble): string[] =>
  snapshotOfModel(double.model).sheets.map((s) => s.name);

describe("very hidden sheets (office-js issue 365: they cannot be deleted)", () => {
  it("the double refuses to delete a very hidden sheet and deletes it once hidden", async () => {
    const { restore } = onDouble(await builtPlan());
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Calc").visibility = "VeryHidden";
        await context.sync();
      });
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Calc").delete();
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "GeneralException" });
      await Excel.run(async (context) => {
        const calc = context.workbook.worksheets.getItem("Calc");
        calc.visibility = "Hidden";
        calc.delete();
        await context.sync();
      });
    } finally {
      restore();
    }
  });

  it("apply replaces very hidden plan sheets: the backups are made hidden before they are deleted", async () => {
    const double = await builtPlan();
    const { actions, restore } = onDouble(double);
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Lists").visibility = "VeryHidden";
        context.workbook.worksheets.getItem("Calc").visibility = "VeryHidden";
        await context.sync();
      });
      const result = await actions.applyConfiguration();
      expect(result).toMatchObject({ ok: true });
      expect(sheetNames(double).filter((n) => n.startsWith("~"))).toEqual([]);
      expect(sheetNames(double)).toEqual(expect.arrayContaining(["Lists", "Calc"]));
    } finally {
      restore();
    }
  });

  it("when deleting the backups fails and so does the recovery, running the action again finishes it", async () => {
    const double = await builtPlan();
    const { actions, restore } = onDouble(double);
    try {
      double.resetStats();
      // Apply is 2 reads + 1 write: fail the write at its first sheet deletion (the cleanup, after every
      // new sheet is complete), and the recovery's first request.
      double.failSync(3, { matching: /"c":"worksheets\.getItem\([^"]*\)","m":"delete"/ });
      double.failSync(4);
      const stuck = await actions.applyConfiguration();
      expect(stuck).toMatchObject({ ok: false, reason: "excel_error" });
      const message = stuck.ok ? "" : stuck.message;
      expect(message).toMatch(
        /Запустите действие ещё раз: если новые листы успели записаться полностью/
      );
      expect(message).toMatch(/на листах «~old Summary», «~old ActionPlan»/);
      const left = sheetNames(double).filter((n) => n.startsWith(DONE_SHEET_PREFIX));
      expect(left.length).toBeGreaterThan(0);
      expect(sheetNames(double)).toEqual(expect.arrayContaining(["ActionPlan", "Dossier"]));

      const again = await actions.applyConfiguration();
      expect(again).toMatchObject({ ok: true });
      expect(sheetNames(double).filter((n) => n.startsWith("~"))).toEqual([]);
      const report = await actions.check({ today: "2027-02-01" });
      expect(report.findings.map((f) => f.code)).not.toContain("SHEET_MISSING");
      expect(report.findings.map((f) => f.code)).not.toContain("TABLE_MISSING");
    } finally {
      restore();
    }
  });

  it("backups of an interrupted rebuild (~bak) are refused with the sheets to restore, nothing changed", async () => {
    const double = await builtPlan();
    const { actions, restore } = onDouble(double);
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.add("~bak ActionPlan");
        await context.sync();
      });
      const before = sheetNames(double);
      const result = await actions.applyConfiguration();
      expect(result).toMatchObject({ ok: false, reason: "excel_error" });
      expect(result.ok ? "" : result.message).toMatch(
        /резервные копии прерванной перестройки: «~bak ActionPlan»/
      );
      expect(sheetNames(double)).toEqual(before);
    } finally {
      restore();
    }
  });
});
