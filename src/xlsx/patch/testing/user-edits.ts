import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import type { CellValue } from "../../../domain/values";
import { readSharedStrings, readSheetCells } from "../../read/cells";
import { columnLetter, parseA1 } from "../../../domain/read/a1";

/** The user's own work added to a plan by openpyxl, as a person would in Excel (test fixture). */
export interface UserEdits {
  /** A note beside the form: cell and text. */
  readonly note: { readonly cell: string; readonly text: string };
  /** A row typed just below a table: its first two cells. */
  readonly below: { readonly row: number; readonly item: string; readonly amount: number };
  /** An A1 reference into a managed cell (`B15`) used by `=ActionPlan!B15*2`. */
  readonly managedCell: string;
}

/** The user sheet of the fixture. */
export const USER_SHEET = "Мои расчёты";

const SCRIPT = `
import sys, json
from openpyxl import load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.workbook.defined_name import DefinedName
e = json.loads(sys.argv[3])
wb = load_workbook(sys.argv[1])
ap = wb['ActionPlan']
ap[e['note']['cell']] = e['note']['text']
ap[e['note']['cell']].comment = Comment('заметка КАМа', 'kam')
r = e['below']['row']
ap['A%d' % r] = e['below']['item']; ap['B%d' % r] = e['below']['amount']
ws = wb.create_sheet('${USER_SHEET}')
ws['A1'] = 'Лимит x2'; ws['B1'] = '=ActionPlan!%s*2' % e['managedCell']
ws['A2'] = 'Январь'; ws['B2'] = '=SUM(SalesPlan[2027-01])'
ws['A3'] = 'Клиент'; ws['B3'] = '=client_name'
ws['A4'] = 'Мой итог'; ws['B4'] = '=SUM(my_total)'
ws['A5'] = e['below']['item']; ws['B5'] = '=ActionPlan!B%d' % r
ws['C1'] = 10; ws['C2'] = 20; ws['C3'] = 30
ws.column_dimensions['A'].width = 30
ws['A1'].font = Font(bold=True)
wb.defined_names.append(DefinedName('my_total', attr_text="'${USER_SHEET}'!$C$1:$C$3"))
chart = BarChart(); chart.add_data(Reference(ws, min_col=3, min_row=1, max_row=3)); ws.add_chart(chart, 'E2')
wb.save(sys.argv[2])
`;

/** Add the user's edits to `input` with openpyxl (Debian's python3-openpyxl) and save as `output`. */
export async function addUserEdits(
  folder: string,
  input: string,
  output: string,
  edits: UserEdits
): Promise<void> {
  const script = join(folder, "user-edits.py");
  await writeFile(script, SCRIPT);
  await promisify(execFile)("/usr/bin/python3", [script, input, output, JSON.stringify(edits)], {
    timeout: 60_000,
  });
}

/** Every non-empty cell value of a sheet of a file (cached values: recalculate first to see formulas' results). */
export async function sheetValues(file: string, sheet: string): Promise<Map<string, CellValue>> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const escaped = sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const id =
    new RegExp(`<sheet\\b[^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1] ??
    new RegExp(`<sheet\\b[^>]*r:id="([^"]+)"[^>]*name="${escaped}"`).exec(workbook)?.[1];
  const target =
    new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (id === undefined || target === undefined) throw new Error(`no sheet ${sheet} in ${file}`);
  const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const xml = (await zip.file(part)?.async("string")) ?? "";
  const sst = readSharedStrings((await zip.file("xl/sharedStrings.xml")?.async("string")) ?? null);
  const cells = readSheetCells(xml, { sharedStrings: sst, shiftDates1904: null });
  const out = new Map<string, CellValue>();
  for (const [key, value] of cells) {
    const row = Math.floor(key / 16384);
    const col = key % 16384;
    out.set(`${columnLetter(col)}${row + 1}`, value);
  }
  return out;
}

/** The formula text of a cell of a sheet part, or null. */
export function formulaOf(sheetXml: string, cell: string): string | null {
  if (!parseA1(cell)) return null;
  const m = new RegExp(`<c r="${cell}"[^>]*>(?:(?!</c>)[\\s\\S])*?<f[^>]*>([^<]*)</f>`).exec(
    sheetXml
  );
  return m?.[1] ?? null;
}
