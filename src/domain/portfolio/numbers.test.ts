import { toMinor } from "../money";
import { decimalSeparatorOf, detectDecimalSeparator, parseAmountText } from "./numbers";

describe("parseAmountText", () => {
  it.each([
    ["1 234,56", ",", 1234.56],
    ["1\u00a0234\u00a0567,5", ",", 1234567.5],
    ["1\u202f234,56", ",", 1234.56],
    ["1234,56", ".", 1234.56],
    ["1,234.56", ",", 1234.56],
    ["1,234,567", ",", 1234567],
    ["1.234.567,89", ".", 1234567.89],
    ["-1 234,56", ",", -1234.56],
    ["\u22125,5", ",", -5.5],
    ["(1 000,00)", ",", -1000],
    ["1 234,56 ₽", ",", 1234.56],
    ["1 234,56 руб.", ",", 1234.56],
    ["$1,234.56", ".", null],
    ["1,234", ",", 1.234],
    ["1,234", ".", 1234],
    ["1.234", ".", 1.234],
    ["1.234", ",", 1234],
    ["0.5", ",", 0.5],
    ["42", ",", 42],
  ] as const)("reads %j (column decimal %s) as %p", (text, decimal, expected) => {
    expect(parseAmountText(text, decimal)).toBe(expected);
  });

  it.each(["", "abc", "12a", "1,23,4", "1 2 3,4,5", "--5", "1.2.3,4.5"])("refuses %j", (text) => {
    expect(parseAmountText(text, ",")).toBeNull();
  });
});

describe("decimal separator of a column", () => {
  it("tells an unambiguous comma or dot and stays silent on 1,234", () => {
    expect(decimalSeparatorOf("12,5")).toBe(",");
    expect(decimalSeparatorOf("1,234.56")).toBe(".");
    expect(decimalSeparatorOf("1,234")).toBeNull();
    expect(decimalSeparatorOf("1234")).toBeNull();
  });
  it("takes the majority of the column and falls back when nothing tells", () => {
    expect(detectDecimalSeparator(["1,234", "2.5", "3.75"], ",")).toBe(".");
    expect(detectDecimalSeparator(["1,234", "1 000"], ".")).toBe(".");
    expect(detectDecimalSeparator(["12,5", "1 000,25"], ".")).toBe(",");
  });
});

describe("toMinor (money.ts), the one rounding of imported amounts", () => {
  it("rounds half away from zero like Excel ROUND(x, 2)", () => {
    expect(toMinor(1.005)).toBe(101);
    expect(toMinor(-1.005)).toBe(-101);
    expect(toMinor(1234.56)).toBe(123456);
    expect(toMinor(0.125)).toBe(13);
    expect(toMinor(0.1 + 0.2)).toBe(30);
  });
});
