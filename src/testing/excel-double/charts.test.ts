import { ExcelDouble } from "./double";
import { installExcelDouble } from "./install";
import { chartLines } from "./charts";

async function onDouble<T>(
  double: ExcelDouble,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  const restore = installExcelDouble(double);
  try {
    return await Excel.run(batch);
  } finally {
    restore();
  }
}

describe("charts on the double", () => {
  it("adds a chart over a source range with name, title and position; loads it back; it goes with its sheet", async () => {
    const double = new ExcelDouble();
    await onDouble(double, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const data = context.workbook.worksheets.add("Data");
      data.getRange("A1:C3").values = [
        ["", "План", "Факт"],
        ["янв", 1, 2],
        ["фев", 3, 4],
      ];
      sheet.getRange("A1").format.columnWidth = 100;
      const chart = sheet.charts.add("ColumnClustered", data.getRange("A1:C3"), "Columns");
      chart.name = "PlanActual";
      chart.title.text = "План и факт";
      chart.setPosition("B2", "C4");
      expect(chart.name).toBe("PlanActual");
      expect(() => chart.top).toThrow(/not available/);
      await context.sync();
      const again = sheet.charts
        .getItem("PlanActual")
        .load("name, chartType, top, left, width, height");
      const title = again.title.load("text");
      const missing = sheet.charts.getItemOrNullObject("Other");
      const all = sheet.charts.load("items/name");
      await context.sync();
      expect([again.chartType, again.left, again.top, again.width, again.height]).toEqual([
        "ColumnClustered",
        100,
        15,
        96,
        45,
      ]);
      expect(title.text).toBe("План и факт");
      expect(missing.isNullObject).toBe(true);
      expect(all.items.map((c) => c.name)).toEqual(["PlanActual"]);
    });
    expect(chartLines(double.model)).toEqual([
      'Sheet1: PlanActual ColumnClustered Data!A1:C3 by Columns "План и факт" at 100,15 96×45',
    ]);
    await onDouble(double, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
      context.workbook.worksheets.getItem("Sheet1").charts.getItem("PlanActual").delete();
      await context.sync();
    });
    expect(chartLines(double.model)).toEqual([]);
  });

  it("refuses an unknown type, a missing chart, and a protected sheet, as Excel does", async () => {
    const double = new ExcelDouble();
    const attempt = (batch: (sheet: Excel.Worksheet) => void) =>
      onDouble(double, async (context) => {
        batch(context.workbook.worksheets.getItem("Sheet1"));
        await context.sync();
      });
    await expect(
      attempt((s) => s.charts.add("Nonsense" as "Line", s.getRange("A1:B2")))
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((s) => s.charts.getItem("None").delete())).rejects.toMatchObject({
      code: "ItemNotFound",
    });
    await attempt((s) => s.protection.protect({}));
    await expect(attempt((s) => s.charts.add("Line", s.getRange("A1:B2")))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    expect(chartLines(double.model)).toEqual([]);
  });

  it("drops the charts of a deleted sheet", async () => {
    const double = new ExcelDouble();
    await onDouble(double, async (context) => {
      const extra = context.workbook.worksheets.add("Extra");
      extra.charts.add("Line", extra.getRange("A1:B3"), "Auto");
      await context.sync();
      extra.delete();
      await context.sync();
    });
    expect(chartLines(double.model)).toEqual([]);
  });
});
