import {
  cellAddress,
  columnIndex,
  columnLetter,
  formatA1,
  looksLikeCellReference,
  parseA1,
  rangeA1,
} from "./a1";

describe("A1 addresses", () => {
  it("spells columns as Excel does", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(() => columnLetter(-1)).toThrow();
  });

  it("reads column letters back, any case, within XFD", () => {
    for (let i = 0; i < 16384; i += 97) expect(columnIndex(columnLetter(i))).toBe(i);
    expect(columnIndex("xfd")).toBe(16383);
    expect(columnIndex("XFE")).toBeNull();
    expect(columnIndex("A1")).toBeNull();
  });

  it("parses cells, anchored cells, ranges and sheet-prefixed addresses", () => {
    expect(parseA1("C5")).toEqual({ row: 4, col: 2 });
    expect(parseA1("$C$5")).toEqual({ row: 4, col: 2 });
    expect(parseA1("A10:F25")).toEqual({ row: 9, col: 0 });
    expect(parseA1("'План действий'!B2")).toEqual({ row: 1, col: 1 });
    expect(parseA1("#REF!")).toBeNull();
    expect(parseA1("C0")).toBeNull();
    expect(parseA1("")).toBeNull();
    expect(formatA1({ row: 4, col: 2 })).toBe("C5");
  });

  it("offsets from a range’s top-left cell", () => {
    expect(cellAddress("A10:F25", 1, 2)).toBe("C11");
    expect(cellAddress("Z1", 0, 1)).toBe("AA1");
    expect(cellAddress("nonsense", 0, 0)).toBeNull();
    expect(rangeA1({ row: 9, col: 0 }, 3, 2)).toBe("A10:B12");
  });
});

describe("absolute addresses and names that look like them", () => {
  it("anchors column and row with $ on request", () => {
    expect(formatA1({ row: 3, col: 1 }, true)).toBe("$B$4");
    expect(formatA1({ row: 3, col: 1 })).toBe("B4");
    expect(parseA1(formatA1({ row: 1048575, col: 16383 }, true))).toEqual({
      row: 1048575,
      col: 16383,
    });
  });

  it("knows the names Excel would read as a cell (A1 or R1C1)", () => {
    for (const name of ["A1", "ab12", "xfd1048576", "R1C1", "r", "C", "c12", "R2"])
      expect(looksLikeCellReference(name)).toBe(true);
    for (const name of ["credit_limit", "ABCD1", "A1B", "Sales", "RC_x", "plan_start"])
      expect(looksLikeCellReference(name)).toBe(false);
  });
});
