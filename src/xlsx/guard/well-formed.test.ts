import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { buildLayout } from "../../layout/build";
import { completePlanValues } from "../../cli/testing/plans";
import { writeWorkbook } from "../write";
import { xmlDamage } from "./well-formed";
import { regexXmlDamage } from "./testing/regex-well-formed";
import { extractZipEntry, readZipDirectory } from "./zip";

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

describe("xmlDamage decides as the regular-expression check did", () => {
  const fragment = fc.constantFrom(
    "<a>",
    "</a>",
    "<b/>",
    "<x:c r=\"A1\" t='s'>",
    "</x:c>",
    "<d e = \"1\" f='&amp;'/>",
    '<d e="&nbsp;">',
    '<d e="<">',
    "<d e=1>",
    '<d e="1"f="2">',
    "<d  />",
    "< a>",
    "</a >",
    '</a x="1">',
    "</a/>",
    "<1a>",
    "<_a.b-c:d>",
    "</_a.b-c:d>",
    "<!-- c & < -->",
    "<!---->",
    "<!-->",
    "<![CDATA[ < & ]]>",
    "<![CDATA[",
    '<?xml version="1.0"?>',
    "<??>",
    "<?",
    "<!DOCTYPE a>",
    "<!DOCTYPE",
    "<!x>",
    "text",
    " ",
    "\n",
    "\u00a0",
    "\uFEFF",
    "&amp;",
    "&lt;&gt;&quot;&apos;",
    "&#1071;",
    "&#x42F;",
    "&#;",
    "&#x;",
    "&#12a;",
    "&",
    "&amp",
    ">",
    "<",
    "/>",
    '"',
    "=",
    "<a\u00a0b='1'>",
    "<a b\t=\r'1'\n>"
  );
  it("on random strings of XML fragments", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        const xml = parts.join("");
        expect(xmlDamage(xml)).toBe(regexXmlDamage(xml));
      }),
      { numRuns: 5000 }
    );
  });

  it("on random well-nested documents", () => {
    const text = fc.constantFrom("", "x", " ", "&amp;", "&", "<!-- & -->", "<![CDATA[&]]>");
    const element: fc.Memo<string> = fc.memo((depth) =>
      fc
        .tuple(
          fc.constantFrom("a", "x:row", "c", "_n.1"),
          fc.constantFrom("", ' r="1"', " s='&lt;'", ' t="&x;"', ' u = "1" '),
          fc.array(depth > 1 ? fc.oneof(text, element(depth - 1)) : text, { maxLength: 4 }),
          fc.boolean()
        )
        .map(([name, attrs, children, empty]) =>
          empty && children.length === 0
            ? `<${name}${attrs}/>`
            : `<${name}${attrs}>${children.join("")}</${name}>`
        )
    );
    fc.assert(
      fc.property(
        fc.constantFrom("", '<?xml version="1.0"?>\n', "\uFEFF"),
        element(4),
        text,
        (head, root, tail) => {
          const xml = `${head}${root}${tail}`;
          expect(xmlDamage(xml)).toBe(regexXmlDamage(xml));
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("on every part of the project's own workbook, whole and cut short", async () => {
    const bytes = await writeWorkbook(
      buildLayout(DEFAULT_CONFIG, {
        lang: "ru",
        start: "2027-01",
        period: "year",
        values: completePlanValues(),
      })
    );
    const directory = readZipDirectory(Buffer.from(bytes));
    if (!directory.ok) throw new Error("the writer's package has no directory");
    let parts = 0;
    for (const entry of directory.entries) {
      if (entry.uncompressedSize === 0) continue;
      const xml = extractZipEntry(Buffer.from(bytes), entry).toString("utf8");
      expect(xmlDamage(xml)).toBeNull();
      expect(regexXmlDamage(xml)).toBeNull();
      for (const cut of [1, 7, Math.floor(xml.length / 2)])
        expect(xmlDamage(xml.slice(0, xml.length - cut))).toBe(
          regexXmlDamage(xml.slice(0, xml.length - cut))
        );
      parts++;
    }
    expect(parts).toBeGreaterThan(20);
  });
});
