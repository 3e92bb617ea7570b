import { ExcelDouble } from "../testing/excel-double";
import { onDouble } from "./testing/on-double";
import type { WorkbookActions } from "./types";

/** Resolves after the pending promise callbacks and timers of the double have run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * `delayForCellEdit`: "if the user is in cell edit mode, the batch request is delayed until the user exits
 * cell edit mode" (https://learn.microsoft.com/javascript/api/excel/excel.runoptions). Without it the batch
 * fails with InvalidOperationInCellEditMode — the double does both.
 */
describe("actions while a person is editing a cell (delayForCellEdit)", () => {
  const reads: readonly [string, (a: WorkbookActions) => Promise<unknown>][] = [
    ["readState", (a) => a.readState()],
    ["check", (a) => a.check({ today: "2027-02-01" })],
    ["selectCell", (a) => a.selectCell({ sheet: "ActionPlan", cell: "C5" })],
    ["openConfig", (a) => a.openConfig()],
    ["readConfig", (a) => a.readConfig()],
  ];

  it.each(reads)("%s waits for the edit to end instead of failing", async (_name, act) => {
    const { double, actions, restore } = onDouble(new ExcelDouble());
    try {
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
      double.setCellEditMode(true);
      let done = false;
      const running = act(actions).then(() => {
        done = true;
      });
      await settle();
      expect(done).toBe(false);
      double.setCellEditMode(false);
      await running;
      expect(done).toBe(true);
    } finally {
      restore();
    }
  });

  it("fails a batch without delayForCellEdit, as Excel does", async () => {
    const { double, restore } = onDouble(new ExcelDouble());
    try {
      double.setCellEditMode(true);
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.load("items/name");
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    } finally {
      restore();
    }
  });
});
