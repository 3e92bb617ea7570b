import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import ExcelJS from "exceljs";
import { normalizeForExcelJs } from "./normalize";
import { readWorkbookFile } from "./read-workbook";

/** The bytes as an ArrayBuffer (exceljs's typings want one). */
function arrayBufferOf(bytes: Buffer): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}

/** Written by Python's openpyxl (Debian python3-openpyxl): absolute part paths, inline strings, formulas without cached values. */
const SCRIPT = `
import sys, datetime
from openpyxl import Workbook
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.table import Table, TableStyleInfo
wb = Workbook()
ws = wb.active
ws.title = 'ActionPlan'
ws['B2'] = 'Клиент'; ws['C2'] = 'ООО «Гамма» & сын'
ws['C3'] = datetime.date(2027, 1, 1); ws['C3'].number_format = 'DD.MM.YYYY'
ws['C4'] = '=C3+30'
for name, ref in [('client_name', '$C$2'), ('plan_start', '$C$3'), ('plan_end', '$C$4')]:
    wb.defined_names.append(DefinedName(name, attr_text='ActionPlan!' + ref))
ws['B10'] = 'Позиция'; ws['C10'] = '2027-01'; ws['D10'] = '2027-02'
ws['B11'] = 'Молоко'; ws['C11'] = 1000.5; ws['D11'] = 2000
ws['B12'] = 'Кефир'; ws['D12'] = 300
table = Table(displayName='SalesPlan', ref='B10:D12')
table.tableStyleInfo = TableStyleInfo(name='TableStyleMedium2', showRowStripes=True)
ws.add_table(table)
lists = wb.create_sheet('Lists'); lists.sheet_state = 'hidden'; lists['A1'] = 'quarter'
wb.save(sys.argv[1])
`;

describe("a workbook written by openpyxl", () => {
  let folder: string;
  let snapshot: WorkbookSnapshot;
  let rels: string;
  let bytes: Buffer;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "kam-openpyxl-"));
    await writeFile(join(folder, "make.py"), SCRIPT);
    execFileSync("/usr/bin/python3", [join(folder, "make.py"), join(folder, "plan.xlsx")]);
    bytes = await readFile(join(folder, "plan.xlsx"));
    const zip = await JSZip.loadAsync(bytes);
    rels = (await zip.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")) ?? "";
    snapshot = await readWorkbookFile(join(folder, "plan.xlsx"));
  }, 60_000);

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("really uses absolute part paths (the case exceljs 4.4 crashes on)", () => {
    expect(rels).toContain('Target="/xl/tables/table1.xml"');
  });

  it("reads sheets, names (a date as its serial, a formula without a cached value as empty) and the table", () => {
    expect(snapshot.sheets).toEqual([
      { name: "ActionPlan", visible: true },
      { name: "Lists", visible: false },
    ]);
    expect(snapshot.names).toEqual([
      {
        name: "client_name",
        sheet: "ActionPlan",
        address: "C2",
        value: "ООО «Гамма» & сын",
        formula: null,
      },
      { name: "plan_start", sheet: "ActionPlan", address: "C3", value: 46388, formula: null },
      { name: "plan_end", sheet: "ActionPlan", address: "C4", value: null, formula: "C3+30" },
    ]);
    expect(snapshot.tables).toEqual([
      {
        name: "SalesPlan",
        sheet: "ActionPlan",
        address: "B10:D12",
        headers: ["Позиция", "2027-01", "2027-02"],
        rows: [
          ["Молоко", 1000.5, 2000],
          ["Кефир", null, 300],
        ],
        formulas: [
          [null, null, null],
          [null, null, null],
        ],
      },
    ]);
  });

  it("loads in exceljs after normalizeForExcelJs rewrites the absolute targets (and crashes before)", async () => {
    await expect(new ExcelJS.Workbook().xlsx.load(arrayBufferOf(bytes))).rejects.toThrow();
    const normalized = await normalizeForExcelJs(bytes, "plan.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(normalized));
    const sheet = workbook.getWorksheet("ActionPlan");
    expect(sheet?.getCell("C2").value).toBe("ООО «Гамма» & сын");
    expect(sheet?.getTables().map((t) => (t as unknown as { name: string }).name)).toEqual([
      "SalesPlan",
    ]);
  });
});
