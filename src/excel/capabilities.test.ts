import { ExcelDouble } from "../testing/excel-double";
import { missingFeatures, writeRunOptions, type SupportsSet } from "./capabilities";
import { onDouble } from "./testing/on-double";

/** An Excel that supports ExcelApi up to `max` (1.x). */
const upTo =
  (max: number): SupportsSet =>
  (name, version) =>
    name === "ExcelApi" && Number(version.split(".")[1]) <= max;

describe("requirement sets checked at run time", () => {
  it("groups the syncs of an action into one undo step only where ExcelApi 1.20 is supported", () => {
    expect(writeRunOptions(upTo(20))).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
    expect(writeRunOptions(upTo(19))).toEqual({ delayForCellEdit: true });
  });

  it("names what this Excel lacks: everything below 1.8, change events below 1.9, the undo group below 1.20", () => {
    expect(missingFeatures(upTo(20))).toEqual([]);
    expect(missingFeatures(upTo(12))).toEqual(["undo_group"]);
    expect(missingFeatures(upTo(8))).toEqual(["change_events", "undo_group"]);
    expect(missingFeatures(upTo(7))).toEqual(["excel_api", "change_events", "undo_group"]);
  });

  it("the adapter passes mergeUndoGroup to Excel.run and reports the missing features in its state", async () => {
    for (const [max, merged] of [
      [20, true],
      [16, false],
    ] as const) {
      const { double, actions, restore } = onDouble(new ExcelDouble(), { supports: upTo(max) });
      try {
        await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
        expect(double.lastRunOptions).toEqual(
          merged ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true }
        );
        const state = await actions.readState();
        expect(state.missingFeatures).toEqual(merged ? [] : ["undo_group"]);
        expect(actions.watchChanges === undefined).toBe(false);
        expect(double.lastRunOptions).toEqual({ delayForCellEdit: true });
      } finally {
        restore();
      }
    }
  });
});

describe("sheet change events (ExcelApi 1.9) behind isSetSupported", () => {
  it("the adapter offers watchChanges only where ExcelApi 1.9 is supported", () => {
    const { actions: old, restore } = onDouble(new ExcelDouble(), { supports: upTo(8) });
    restore();
    expect(old.watchChanges).toBeUndefined();
    const { actions: fresh, restore: back } = onDouble(new ExcelDouble(), { supports: upTo(9) });
    back();
    expect(typeof fresh.watchChanges).toBe("function");
  });
});
