import { columnsFit, defaultHeaderRow, readPastedActuals } from "./import-actuals-grid";

describe("reading a pasted actuals range by column index", () => {
  it("maps by index even when a header reads like another column number", () => {
    // Headers "3", "1", "2": taken as text they would point elsewhere; by index they do not.
    const read = readPastedActuals(
      [
        ["3", "1", "2"],
        ["Кефир", "2027-01", "1 200,50"],
      ],
      { item: 0, month: 1, amount: 2 },
      0,
      10
    );
    expect(read.missing).toEqual([]);
    expect(read.records).toEqual([{ line: 11, item: "Кефир", month: "2027-01", amount: 120050 }]);
  });

  it("finds the default header row below a title and checks the columns fit", () => {
    expect(
      defaultHeaderRow([
        ["Отчёт о продажах"],
        [],
        ["Товар", "Месяц", "Сумма"],
        ["Кефир", "2027-01", "5"],
      ])
    ).toBe(2);
    expect(defaultHeaderRow([])).toBeNull();
    expect(columnsFit({ item: 0, month: 1, amount: 2 }, 3)).toBe(true);
    expect(columnsFit({ item: 0, month: 1, amount: 3 }, 3)).toBe(false);
    expect(columnsFit({ item: 1, month: 1, amount: 2 }, 3)).toBe(false);
    expect(columnsFit({ item: -1, month: 1, amount: 2 }, 3)).toBe(false);
  });

  it("rounds pasted amounts through money.ts: 0.0049999999999 is 0 kopecks, as text or as a number", () => {
    const read = readPastedActuals(
      [
        ["Товар", "Месяц", "Сумма"],
        ["Кефир", "2027-01", "0,0049999999999"],
        ["Сыр", "2027-01", 0.0049999999999],
      ],
      { item: 0, month: 1, amount: 2 },
      0
    );
    expect(read.records.map((r) => r.amount)).toEqual([0, 0]);
  });
});
