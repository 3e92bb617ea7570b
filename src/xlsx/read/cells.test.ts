import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { buildLayout } from "../../layout/build";
import { completePlanValues } from "../../cli/testing/plans";
import { writeWorkbook } from "../write";
import { openXlsxPackage } from "../guard/package";
import {
  parseSheet,
  readSharedStrings,
  readSheetCells,
  readSheetFormulas,
  resolveSheet,
  type CellReading,
  type SheetContent,
} from "./cells";
import { planLikeWorkbook } from "./testing/fixtures";
import { regexSheetCells, regexSheetFormulas } from "./testing/regex-cells";
import { elements, stringItemText } from "./xml";

const READING = { sharedStrings: ["ноль", "one", ""], shiftDates1904: null };

/** The reader's one scan of a sheet (values and formulas), with the workbook's shared strings filled in. */
function readSheet(xml: string, reading: CellReading): SheetContent {
  return resolveSheet(parseSheet(xml, reading.shiftDates1904), reading.sharedStrings);
}
const READING_1904 = { sharedStrings: READING.sharedStrings, shiftDates1904: new Set([2]) };

function sheet(data: string, around = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="main"><dimension ref="A1"/>${around}<sheetData>${data}</sheetData><rowBreaks count="0"/></worksheet>`;
}

/** The scanner reads `xml` exactly as the regular-expression reader did: values, formulas, and both in one pass. */
function expectSameAsRegexReader(xml: string): void {
  for (const reading of [READING, READING_1904]) {
    const cells = readSheetCells(xml, reading);
    expect([...cells]).toEqual([...regexSheetCells(xml, reading)]);
    expect([...readSheet(xml, reading).cells]).toEqual([...cells]);
  }
  const formulas = readSheetFormulas(xml);
  expect([...formulas]).toEqual([...regexSheetFormulas(xml)]);
  expect([...readSheet(xml, READING).formulas]).toEqual([...formulas]);
}

describe("the one-pass worksheet scanner", () => {
  it("reads values and formulas of a cell in one scan", () => {
    const xml = sheet(
      '<row r="2"><c r="B2" t="s"><v>1</v></c><c r="C2"><f>B2&amp;"x"</f><v>7</v></c><c r="D2" t="inlineStr"><is><r><t>ООО </t></r><r><t>«Альфа»</t></r></is></c></row>'
    );
    const { cells, formulas } = readSheet(xml, READING);
    expect([...cells]).toEqual([
      [16384 + 1, "one"],
      [16384 + 2, 7],
      [16384 + 3, "ООО «Альфа»"],
    ]);
    expect([...formulas]).toEqual([[16384 + 2, 'B2&"x"']]);
    expectSameAsRegexReader(xml);
  });

  it.each([
    ["namespace prefixes", '<x:row r="1"><x:c r="A1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>'],
    [
      "rows and cells without r",
      '<row><c><v>1</v></c><c t="b"><v>1</v></c></row><row><c s="2"><v>3</v></c></row><row r="7"><c><v>4</v></c><c r="D7"><v>5</v></c><c><v>6</v></c></row>',
    ],
    [
      "self-closing rows, cells and values",
      '<row r="1"/><row r="2"><c r="A2"/><c r="B2"><v/></c><c r="C2"></c><c r="D2" s="1"><f>A1</f></c></row><row r="3" spans="1:2"/>',
    ],
    [
      "every cell type",
      '<row r="1"><c r="A1" t="str"><v>a &amp; b_x000D_</v></c><c r="B1" t="e"><v>#DIV/0!</v></c><c r="C1" t="b"><v>true</v></c><c r="D1" t="d"><v>2027-01-31</v></c><c r="E1" t="d"><v>2027-01-31T12:00:00Z</v></c><c r="F1" t="s"><v>9</v></c><c r="G1" t="s"><v>2</v></c><c r="H1"><v> </v></c><c r="I1"><v>1e3</v></c><c r="J1"><v>x</v></c><c r="K1" s="2"><v>100</v></c><c r="L1" s="12"><v>100</v></c></row>',
    ],
    [
      "shared formulas, moved by their offset",
      '<row r="3"><c r="B3"><f t="shared" ref="B3:B5" si="0">A3*$A$1+SUM(A3:A4)</f><v>1</v></c><c r="C3"><f t="shared" si="1" ref="C3:D4">=B3</f></c></row><row r="4"><c r="B4"><f t="shared" si="0"/><v>2</v></c><c r="D4"><f t="shared" si="1"/></c></row><row r="5"><c r="B5"><f si="0" t="shared"></f></c><c r="C5"><f si="9"/></c></row>',
    ],
    [
      "attributes the reader must not take",
      '<row r="2"><c xr="B9" r="B2" ts="s" t="n" s="1" xs="2"><v>1</v></c><c r=\'D9\' t=\'s\'><v>0</v></c><c r = "F9"><v>2</v></c><c r="AAAA1"><v>3</v></c><c r="A0"><v>4</v></c><c r="b2"><v>5</v></c><c r="C2" s="x"><v>6</v></c></row>',
    ],
    [
      "elements whose names start like row, c, v or f",
      '<row r="1"><cfRule/><c r="A1"><fx>1</fx><vt>2</vt><v>3</v></c><col/><c2 r="Z9"><v>8</v></c2></row><rowBreaks/><row r="2"><c r="A2"><extLst><v>9</v></extLst><v>10</v></c></row>',
    ],
    [
      "formulas with entities, spaces and array formulas",
      '<row r="1"><c r="A1"><f t="array" ref="A1">  IF(B1&lt;&gt;"",&quot;a&quot;,0) </f><v>0</v></c><c r="B1"><f aca="0">=\'Досье\'!C5</f><v>1</v></c><c r="C1"><f>  </f><v>1</v></c></row>',
    ],
  ])("reads %s as the regular expressions did", (_what, data) => {
    expectSameAsRegexReader(sheet(data));
  });

  it("reads a part without sheetData, or with an empty one, as no cells", () => {
    expectSameAsRegexReader('<worksheet><sheetData/><c r="A1"><v>1</v></c></worksheet>');
    expectSameAsRegexReader('<worksheet><c r="A1"><v>1</v></c></worksheet>');
    expect(readSheet("<worksheet><sheetData/></worksheet>", READING).cells.size).toBe(0);
  });

  it("reads every sheet of the project's own workbook and of an exceljs one as the regular expressions did", async () => {
    const ours = await writeWorkbook(
      buildLayout(DEFAULT_CONFIG, {
        lang: "ru",
        start: "2027-01",
        period: "year",
        values: completePlanValues(),
      })
    );
    for (const bytes of [ours, await planLikeWorkbook({ shiftRows: 3, extraColumn: true })]) {
      const pkg = openXlsxPackage(bytes, "plan.xlsx");
      const strings = readSharedStrings(pkg.text("xl/sharedStrings.xml"));
      let sheets = 0;
      for (let n = 1; pkg.has(`xl/worksheets/sheet${n}.xml`); n++) {
        const xml = pkg.text(`xl/worksheets/sheet${n}.xml`) ?? "";
        const reading = { sharedStrings: strings, shiftDates1904: null };
        expect([...readSheet(xml, reading).cells]).toEqual([...regexSheetCells(xml, reading)]);
        expect([...readSheet(xml, reading).formulas]).toEqual([...regexSheetFormulas(xml)]);
        sheets++;
      }
      expect(sheets).toBeGreaterThanOrEqual(3);
    }
  });

  it("reads random sheets built of cells, rows and stray markup as the regular expressions did", () => {
    const prefix = fc.constantFrom("", "x:", "ns.a-1:");
    const attr = fc.constantFrom(
      ' r="B2"',
      ' r="C7"',
      ' r="AA10"',
      ' r="bad"',
      ' t="s"',
      ' t="str"',
      ' t="b"',
      ' t="inlineStr"',
      ' t="e"',
      ' s="2"',
      ' s="1x"',
      ' xr="D4"',
      " r='E5'",
      ' spans="1:3"'
    );
    const inner = fc.constantFrom(
      "",
      "<v>1</v>",
      "<v>0</v>",
      "<v>2</v>",
      "<v/>",
      "<v> 12.5 </v>",
      "<v>a&amp;b</v>",
      "<x:v>3</x:v>",
      "<f>A1+1</f>",
      "<f>=B$2*C3</f><v>4</v>",
      '<f t="shared" si="0" ref="A1:C3">A1+$B1</f><v>5</v>',
      '<f t="shared" si="0"/><v>6</v>',
      '<f si="1"/>',
      "<is><t>текст</t></is>",
      "<vt>7</vt>",
      "<extLst><v>8</v></extLst>"
    );
    const cell = fc
      .tuple(prefix, fc.array(attr, { maxLength: 3 }), inner, fc.boolean())
      .map(([p, attrs, body, selfClosing]) =>
        selfClosing && body === ""
          ? `<${p}c${attrs.join("")}/>`
          : `<${p}c${attrs.join("")}>${body}</${p}c>`
      );
    const row = fc
      .tuple(
        prefix,
        fc.constantFrom("", ' r="1"', ' r="4"', ' r="x"', ' spans="1:2"'),
        fc.array(fc.oneof(cell, fc.constantFrom("<cfRule/>", "<col/>", " ")), { maxLength: 6 })
      )
      .map(([p, attrs, cells]) =>
        cells.length === 0 ? `<${p}row${attrs}/>` : `<${p}row${attrs}>${cells.join("")}</${p}row>`
      );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(row, fc.constantFrom("<rowBreaks/>", "\n")), { maxLength: 8 }),
        (rows) => {
          expectSameAsRegexReader(sheet(rows.join("")));
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("readSharedStrings", () => {
  /** The reader before its plain-item path: every `<si>` by the regular expression, read by stringItemText. */
  const oracle = (xml: string): string[] =>
    elements(xml, "si").map((si) => stringItemText(si.inner));

  it("reads plain, spaced, rich and phonetic items, escapes and entities", () => {
    const xml =
      '<?xml version="1.0"?><sst xmlns="m" count="6"><si><t>ООО «Альфа»</t></si>' +
      '<si><t xml:space="preserve"> a &amp; b </t></si><si><r><rPr><b/></rPr><t>жир</t></r><r><t>ный</t></r></si>' +
      '<si><t>漢字</t><rPh sb="0" eb="1"><t>かんじ</t></rPh></si><si><t>line_x000D_</t></si><si/><si><t/></si></sst>';
    expect(readSharedStrings(xml)).toEqual([
      "ООО «Альфа»",
      " a & b ",
      "жирный",
      "漢字",
      "line\r",
      "",
      "",
    ]);
    expect(readSharedStrings(xml)).toEqual(oracle(xml));
    expect(readSharedStrings(null)).toEqual([]);
  });

  it("reads random tables as the regular expressions did", () => {
    const prefix = fc.constantFrom("", "x:");
    const text = fc.constantFrom(
      "",
      "abc",
      " sp ",
      "a&amp;b",
      "&lt;t&gt;",
      "_x000D_",
      "rPh",
      "é",
      "/>"
    );
    const t = fc
      .tuple(prefix, fc.constantFrom("", ' xml:space="preserve"', " a='/>'", "/"), text)
      .map(([p, attrs, body]) => (attrs === "/" ? `<${p}t/>` : `<${p}t${attrs}>${body}</${p}t>`));
    const run = fc
      .tuple(fc.boolean(), t)
      .map(([props, inner]) => `<r>${props ? "<rPr><b/></rPr>" : ""}${inner}</r>`);
    const phonetic = t.map((inner) => `<rPh sb="0" eb="1">${inner}</rPh>`);
    const item = fc
      .tuple(
        prefix,
        fc.constantFrom("", ' count="1"'),
        fc.array(fc.oneof(t, run, phonetic, fc.constantFrom("<phoneticPr/>", " ")), {
          maxLength: 4,
        }),
        fc.boolean()
      )
      .map(([p, attrs, parts, empty]) =>
        empty && parts.length === 0
          ? `<${p}si${attrs}/>`
          : `<${p}si${attrs}>${parts.join("")}</${p}si>`
      );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(item, fc.constantFrom("\n", "<extLst/>")), { maxLength: 8 }),
        (items) => {
          const xml = `<sst xmlns="m">${items.join("")}</sst>`;
          expect(readSharedStrings(xml)).toEqual(oracle(xml));
        }
      ),
      { numRuns: 500 }
    );
  });
});
