import type { Month } from "../periods";
import type { ActualRecord } from "./actuals-grid";
import { mergeActuals, type ActualsTarget } from "./actuals";

const target: ActualsTarget = {
  months: ["2027-01", "2027-02", "2027-03"],
  planItems: ["Молоко 3,2%", "Сыр Российский"],
  rows: [{ item: "Молоко 3,2%", note: "keep me", "2027-01": 10, "2027-02": 20, "2027-03": null }],
};
const rec = (line: number, item: string, month: Month, amount: number): ActualRecord => ({
  line,
  item,
  month,
  amount,
});

describe("mergeActuals", () => {
  it("replaces imported cells, keeps the rest, and adds up records of one item and month", () => {
    const { rows, report } = mergeActuals(target, [
      rec(2, " молоко   3,2% ", "2027-02", 1500),
      rec(3, "МОЛОКО 3,2%", "2027-02", 250),
      rec(4, "Молоко 3,2%", "2027-03", 100),
    ]);
    expect(rows).toEqual([
      { item: "Молоко 3,2%", note: "keep me", "2027-01": 10, "2027-02": 17.5, "2027-03": 1 },
    ]);
    expect(report).toMatchObject({
      records: 3,
      total: 1850,
      cellsWritten: 2,
      cellsReplaced: 1,
      rowsAdded: [],
      unknownItems: [],
      monthsOutsidePlan: [],
    });
  });

  it("adds a planned item as a new row spelled as in SalesPlan", () => {
    const { rows, report } = mergeActuals(target, [rec(2, "сыр российский", "2027-01", 500)]);
    expect(rows[1]).toEqual({
      item: "Сыр Российский",
      "2027-01": 5,
      "2027-02": null,
      "2027-03": null,
    });
    expect(report.rowsAdded).toEqual(["Сыр Российский"]);
  });

  it("adds items not in the plan (real sales) and reports them with their lines", () => {
    const { rows, report } = mergeActuals(target, [
      rec(5, "Кефир", "2027-01", 300),
      rec(9, "кефир", "2027-03", 200),
    ]);
    expect(rows[1]).toEqual({ item: "Кефир", "2027-01": 3, "2027-02": null, "2027-03": 2 });
    expect(report.unknownItems).toEqual([{ key: "Кефир", lines: [5, 9], amount: 500 }]);
  });

  it("reports months outside the plan with lines and amount and does not write them", () => {
    const { rows, report } = mergeActuals(target, [
      rec(2, "Молоко 3,2%", "2026-12", 700),
      rec(3, "Сыр Российский", "2026-12", 300),
      rec(4, "Сыр Российский", "2027-04", 1),
    ]);
    expect(rows).toEqual(target.rows);
    expect(report.monthsOutsidePlan).toEqual([
      { key: "2026-12", lines: [2, 3], amount: 1000 },
      { key: "2027-04", lines: [4], amount: 1 },
    ]);
    expect(report.cellsWritten).toBe(0);
    expect(report.total).toBe(1001);
  });

  it("is idempotent: importing the same records twice gives the same rows", () => {
    const records = [rec(2, "Молоко 3,2%", "2027-01", 999), rec(3, "Новинка", "2027-02", 1)];
    const once = mergeActuals(target, records);
    const twice = mergeActuals({ ...target, rows: once.rows }, records);
    expect(twice.rows).toEqual(once.rows);
    expect(twice.report.cellsReplaced).toBe(0);
  });

  it("does not change the rows it was given", () => {
    const before = JSON.stringify(target);
    mergeActuals(target, [rec(2, "Молоко 3,2%", "2027-01", 1)]);
    expect(JSON.stringify(target)).toBe(before);
  });

  it("compares the cells it replaces in minor units rounded by money.ts (0.0049999999999 is 0)", () => {
    const cells: ActualsTarget = {
      ...target,
      rows: [{ item: "Молоко 3,2%", "2027-01": 0.0049999999999, "2027-02": 1.005 }],
    };
    const { report } = mergeActuals(cells, [
      rec(2, "Молоко 3,2%", "2027-01", 0),
      rec(3, "Молоко 3,2%", "2027-02", 101),
    ]);
    expect(report).toMatchObject({ cellsWritten: 2, cellsReplaced: 0 });
  });
});
