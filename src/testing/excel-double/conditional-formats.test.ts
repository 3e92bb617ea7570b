import { ExcelDouble } from "./double";
import { installExcelDouble } from "./install";
import { conditionalFormatLines } from "./conditional-formats";

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

describe("conditional formats on the double", () => {
  it("adds a data bar with Excel defaults, takes fill, gradient and bounds, and loads them back", async () => {
    const double = new ExcelDouble();
    await onDouble(double, async (context) => {
      const range = (address: string) =>
        context.workbook.worksheets.getItem("Sheet1").getRange(address);
      const plain = range("A1:A3").conditionalFormats.add("DataBar");
      const bar = range("B1:B3").conditionalFormats.add("DataBar").dataBar;
      bar.positiveFormat.fillColor = "#4472c4";
      bar.positiveFormat.gradientFill = false;
      bar.lowerBoundRule = { type: "Number", formula: "0" };
      bar.upperBoundRule = { type: "Formula", formula: "=MAX($A$1:$B$3)" };
      await context.sync();
      const loaded = plain.load("type");
      const fill = plain.dataBar.positiveFormat.load("fillColor, gradientFill");
      const upper = bar.load("upperBoundRule");
      const touching = range("B2:C2").conditionalFormats.load("items/type");
      const count = range("A1:B1").conditionalFormats.getCount();
      await context.sync();
      expect(loaded.type).toBe("DataBar");
      expect([fill.fillColor, fill.gradientFill]).toEqual(["#638EC6", true]);
      expect(upper.upperBoundRule).toEqual({ type: "Formula", formula: "=MAX($A$1:$B$3)" });
      expect(touching.items.map((f) => f.type)).toEqual(["DataBar"]);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after the sync, not loaded
      expect(count.value).toBe(2);
    });
    expect(conditionalFormatLines(double.model)).toEqual([
      "Sheet1!A1:A3 DataBar #638EC6 gradient LowestValue…HighestValue",
      "Sheet1!B1:B3 DataBar #4472C4 Number(0)…Formula(=MAX($A$1:$B$3))",
    ]);
    await onDouble(double, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").conditionalFormats.clearAll();
      await context.sync();
    });
    expect(conditionalFormatLines(double.model)).toEqual([
      "Sheet1!A1:A3 DataBar #638EC6 gradient LowestValue…HighestValue",
    ]);
  });

  it("refuses unknown types and bad bounds, and a protected sheet", async () => {
    const double = new ExcelDouble();
    await expect(
      onDouble(double, async (context) => {
        // A type Office.js does not have: the double refuses it as Excel does.
        context.workbook.worksheets
          .getItem("Sheet1")
          .getRange("A1")
          .conditionalFormats.add("Sparkles" as unknown as Excel.ConditionalFormatType);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      onDouble(double, async (context) => {
        context.workbook.worksheets
          .getItem("Sheet1")
          .getRange("A1")
          .conditionalFormats.add("DataBar").dataBar.upperBoundRule = { type: "Formula" };
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      onDouble(double, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.protection.protect();
        sheet.getRange("A1").conditionalFormats.add("DataBar");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    // As in Excel, what ran before the failing operation stays: the bar whose bound was refused keeps its defaults.
    expect(conditionalFormatLines(double.model)).toEqual([
      "Sheet1!A1 DataBar #638EC6 gradient LowestValue…HighestValue",
    ]);
  });
});
