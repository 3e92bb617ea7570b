import { snapshotOfModel } from "../testing/excel-double";
import { findingLink } from "./findings-sheet";
import { onDouble } from "./testing/on-double";

describe("the other workbook actions on the Excel double", () => {
  it("reads the state, selects a finding cell, writes the findings sheet with HYPERLINKs (replaced each run)", async () => {
    const { double, actions, restore } = onDouble();
    try {
      expect((await actions.readState()).hasPlan).toBe(false);
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "half_year" });
      const state = await actions.readState();
      expect(state).toMatchObject({
        hasPlan: true,
        planStart: "2027-01-01",
        planEnd: "2027-06-30",
        planPeriod: "half_year",
        language: "ru",
        outdated: false,
      });
      const report = await actions.check({ today: "2027-02-01" });
      const first = report.findings.find((f) => f.sheet && f.cell);
      if (!first?.sheet || !first.cell) throw new Error("expected a finding with a cell");
      await actions.selectCell({ sheet: first.sheet, cell: first.cell });
      const sheet = double.model.sheets.find((s) => s.id === double.model.selection.sheetId);
      expect(sheet?.name).toBe(first.sheet);
      await actions.writeFindingsSheet(report.findings, "ru");
      await actions.writeFindingsSheet(report.findings.slice(0, 2), "ru");
      const snap = snapshotOfModel(double.model);
      expect(snap.sheets.filter((s) => s.name === "Проверка")).toHaveLength(1);
      const table = snap.tables.find((t) => t.name === "KamFindings");
      expect(table?.rows).toHaveLength(2);
      const check = double.model.sheets.find((s) => s.name === "Проверка");
      const formulas = [...(check?.cells.values() ?? [])].map((c) => c.formula).filter(Boolean);
      expect(formulas).toContain(findingLink(report.findings[0] ?? first));
      expect(findingLink({ ...first, sheet: "ActionPlan", cell: "C5" })).toBe(
        '=HYPERLINK("#\'ActionPlan\'!C5","ActionPlan!C5")'
      );
      await expect(actions.selectCell({ sheet: "Nope", cell: "A1" })).rejects.toThrow(/Nope/);
    } finally {
      restore();
    }
  });

  it("refuses to build over a plan with data unless told to overwrite, and then keeps the values", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
      await Excel.run(async (context) => {
        context.workbook.names.getItem("client_name").getRange().values = [["ООО «Ромашка»"]];
        await context.sync();
      });
      const refused = await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "year" });
      expect(refused).toMatchObject({ ok: false, reason: "plan_exists" });
      const rebuilt = await actions.buildTemplate({
        lang: "en",
        start: "2027-01",
        period: "year",
        overwrite: true,
      });
      expect(rebuilt.ok).toBe(true);
      expect(snapshotOfModel(double.model).names.find((n) => n.name === "client_name")?.value).toBe(
        "ООО «Ромашка»"
      );
      expect((await actions.readState()).planPeriod).toBe("year");
    } finally {
      restore();
    }
  });
});

describe("selecting a finding's cell", () => {
  it("activates the cell's sheet before selecting (Range.select works on the active sheet only)", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
      const active = double.model.sheets.find((s) => s.id === double.model.activeSheetId);
      expect(active?.name).toBe("Summary");
      await actions.selectCell({ sheet: "Dossier", cell: "C7" });
      const dossier = double.model.sheets.find((s) => s.name === "Dossier");
      expect(double.model.activeSheetId).toBe(dossier?.id);
      expect(double.model.selection).toEqual({
        sheetId: dossier?.id,
        rect: { row: 6, col: 2, rows: 1, cols: 1 },
      });
    } finally {
      restore();
    }
  });
});
