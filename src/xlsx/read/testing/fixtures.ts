import ExcelJS from "exceljs";
import { columnLetter } from "../../../domain/read/a1";

/**
 * Small workbooks for the reader's tests, written with exceljs: a plan-like
 * layout (defined names on form cells, tables with headers and bodies, a
 * hidden helper sheet) holding every kind of raw value the reader must turn
 * into Excel's model. `shift` inserts rows above everything and `extraColumn`
 * adds a column to the SalesPlan table, the way people edit.
 */
export interface FixtureOptions {
  readonly shiftRows?: number;
  readonly shiftColumns?: number;
  readonly extraColumn?: boolean;
}

/** 2027-01-01 as a JS date in UTC and as an Excel serial. */
export const JAN_2027 = new Date(Date.UTC(2027, 0, 1));
export const JAN_2027_SERIAL = 46388;

export async function planLikeWorkbook(options: FixtureOptions = {}): Promise<Buffer> {
  const rows = options.shiftRows ?? 0;
  const cols = options.shiftColumns ?? 0;
  const at = (col: number, row: number): string => `${columnLetter(col + cols - 1)}${row + rows}`;
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet("ActionPlan");
  const dossier = wb.addWorksheet("Dossier");
  const lists = wb.addWorksheet("Lists", { state: "hidden" });
  lists.getCell("A1").value = "quarter";

  plan.getCell(at(2, 2)).value = "Клиент";
  plan.getCell(at(3, 2)).value = {
    richText: [{ text: "ООО " }, { font: { bold: true }, text: "«Альфа»" }],
  };
  plan.getCell(at(3, 3)).value = JAN_2027;
  plan.getCell(at(3, 3)).numFmt = "dd.mm.yyyy";
  plan.getCell(at(3, 4)).value = 0.05;
  plan.getCell(at(3, 5)).value = { formula: "EOMONTH(C3,11)", result: 46752 };
  plan.getCell(at(3, 6)).value = { formula: "C4*2" };
  plan.getCell(at(3, 7)).value = { error: "#DIV/0!" };
  plan.getCell(at(3, 8)).value = true;
  plan.getCell(at(3, 9)).value = { text: "сайт клиента", hyperlink: "https://example.com" };
  plan.getCell(at(3, 10)).value = "=1+1 typed as text";
  const names: [string, number][] = [
    ["client_name", 2],
    ["plan_start", 3],
    ["budget_rate", 4],
    ["plan_end", 5],
    ["kpi_score", 6],
    ["credit_utilization", 7],
    ["has_sponsor", 8],
    ["website", 9],
    ["note", 10],
  ];
  for (const [name, row] of names)
    wb.definedNames.add(`ActionPlan!$${at(3, row).replace(/(\d+)/, "$$$1")}`, name);

  const salesColumns = [
    { name: "Позиция" },
    { name: "2027-01" },
    { name: "2027-02" },
    { name: "Итого за период" },
  ];
  if (options.extraColumn) salesColumns.splice(1, 0, { name: "Комментарий" });
  const extra = options.extraColumn ? ["новинка"] : [];
  plan.addTable({
    name: "SalesPlan",
    ref: at(2, 14),
    columns: salesColumns,
    rows: [
      ["Молоко", ...extra, 1000.5, 2000, { formula: "SUM(1000.5,2000)", result: 3000.5 }],
      ["Кефир", ...extra, null, 300, { formula: "SUM(0,300)", result: 300 }],
    ],
  });
  dossier.addTable({
    name: "Competitors",
    ref: "B4",
    columns: [{ name: "Название" }, { name: "Тип" }],
    rows: [["Бета", "direct"]],
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
