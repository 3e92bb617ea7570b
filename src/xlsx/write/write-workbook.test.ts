import JSZip from "jszip";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { buildLayout } from "../../layout/build";
import { writeWorkbook } from "./write-workbook";

const layout = buildLayout(DEFAULT_CONFIG, {
  lang: "ru",
  start: "2027-01",
  period: "half_year",
  values: {
    form: {
      client_name: '=HYPERLINK("x")',
      kam_name: "+7 900",
      plan_start: 46388,
      plan_period: "Полугодие",
    },
    tables: {
      SalesPlan: [{ item: "-минус", "2027-01": 100.5 }],
      Team: [{ member: "@someone", role: "КАМ" }],
    },
    archive: [],
  },
});

let buffer: Buffer;
let zip: JSZip;
beforeAll(async () => {
  buffer = await writeWorkbook(layout);
  zip = await JSZip.loadAsync(buffer);
});

async function part(path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async("string");
}

async function sheetXml(name: string): Promise<string> {
  const workbook = await part("xl/workbook.xml");
  const rels = await part("xl/_rels/workbook.xml.rels");
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target =
    new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  return part(`xl/${(target ?? "").replace(/^\/?xl\//, "")}`);
}

describe("writeWorkbook", () => {
  // exceljs 4.4 cannot load tables with <calculatedColumnFormula> (Excel writes them too), so these
  // tests read the parts themselves, as the file reader (src/xlsx/read) does.
  it("writes the sheets in order with their visibility, and workbook-scoped defined names", async () => {
    const workbook = await part("xl/workbook.xml");
    const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*state="(\w+)"/g)].map(
      (m) => `${m[1]}:${m[2]}`
    );
    expect(sheets).toEqual([
      "Summary:visible",
      "ActionPlan:visible",
      "Dossier:visible",
      "Config:visible",
      "Lists:hidden",
      "Calc:hidden",
    ]);
    const start = layout.names.find((n) => n.name === "plan_start")?.address ?? "";
    expect(workbook).toContain(
      `<definedName name="plan_start">ActionPlan!$B$${start.slice(1)}</definedName>`
    );
  });

  it("keeps text that starts with = + - @ as text, never a formula", async () => {
    const strings = await part("xl/sharedStrings.xml");
    for (const text of ["=HYPERLINK(&quot;x&quot;)", "+7 900", "-минус", "@someone"])
      expect(strings).toContain(`<t>${text}</t>`);
    const xml = await sheetXml("ActionPlan");
    expect(xml).not.toContain("<f>HYPERLINK");
    expect(xml).not.toContain("<f>7 900");
  });

  it("writes tables with calculated-column formulas Excel fills into new rows", async () => {
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/tables\/.+\.xml$/.test(p))
        .map((p) => part(p))
    );
    const sales = tables.find((x) => x.includes('name="SalesPlan"'));
    expect(sales).toContain(
      "<calculatedColumnFormula>SUM(SalesPlan[[#This Row],[2027-01]:[2027-03]])</calculatedColumnFormula>"
    );
    expect(tables.find((x) => x.includes('name="KPI"'))).toContain(
      "<calculatedColumnFormula>IF(AND(ISNUMBER(IF(AND(NOT(ISNUMBER(KPI[[#This Row],[Факт]]))"
    );
    expect(tables.filter((x) => /name="(Settings|Sections|Fields|Lists)"/.test(x))).toHaveLength(4);
  });

  it("writes dropdowns from the Lists sheet range, number bounds and prompts", async () => {
    const xml = await sheetXml("ActionPlan");
    expect(xml).toMatch(
      /<dataValidation type="list" allowBlank="1" showInputMessage="1" promptTitle="Роль"[^>]*><formula1>Lists!\$[A-Z]+\$2:\$[A-Z]+\$\d+<\/formula1>/
    );
    expect(xml).toMatch(
      /<dataValidation type="whole" allowBlank="1"[^>]*><formula1>0<\/formula1><formula2>365<\/formula2>/
    );
  });

  it("leaves the plan sheets unprotected by default (tables grow as people type), freezes the first column", async () => {
    const xml = await sheetXml("ActionPlan");
    expect(xml).not.toMatch(/<sheetProtection/);
    expect(xml).toContain('<pane xSplit="1"');
    expect(await sheetXml("Lists")).toMatch(/<sheetProtection sheet="1"/);
  });

  it("with protect_sheets protects the plan sheets without a password and leaves inputs unlocked", async () => {
    const config = {
      ...DEFAULT_CONFIG,
      settings: { ...DEFAULT_CONFIG.settings, protectSheets: true },
    };
    const protectedZip = await JSZip.loadAsync(
      await writeWorkbook(
        buildLayout(config, { lang: "ru", start: "2027-01", period: "half_year" })
      )
    );
    const text = (path: string) => protectedZip.file(path)?.async("string") ?? "";
    // sheet1 is the Summary (protected as a whole); sheet2 is ActionPlan.
    const plan = await text("xl/worksheets/sheet2.xml");
    expect(plan).toMatch(/<sheetProtection sheet="1"[^>]*insertRows="0"[^>]*deleteRows="0"/);
    expect(plan).not.toMatch(/hashValue|password/);
    expect(await text("xl/styles.xml")).toContain('<protection locked="0"/>');
  });

  it("asks for a full calculation on load (formulas carry no cached values)", async () => {
    expect(await part("xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});
