import { csvHeader, csvRecords, jsonLines, plainNumber } from "./encode";
import type { ExportColumn } from "./tables";

const COLUMNS: readonly ExportColumn[] = [
  { name: "file", type: "text", about: "" },
  { name: "amount", type: "decimal", about: "" },
  { name: "ok", type: "boolean", about: "" },
];

describe("export encodings", () => {
  it("writes CSV records as RFC 4180: quotes only where needed, quotes doubled, CRLF", () => {
    expect(csvHeader(COLUMNS)).toBe("file,amount,ok\r\n");
    expect(
      csvRecords(COLUMNS, [
        { file: 'ООО "Ромашка", Москва', amount: 1234.5, ok: true },
        { file: "две\nстроки", amount: null, ok: false },
        { file: "=1+1", amount: -0.25 },
      ])
    ).toBe('"ООО ""Ромашка"", Москва",1234.5,true\r\n"две\nстроки",,false\r\n=1+1,-0.25,\r\n');
  });

  it("writes numbers with a point and never in exponent form", () => {
    expect(plainNumber(0.0000001)).toBe("0.0000001");
    expect(plainNumber(-1.5e-7)).toBe("-0.00000015");
    expect(plainNumber(1e21)).toBe("1000000000000000000000");
    expect(plainNumber(1234567.89)).toBe("1234567.89");
    expect(csvRecords(COLUMNS, [{ file: "a", amount: Number.NaN }])).toBe("a,,\r\n");
  });

  it("writes JSON Lines with every column in order and empty as null", () => {
    expect(jsonLines(COLUMNS, [{ amount: 1e-7, file: 'a"b' }])).toBe(
      '{"file":"a\\"b","amount":0.0000001,"ok":null}\n'
    );
  });
});
