import { completeColumns, pastedGrid, previewRows, readPasted } from "./pastedActuals";

// A range copied from Excel: tab-separated, CRLF, a title line, a blank line, a quoted cell with a line break.
const COPIED =
  'Продажи 1С\r\n\r\nНоменклатура\tПериод\tСумма\r\n"Молоко\r\n3,2%"\t2027-01\t1 234,56\r\nКефир\t02.2027\t500\r\n';

describe("pasted actuals", () => {
  it("keeps grid rows aligned with pasted lines", () => {
    const grid = pastedGrid(COPIED);
    expect(grid[0]).toEqual(["Продажи 1С"]);
    expect(grid[1]).toEqual([]);
    expect(grid[3]).toEqual(["Молоко\r\n3,2%", "2027-01", "1 234,56"]);
    expect(grid[4]).toEqual([]); // the second line of the quoted cell
    expect(grid[5]).toEqual(["Кефир", "02.2027", "500"]);
  });

  it("finds the header row and suggests the columns by their headers", () => {
    const range = readPasted(COPIED);
    expect(range.headerRow).toBe(2);
    expect(range.headers).toEqual(["Номенклатура", "Период", "Сумма"]);
    expect(range.suggested).toEqual({ item: 0, month: 1, amount: 2 });
    expect(previewRows(range, 5).map((r) => r.line)).toEqual([4, 6]);
  });

  it("reads a semicolon CSV pasted by hand and names unnamed headers by column number", () => {
    const range = readPasted("Товар;;Сумма\nКефир;2027-01;5\n");
    expect(range.headers).toEqual(["Товар", "2", "Сумма"]);
    expect(range.suggested).toEqual({ item: 0, amount: 2 });
    expect(completeColumns(range.suggested)).toBeNull();
    expect(completeColumns({ ...range.suggested, month: 1 })).toEqual({
      item: 0,
      month: 1,
      amount: 2,
    });
    expect(completeColumns({ item: 0, month: 0, amount: 2 })).toBeNull();
  });

  it("reads nothing from blank text", () => {
    expect(readPasted("  \n ")).toEqual({ grid: [], headerRow: null, headers: [], suggested: {} });
  });
});
