import { ExcelDouble, installExcelDouble, newWorkbook } from "../testing/excel-double";
import { watchWorkbookChanges } from "./changes";

let double: ExcelDouble;
let uninstall: () => void;

beforeEach(() => {
  double = new ExcelDouble(newWorkbook("Лист1"));
  uninstall = installExcelDouble(double);
});
afterEach(() => uninstall());

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

async function typeInA1(value: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Лист1").getRange("A1").values = [[value]];
    await context.sync();
  });
}

describe("watching the workbook for changes", () => {
  it("reports an edit a person makes, not the add-in's own writes or a selection", async () => {
    let changes = 0;
    const stop = await watchWorkbookChanges(() => {
      changes += 1;
    });
    await typeInA1("by the add-in");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Лист1").getRange("B2").select();
      await context.sync();
    });
    await settle();
    expect(changes).toBe(0);
    await double.asUser(() => typeInA1("typed"));
    await settle();
    expect(changes).toBe(1);
    await stop();
  });

  it("does nothing (and costs no sync) on a host without the event", async () => {
    Object.assign(globalThis, {
      Office: { context: { requirements: { isSetSupported: () => false } } },
    });
    try {
      double.resetStats();
      let changes = 0;
      const stop = await watchWorkbookChanges(() => {
        changes += 1;
      });
      await double.asUser(() => typeInA1("typed"));
      await settle();
      await stop();
      expect(changes).toBe(0);
      expect(double.syncCount).toBe(1);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  it("stops reporting once stopped, within two syncs in all", async () => {
    let changes = 0;
    double.resetStats();
    const stop = await watchWorkbookChanges(() => {
      changes += 1;
    });
    await stop();
    expect(double.syncCount).toBe(2);
    await double.asUser(() => typeInA1("typed"));
    await settle();
    expect(changes).toBe(0);
  });
});
