import { numberRows, readActuals } from "./actuals-grid";
import { parseCsvText } from "./csv";

describe("readActuals", () => {
  it("finds the header under a title block and reads Russian numbers and months", () => {
    const csv = parseCsvText(
      'Продажи за 2027 год;;\n;;\nНоменклатура;Период;Сумма, руб.\nМолоко 3,2%;01.2027;1 234,56\nСыр;15.02.2027;"12 000"\n'
    );
    const read = readActuals(csv.rows);
    expect(read.headerLine).toBe(3);
    expect(read.missing).toEqual([]);
    expect(read.records).toEqual([
      { line: 4, item: "Молоко 3,2%", month: "2027-01", amount: 123456 },
      { line: 5, item: "Сыр", month: "2027-02", amount: 1200000 },
    ]);
  });

  it("reports every bad row with its line number and keeps the good ones", () => {
    const csv = parseCsvText(
      "Товар;Месяц;Сумма\nМолоко;2027-01;100\n;2027-01;5\nСыр;2027-13;5\nХлеб;2027-02;много\nКефир;2027-02;\nИтого;;105\nМасло;2027-03;7,5\n"
    );
    const read = readActuals(csv.rows);
    expect(read.records.map((r) => [r.line, r.item, r.amount])).toEqual([
      [2, "Молоко", 10000],
      [8, "Масло", 750],
    ]);
    expect(read.badRows).toEqual([
      { line: 3, reason: "item_empty", text: null },
      { line: 4, reason: "month_invalid", text: "2027-13" },
      { line: 5, reason: "amount_invalid", text: "много" },
      { line: 6, reason: "amount_empty", text: null },
      { line: 7, reason: "total_row", text: "Итого" },
    ]);
  });

  it("reads English exports with the columns named on the command line", () => {
    const csv = parseCsvText(
      'SKU,Customer,Posting date,Net value\nA-1,X,2027-01-15,"1,234.50"\nA-2,X,2027-01-20,"2,000"\n'
    );
    const read = readActuals(csv.rows, {
      columns: { item: "sku", month: "Posting date", amount: "4" },
      decimalFallback: ".",
    });
    expect(read.columns).toEqual({ item: 0, month: 2, amount: 3 });
    expect(read.decimal).toBe(".");
    expect(read.records.map((r) => r.amount)).toEqual([123450, 200000]);
  });

  it("says which columns it could not find", () => {
    const read = readActuals(parseCsvText("Клиент;Склад\nА;Б\n").rows);
    expect(read.missing).toEqual(["item", "month", "amount"]);
    expect(read.headers).toEqual(["Клиент", "Склад"]);
    expect(read.records).toEqual([]);
  });

  it("reads a pasted range: numbers as numbers, dates as serials, lines from the sheet row", () => {
    const grid = [
      ["Item", "Month", "Amount"],
      ["Milk", 46388, 1500.5],
      ["Cheese", "2027-02", 99.999],
    ];
    const read = readActuals(numberRows(grid, 10));
    expect(read.records).toEqual([
      { line: 11, item: "Milk", month: "2027-01", amount: 150050 },
      { line: 12, item: "Cheese", month: "2027-02", amount: 10000 },
    ]);
  });

  it("rounds amounts like ROUND(x, 2) through money.ts: 0.0049999999999 is 0 kopecks, from text and from numbers", () => {
    const csv = parseCsvText(
      "Товар;Месяц;Сумма\nМолоко;2027-01;0,0049999999999\nСыр;2027-01;1 000,005\n"
    );
    expect(readActuals(csv.rows).records.map((r) => r.amount)).toEqual([0, 100001]);
    const grid = [
      ["Item", "Month", "Amount"],
      ["Milk", "2027-01", 0.0049999999999],
      ["Cheese", "2027-01", -0.0049999999999],
      ["Kefir", "2027-01", 1.005],
    ];
    expect(readActuals(numberRows(grid, 1)).records.map((r) => r.amount)).toEqual([0, 0, 101]);
  });
});
