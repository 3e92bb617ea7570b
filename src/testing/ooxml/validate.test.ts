import JSZip from "jszip";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { buildLayout } from "../../layout/build";
import { writeWorkbook } from "../../xlsx/write";
import { schemaDir } from "./schemas";
import { formatProblems, validatePackages } from "./validate";

/** The validator finds what it is for: each broken part is reported with its part and rule. */

jest.setTimeout(60_000);

let valid: Buffer;

beforeAll(async () => {
  valid = await writeWorkbook(
    buildLayout(DEFAULT_CONFIG, { lang: "ru", start: "2027-01", period: "quarter" })
  );
});

/** The valid workbook with one part changed. */
async function withPart(path: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(valid);
  const xml = await zip.file(path)?.async("string");
  if (xml === undefined) throw new Error(`no part ${path}`);
  const edited = edit(xml);
  if (edited === xml) throw new Error(`the edit changed nothing in ${path}`);
  zip.file(path, edited);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function problemsOf(bytes: Buffer): Promise<string[]> {
  const problems = await validatePackages([{ label: "broken.xlsx", bytes }]);
  return formatProblems(problems).split("\n").filter(Boolean);
}

const SHEET = "xl/worksheets/sheet2.xml";

/** The part of the table named `name`. */
async function tablePart(name: string): Promise<string> {
  const zip = await JSZip.loadAsync(valid);
  for (const path of Object.keys(zip.files).filter((p) => p.startsWith("xl/tables/")))
    if ((await zip.file(path)?.async("string"))?.includes(` name="${name}"`)) return path;
  throw new Error(`no table ${name}`);
}

describe("validatePackages", () => {
  it("finds nothing in a workbook the writer wrote", async () => {
    expect(await problemsOf(valid)).toEqual([]);
  });

  it("reports an element the schema does not allow, with the part and xmllint's message", async () => {
    const lines = await problemsOf(
      await withPart(SHEET, (x) => x.replace("<sheetData>", "<sheetData><bogus/>"))
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /^broken\.xlsx xl\/worksheets\/sheet2\.xml \[schema\] line \d+: element bogus: Schemas validity error : .*bogus.*not expected/
      ),
    ]);
  });

  it("reports a part that is not well-formed XML", async () => {
    const lines = await problemsOf(
      await withPart("xl/styles.xml", (x) => x.replace("</styleSheet>", ""))
    );
    expect(lines.join("\n")).toMatch(/xl\/styles\.xml \[schema\] line \d+: parser error/);
  });

  it("reports an attribute of an ignorable namespace only when mc:Ignorable does not list it", async () => {
    const addAttribute = (x: string): string =>
      x.replace("<sheetFormatPr ", '<sheetFormatPr x14ac:extra="1" ');
    expect(await problemsOf(await withPart(SHEET, addAttribute))).toEqual([]);
    const lines = await problemsOf(
      await withPart(SHEET, (x) => addAttribute(x).replace(' mc:Ignorable="x14ac"', ""))
    );
    expect(lines.join("\n")).toMatch(/sheet2\.xml \[schema\].*dyDescent.*not allowed/);
  });

  it("checks the package parts with their own schemas (content types, relationships, properties)", async () => {
    const lines = [
      ...(await problemsOf(
        await withPart("[Content_Types].xml", (x) => x.replace("<Default ", "<Defaults "))
      )),
      ...(await problemsOf(
        await withPart("_rels/.rels", (x) => x.replace("<Relationship ", '<Relationship Foo="1" '))
      )),
      ...(await problemsOf(
        await withPart("docProps/app.xml", (x) =>
          x.replace("</Properties>", "<Nope/></Properties>")
        )
      )),
    ];
    expect(lines.map((l) => l.split(" [schema]")[0])).toEqual([
      "broken.xlsx [Content_Types].xml",
      "broken.xlsx _rels/.rels",
      "broken.xlsx docProps/app.xml",
    ]);
  });

  it("reports a custom total without its formula and a header cell that differs from its column", async () => {
    const bytes = await withPart(await tablePart("SalesPlan"), (x) =>
      x
        .replace('totalsRowFunction="none"', 'totalsRowFunction="custom"')
        .replace(/(<tableColumn id="2" name=")[^"]+"/, '$1Другое имя"')
    );
    const lines = await problemsOf(bytes);
    expect(lines).toEqual([
      expect.stringMatching(
        /\[table-header\] table SalesPlan column 2 "Другое имя": header cell B\d+ holds "2027-01"/
      ),
      expect.stringMatching(
        /\[table-totals\] table SalesPlan column 2 "Другое имя": totalsRowFunction="custom" without <totalsRowFormula>/
      ),
    ]);
  });

  it("reports overlapping tables", async () => {
    const zip = await JSZip.loadAsync(valid);
    const kpi = (await zip.file(await tablePart("KPI"))?.async("string")) ?? "";
    const ref = /\sref="([^"]+)"/.exec(kpi)?.[1] ?? "";
    // Risks moved onto KPI's cells (KPI sits on the same sheet).
    const bytes = await withPart(await tablePart("Risks"), (x) =>
      x.replace(/\sref="[^"]+"/g, ` ref="${ref}"`)
    );
    expect((await problemsOf(bytes)).join("\n")).toMatch(
      /\[table-overlap\] table Risks overlaps table KPI on ActionPlan/
    );
  });

  it("reports x14 data bars without the colours [MS-XLSX] requires", async () => {
    const bytes = await withPart(SHEET, (x) =>
      x.replace(/<x14:negativeFillColor[^>]*\/>/g, "").replace(/<x14:axisColor[^>]*\/>/, "")
    );
    const lines = await problemsOf(bytes);
    expect(lines.filter((l) => l.includes("negativeFillColor"))).toHaveLength(2);
    expect(lines.filter((l) => l.includes("axisColor"))).toHaveLength(1);
  });

  it("reports validation texts above Excel's limits and a list formula above 255 characters", async () => {
    const bytes = await withPart(SHEET, (x) =>
      x
        .replace(/promptTitle="[^"]*"/, `promptTitle="${"Я".repeat(33)}"`)
        .replace(/ prompt="[^"]*"/, ` prompt="${"п".repeat(256)}"`)
        .replace(/ error="[^"]*"/, ` error="${"e".repeat(225)}"`)
        .replace(/<formula1>Lists!/, `<formula1>${"A1,".repeat(90)}Lists!`)
    );
    const rules = (await problemsOf(bytes)).map((l) =>
      /\[([\w-]+)\] .*?: (\w+)/.exec(l)?.slice(1, 3).join(" ")
    );
    expect(rules).toEqual([
      "validation-text promptTitle",
      "validation-text prompt",
      "validation-text error",
      "validation-list the",
    ]);
  });

  it("reports a bad sheet name, a bad defined name, a name to a missing sheet, and a future function without _xlfn.", async () => {
    const bytes = await withPart("xl/workbook.xml", (x) =>
      x
        .replace('name="Calc"', 'name="History"')
        .replace('name="client_name"', 'name="A1"')
        .replace(/(<definedName name="kam_name">)[^<]+/, "$1Nowhere!$B$5")
        .replace(/(<definedName name="plan_start">)[^<]+/, "$1IFNA(ActionPlan!$B$7,0)")
    );
    const lines = (await problemsOf(bytes)).join("\n");
    expect(lines).toContain('[sheet-name] sheet name "History" is "History", which Excel reserves');
    expect(lines).toContain('[defined-name] defined name "A1" is a cell reference (A1 style)');
    expect(lines).toContain('[defined-name] defined name "kam_name" refers to sheet "Nowhere"');
    expect(lines).toContain(
      '[future-function] defined name "plan_start": IFNA needs the _xlfn. prefix'
    );
  });

  it("reports shared-string counts that do not match the cells", async () => {
    const bytes = await withPart("xl/sharedStrings.xml", (x) =>
      x.replace(/uniqueCount="\d+"/, 'uniqueCount="1"').replace(/ count="\d+"/, ' count="2"')
    );
    const lines = await problemsOf(bytes);
    expect(lines).toEqual([
      expect.stringMatching(/\[shared-strings\] uniqueCount="1" but the table holds \d+ items/),
      expect.stringMatching(/\[shared-strings\] count="2" but \d+ cells refer to shared strings/),
    ]);
  });
});

describe("schemaDir", () => {
  it("names the folder it looked in when the schemas are missing", () => {
    const empty = mkdtempSync(join(tmpdir(), "kam-no-xsd-"));
    try {
      expect(() => schemaDir({ KAM_OOXML_XSD_DIR: empty })).toThrow(
        `The ISO/IEC 29500 schemas were not found: looked in ${empty} for ecma/fouth-edition/opc-contentTypes.xsd`
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("finds ../shared/ooxml-xsd beside the repository", () => {
    expect(schemaDir({})).toMatch(/shared[/\\]ooxml-xsd$/);
  });
});
