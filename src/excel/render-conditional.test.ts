import { DEFAULT_CONFIG } from "../domain/config/defaults";
import { buildLayout } from "../layout/build";
import { conditionalFormatLines, ExcelDouble, installExcelDouble } from "../testing/excel-double";
import { queueAll } from "./chunks";
import { queueLayout } from "./render";
import { conditionalFormatSteps } from "./render-conditional";

async function onDouble(
  double: ExcelDouble,
  batch: (context: Excel.RequestContext) => Promise<void>
): Promise<void> {
  const restore = installExcelDouble(double);
  try {
    await Excel.run(batch);
  } finally {
    restore();
  }
}

describe("data bars in the Office.js writer", () => {
  it("renders the layout plan-vs-actual data bars on ActionPlan: solid colour, one scale 0 … the larger of plan and actual", async () => {
    const double = new ExcelDouble();
    const layout = buildLayout(DEFAULT_CONFIG, {
      lang: "ru",
      start: "2027-01",
      period: "half_year",
    });
    await onDouble(double, async (context) => {
      queueLayout(context, layout);
      await context.sync();
    });
    expect(conditionalFormatLines(double.model)).toEqual([
      "ActionPlan!K5:K10 DataBar #4472C4 Number(0)…Formula(=MAX($K$5:$L$10))",
      "ActionPlan!L5:L10 DataBar #70AD47 Number(0)…Formula(=MAX($K$5:$L$10))",
    ]);
  });

  it("keeps Excel’s lowest … highest scale when a bar has no shared max", async () => {
    const double = new ExcelDouble();
    await onDouble(double, async (context) => {
      const sheet = () => context.workbook.worksheets.getItem("Sheet1");
      queueAll(
        conditionalFormatSteps(sheet, [
          { range: "B2:B4", rule: { kind: "dataBar", color: "70AD47", max: null } },
        ])
      );
      await context.sync();
    });
    expect(conditionalFormatLines(double.model)).toEqual([
      "Sheet1!B2:B4 DataBar #70AD47 LowestValue…HighestValue",
    ]);
  });
});
