import { decodeText, detectDelimiter, parseCsvBytes, parseCsvText, splitCsv } from "./csv";
import { encodeCp1251 } from "./testing/cp1251";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("decodeText", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decodeText(utf8("\ufeffТовар;Сумма")).text).toBe("Товар;Сумма");
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Товар")]))).toEqual({
      text: "Товар",
      encoding: "utf-8",
    });
    expect(decodeText(utf8("Молоко"))).toEqual({ text: "Молоко", encoding: "utf-8" });
  });
  it("falls back to Windows-1251 when the bytes are not UTF-8", () => {
    const bytes = encodeCp1251("Номенклатура;Сумма\nСыр «Российский»".replace(/[«»]/g, '"'));
    expect(decodeText(bytes)).toEqual({
      text: 'Номенклатура;Сумма\nСыр "Российский"',
      encoding: "windows-1251",
    });
  });
});

describe("splitCsv", () => {
  it("keeps quoted delimiters, doubled quotes and line breaks, and numbers rows by the line they start on", () => {
    const text = 'a;b;c\r\n"x;y";"say ""hi""";"two\nlines"\n\nlast;1;2';
    expect(splitCsv(text, ";")).toEqual([
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["x;y", 'say "hi"', "two\nlines"] },
      { line: 5, cells: ["last", "1", "2"] },
    ]);
  });
  it("keeps a final row without a line break and empty trailing fields", () => {
    expect(splitCsv("a,b,\n1,,", ",")).toEqual([
      { line: 1, cells: ["a", "b", ""] },
      { line: 2, cells: ["1", "", ""] },
    ]);
  });
});

describe("detectDelimiter", () => {
  it("prefers ; over the commas inside Russian numbers", () => {
    expect(detectDelimiter("Товар;Месяц;Сумма\nМолоко;2027-01;1 234,56\nСыр;2027-01;12,5\n")).toBe(
      ";"
    );
  });
  it("finds commas and tabs", () => {
    expect(detectDelimiter('Item,Month,Amount\nMilk,2027-01,"1,234.56"\n')).toBe(",");
    expect(detectDelimiter("Item\tMonth\tAmount\nMilk\t2027-01\t1234.56\n")).toBe("\t");
  });
});

describe("parseCsvBytes", () => {
  it("reads a Windows-1251 export with ; and a title block", () => {
    const table = parseCsvBytes(
      encodeCp1251("Отчёт о продажах\n\nНоменклатура;Период;Сумма\nМолоко;01.2027;1\u00a0234,56\n")
    );
    expect(table.encoding).toBe("windows-1251");
    expect(table.delimiter).toBe(";");
    expect(table.rows.map((r) => r.line)).toEqual([1, 3, 4]);
    expect(table.rows[2]?.cells).toEqual(["Молоко", "01.2027", "1\u00a0234,56"]);
  });
  it("takes an explicit delimiter", () => {
    expect(parseCsvText("a|b", "utf-8", "|").rows[0]?.cells).toEqual(["a", "b"]);
  });
});
