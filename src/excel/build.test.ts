import { chartLines, snapshotOfModel } from "../testing/excel-double";
import { onDouble } from "./testing/on-double";

describe("buildTemplate on the Excel double", () => {
  it("builds the template in at most 3 syncs and the check reads it back in 2", async () => {
    const { double, actions, restore } = onDouble();
    try {
      double.resetStats();
      const result = await actions.buildTemplate({
        lang: "ru",
        start: "2027-01",
        period: "half_year",
      });
      expect(result).toEqual({ ok: true, archived: 0, syncs: 3 });
      expect(double.syncCount).toBe(3);
      const snap = snapshotOfModel(double.model);
      expect(snap.sheets.map((s) => s.name)).toEqual([
        "Summary",
        "ActionPlan",
        "Dossier",
        "Config",
        "Lists",
        "Calc",
        "Sheet1",
      ]);
      expect(snap.tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(["SalesPlan", "Team", "KPI", "Settings", "Fields"])
      );
      expect(snap.names.map((n) => n.name)).toEqual(
        expect.arrayContaining(["plan_start", "client_name"])
      );
      expect(chartLines(double.model)).toEqual([
        expect.stringMatching(
          /^ActionPlan: PlanActualChart ColumnClustered Calc!K12:M18 by Columns "План и факт продаж по месяцам" at /
        ),
      ]);
      double.resetStats();
      const report = await actions.check({ today: "2027-02-01" });
      expect(double.syncCount).toBe(2);
      expect(report.findings.map((f) => f.code)).toEqual(
        expect.arrayContaining(["REQUIRED_MISSING"])
      );
      expect(report.findings.map((f) => f.code)).not.toContain("SHEET_MISSING");
      expect(report.findings.map((f) => f.code)).not.toContain("TABLE_MISSING");
    } finally {
      restore();
    }
  });
});
