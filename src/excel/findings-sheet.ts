import type { Finding } from "../domain/findings";
import { SEVERITY_LABELS } from "../domain/text/severity";
import type { Lang } from "../domain/values";
import { cellInput } from "./cell-input";
import { adapterText } from "./messages";
import { WorkbookActionError } from "./run";

/** The findings sheet's name: `Проверка` (ru) or `Check` (en); a run replaces both spellings. */
export const CHECK_SHEET: Readonly<Record<Lang, string>> = { ru: "Проверка", en: "Check" };

const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  ru: ["Важность", "Код", "Лист", "Ячейка", "Сообщение", "Перейти"],
  en: ["Severity", "Code", "Sheet", "Cell", "Message", "Go to"],
};

function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * The link of a finding: `=HYPERLINK("#'ActionPlan'!C5","ActionPlan!C5")`,
 * or to its defined name (`#plan_start`); empty when it has no place. Works
 * without the add-in (a plain Excel hyperlink inside the workbook).
 */
export function findingLink(f: Finding): string {
  const target =
    f.sheet && f.cell ? `#${quoteSheet(f.sheet)}!${f.cell}` : f.name ? `#${f.name}` : null;
  if (!target) return "";
  const label = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : (f.name ?? "");
  return `=HYPERLINK("${target.replace(/"/g, '""')}","${label.replace(/"/g, '""')}")`;
}

/** The findings table as one grid of formulas: title row, headers, one row per finding. */
export function findingsGrid(
  findings: readonly Finding[],
  lang: Lang
): (string | number | boolean)[][] {
  const rows = findings.map((f) => [
    SEVERITY_LABELS[lang][f.severity],
    f.code,
    cellInput(f.sheet),
    cellInput(f.cell),
    cellInput(f.message),
    findingLink(f),
  ]);
  return [[...HEADERS[lang]], ...(rows.length > 0 ? rows : [["", "", "", "", "", ""]])];
}

/**
 * Replace the findings sheet in three phases: one sync to learn whether
 * either spelling exists, then one batch that deletes it, adds the sheet,
 * writes title + table (named `KamFindings`) and activates it.
 */
export async function writeFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  lang: Lang
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const existing = [
    sheets.getItemOrNullObject(CHECK_SHEET.ru),
    sheets.getItemOrNullObject(CHECK_SHEET.en),
  ];
  const protection = context.workbook.protection.load("protected");
  await context.sync();
  // A protected workbook structure refuses adding and deleting sheets (ExcelApi 1.7,
  // https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection): say so, write nothing.
  if (protection.protected)
    throw new WorkbookActionError(adapterText("workbook_protected", lang), "AccessDenied");

  for (const s of existing) if (!s.isNullObject) s.delete();
  const sheet = sheets.add(CHECK_SHEET[lang]);
  sheet.getRange("A1").values = [[adapterText("check_sheet_title", lang)]];
  sheet.getRange("A1").format.font.bold = true;
  const grid = findingsGrid(findings, lang);
  const range = sheet.getRangeByIndexes(2, 0, grid.length, 6);
  range.formulas = grid;
  const table = sheet.tables.add(range, true);
  table.name = "KamFindings";
  sheet.getRange("E:E").format.columnWidth = 480;
  sheet.activate();
  await context.sync();
}
