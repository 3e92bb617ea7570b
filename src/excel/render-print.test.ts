import { DEFAULT_CONFIG } from "../domain/config/defaults";
import { buildLayout } from "../layout/build";
import { reviewPlanValues } from "../layout/testing/review-plan";
import { ExcelDouble, installExcelDouble } from "../testing/excel-double";
import { pageLayoutOf } from "../testing/excel-double/page-layout";
import type { SupportsSet } from "./capabilities";
import { queueAll } from "./chunks";
import { printSteps } from "./render-print";
import { onDouble } from "./testing/on-double";

const layout = buildLayout(DEFAULT_CONFIG, {
  lang: "ru",
  start: "2027-01",
  period: "year",
  values: reviewPlanValues("ru"),
});

describe("the print set-up in the Office.js writer", () => {
  it("gives every visible sheet A4 landscape one page wide, the Summary one page, and leaves hidden sheets alone", async () => {
    const { double, actions, restore } = onDouble();
    try {
      expect(
        (await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "year" })).ok
      ).toBe(true);
      const sheet = (name: string) => {
        const found = double.model.sheets.find((s) => s.name === name);
        if (!found) throw new Error(`no sheet ${name}`);
        return pageLayoutOf(found);
      };
      for (const name of ["Summary", "ActionPlan", "Dossier", "Config"]) {
        expect(sheet(name).orientation).toBe("Landscape");
        expect(sheet(name).paperSize).toBe("A4");
        expect(sheet(name).zoom.horizontalFitToPages).toBe(1);
      }
      expect(sheet("Summary").zoom.verticalFitToPages).toBe(1);
      expect(sheet("ActionPlan").zoom.verticalFitToPages).toBe(0);
      expect(sheet("Calc").orientation).toBe("Portrait");
      expect(sheet("Lists").orientation).toBe("Portrait");
    } finally {
      restore();
    }
  });

  it("writes the row heights, the title rows and the page breaks of the layout", async () => {
    const double = new ExcelDouble();
    const restore = installExcelDouble(double);
    try {
      const config = layout.sheets.find((s) => s.name === "Config");
      const dossier = layout.sheets.find((s) => s.name === "Dossier");
      if (!config?.print || !dossier?.rowHeights) throw new Error("no print set-up");
      const print = config.print;
      await Excel.run(async (context) => {
        context.workbook.worksheets.add("Config");
        context.workbook.worksheets.add("Dossier");
        const configSheet = () => context.workbook.worksheets.getItem("Config");
        // Written twice, as a rebuild in place writes a sheet again: the breaks are not doubled.
        queueAll([
          ...printSteps(configSheet, { ...config, print: { ...print, rowBreaks: [7] } }),
          ...printSteps(configSheet, config),
          ...printSteps(() => context.workbook.worksheets.getItem("Dossier"), dossier),
        ]);
        await context.sync();
      });
      const model = (name: string) => {
        const found = double.model.sheets.find((s) => s.name === name);
        if (!found) throw new Error(`no sheet ${name}`);
        return found;
      };
      const printed = pageLayoutOf(model("Config"));
      expect(printed.titleRows).toBe(
        `$${config.print.titleRows?.first}:$${config.print.titleRows?.last}`
      );
      expect(printed.rowBreaks.map((r) => r + 1)).toEqual(config.print.rowBreaks);
      const tall = dossier.rowHeights.find((h) => h.height > 30);
      expect(tall).toBeDefined();
      expect(model("Dossier").rowHeights?.get((tall?.row ?? 1) - 1)).toBe(tall?.height);
    } finally {
      restore();
    }
  });

  it("sets row heights but no page layout where Excel lacks ExcelApi 1.9", async () => {
    const double = new ExcelDouble();
    const restore = installExcelDouble(double);
    const before19: SupportsSet = (_name, version) => Number(version) < 1.9;
    try {
      const summary = layout.sheets.find((s) => s.name === "Summary");
      if (!summary) throw new Error("no Summary");
      await Excel.run(async (context) => {
        context.workbook.worksheets.add("Summary");
        queueAll(
          printSteps(() => context.workbook.worksheets.getItem("Summary"), summary, before19)
        );
        await context.sync();
      });
      const sheet = double.model.sheets.find((s) => s.name === "Summary");
      expect(sheet?.pageLayout).toBeUndefined();
      expect(sheet?.rowHeights?.size).toBeGreaterThan(0);
    } finally {
      restore();
    }
  });
});
