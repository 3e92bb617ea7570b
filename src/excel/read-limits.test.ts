import { ExcelDouble } from "../testing/excel-double";
import { readWorkbook, type WorkbookRead } from "./read";
import { onDouble } from "./testing/on-double";
import { writeFilledPlan } from "./testing/filled-plan";

async function filledDouble(items: number): Promise<ExcelDouble> {
  const double = new ExcelDouble();
  const { restore } = onDouble(double);
  await writeFilledPlan(items).finally(restore);
  return double;
}

async function read(double: ExcelDouble, bandCells?: number): Promise<WorkbookRead> {
  const { restore } = onDouble(double);
  try {
    return await Excel.run((context) =>
      readWorkbook(context, bandCells === undefined ? {} : { bandCells })
    );
  } finally {
    restore();
  }
}

describe("reading the workbook within Excel's limits", () => {
  it("reads with a chart sheet active: getActiveWorksheet fails (office-js issue 2444), the read goes on", async () => {
    const double = await filledDouble(10);
    const normal = await read(double);
    double.model.chartSheetActive = true;
    const withChart = await read(double);
    expect(withChart.snapshot).toEqual(normal.snapshot);
    expect(withChart.activeSheet).toBeNull();
    expect(withChart.syncs).toBe(3);
    const { actions, restore } = onDouble(double);
    try {
      expect((await actions.readState()).hasPlan).toBe(true);
      expect(await actions.applyConfiguration()).toMatchObject({ ok: true });
    } finally {
      restore();
    }
  });

  it("the double fails getActiveWorksheet while a chart sheet is active", async () => {
    const double = await filledDouble(1);
    double.model.chartSheetActive = true;
    const { restore } = onDouble(double);
    try {
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.getActiveWorksheet().load("name");
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "GeneralException" });
    } finally {
      restore();
    }
  });

  it("reads tables in bands when a response passes the cap (5 MB on the web; lowered here)", async () => {
    const double = await filledDouble(300);
    const normal = await read(double);
    expect(normal.syncs).toBe(2);
    double.responseLimitBytes = 20_000;
    double.resetStats();
    const banded = await read(double, 2_000);
    expect(banded.snapshot).toEqual(normal.snapshot);
    expect(banded.syncs).toBeGreaterThan(3);
    expect(double.requests.some((r) => r.outcome === "ResponsePayloadSizeLimitExceeded")).toBe(
      true
    );
    expect(double.requests.at(-1)?.outcome).toBe("ok");
  });

  it("reads tables in bands when Excel answers a too-large get with null values", async () => {
    const double = await filledDouble(300);
    const normal = await read(double);
    double.readCellLimit = 1_000;
    const banded = await read(double, 5_000);
    expect(banded.snapshot).toEqual(normal.snapshot);
    expect(banded.syncs).toBeGreaterThan(2);
  });

  it("the double enforces the response cap and answers a too-large get with null", async () => {
    const double = await filledDouble(50);
    double.readCellLimit = 100;
    const { restore } = onDouble(double);
    try {
      const values = await Excel.run(async (context) => {
        const range = context.workbook.tables.getItem("SalesPlan").getRange().load("values");
        await context.sync();
        return range.values as unknown;
      });
      expect(values).toBeNull();
      double.readCellLimit = 5_000_000;
      double.responseLimitBytes = 1_000;
      await expect(
        Excel.run(async (context) => {
          context.workbook.tables.getItem("SalesPlan").getRange().load("values");
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    } finally {
      restore();
    }
  });
});
