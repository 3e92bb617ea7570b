import { xmlDamage } from "./well-formed";

const SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r">' +
  '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">a &amp; b &#1071; &#x42F;</t></is></c></row>' +
  '<row r="2"/></sheetData><!-- a comment with <tags> --><x:ext xmlns:x="x"><![CDATA[<not a tag>]]></x:ext></worksheet>\r\n';

describe("xmlDamage: is a part well-formed XML?", () => {
  it("accepts a well-formed part: declaration, prefixes, self-closing tags, entities, comments, CDATA", () => {
    expect(xmlDamage(SHEET)).toBeNull();
    expect(xmlDamage("\uFEFF<a/>")).toBeNull();
    expect(xmlDamage("<a b='1' c = \"2\"><b/></a>")).toBeNull();
  });

  it.each([1, 5, 20, 100, 400])("rejects the part cut %i characters short", (cut) => {
    expect(xmlDamage(SHEET.slice(0, SHEET.trimEnd().length - cut))).not.toBeNull();
  });

  it.each([
    ["no root element", "   "],
    ["an empty part", ""],
    ["a tag closed by another name", "<a><b></a></b>"],
    ["an unclosed element", "<a><b></b>"],
    ["text after the root", "<a/>junk"],
    ["two roots", "<a/><b/>"],
    ["a bare ampersand", "<a>fish & chips</a>"],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["an unquoted attribute", "<a b=1/>"],
    ["a stray less-than", "<a>1 < 2</a>"],
    ["an unterminated comment", "<a><!-- oops</a>"],
    ["an unterminated CDATA section", "<a><![CDATA[x</a>"],
    ["binary garbage", "\u0000\u0001PK\u0003\u0004"],
  ])("rejects %s", (_what, xml) => {
    expect(xmlDamage(xml)).not.toBeNull();
  });

  it("checks a large sheet quickly (linear, one pass)", () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, r) =>
        `<row r="${r + 1}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${r * c}</v></c>`).join("")}</row>`
    ).join("");
    const xml = `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
    const started = performance.now();
    expect(xmlDamage(xml)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
