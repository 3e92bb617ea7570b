import ExcelJS from "exceljs";
import { fromMinor } from "../domain/money";
import { formatPercent } from "../domain/text/format";
import type { Lang } from "../domain/values";
import { finishPackage } from "../xlsx/write";
import type { PlanSummaryRow, PortfolioSummary, SummaryRow } from "../domain/portfolio/summary";
import { SUMMARY_COLUMNS, SUMMARY_TEXTS, type SummaryColumn } from "../domain/text/summary";
import { summaryConditionalFormats } from "./summary-formats";

/**
 * The portfolio summary as an .xlsx workbook (exceljs): sheet «Сводка» with
 * the Excel table `Summary` (one row per workbook, a totals row, red / amber /
 * green conditional formats and data bars), «Замечания» with the table
 * `Findings` (every finding of every file), «Загрузка команды» with the table
 * `TeamLoad` (people above 100 % across plans). exceljs cannot draw charts, so
 * data bars stand in for them. Text from the workbooks is always written as
 * text (a string cell), never as a formula, whatever it starts with.
 */

const NUMBER_FORMATS: Readonly<Record<SummaryColumn["kind"], Readonly<Record<Lang, string>>>> = {
  text: { ru: "@", en: "@" },
  date: { ru: "dd.mm.yyyy", en: "yyyy-mm-dd" },
  amount: { ru: "#,##0.00", en: "#,##0.00" },
  percent: { ru: "0.0%", en: "0.0%" },
  count: { ru: "0", en: "0" },
};

type Cell = string | number | null;

function money(minor: number | null): number | null {
  return minor === null ? null : fromMinor(minor);
}

function rowCells(
  row: SummaryRow,
  lang: Lang,
  duplicates: ReadonlyMap<string, readonly string[]>
): Cell[] {
  switch (row.kind) {
    case "plan":
      return planCells(row, lang, duplicates);
    case "unreadable": {
      const values: Record<string, Cell> = { file: row.file, note: row.error };
      return SUMMARY_COLUMNS.map((c) => values[c.key] ?? null);
    }
  }
}

function planCells(
  row: PlanSummaryRow,
  lang: Lang,
  duplicates: ReadonlyMap<string, readonly string[]>
): Cell[] {
  const t = SUMMARY_TEXTS[lang];
  const others = duplicates.get(row.file);
  const note = others ? t.duplicate(others.join(", ")) : null;
  const values: Record<string, Cell> = {
    file: row.file,
    client: row.client,
    kam: row.kam,
    segment: row.segmentLabel?.[lang] ?? row.segment,
    period: row.planPeriodLabel?.[lang] ?? row.planPeriod,
    status: row.planStatusLabel?.[lang] ?? row.planStatus,
    approvedBy: row.approvedBy,
    approvedOn: row.approvedOn,
    planVersion: row.planVersion,
    actualsThrough: row.actualsThrough,
    planStart: row.planStart,
    planEnd: row.planEnd,
    salesPlanTotal: money(row.salesPlanTotal),
    planToDate: money(row.planToDate),
    actualToDate: money(row.actualToDate),
    fulfillment: row.fulfillment,
    forecastTotal: money(row.forecastTotal),
    forecastGap: money(row.forecastGap),
    discountTotal: money(row.discountTotal),
    netSalesTotal: money(row.netSalesTotal),
    creditRequired: money(row.creditRequired),
    creditLimit: money(row.creditLimit),
    creditUtilization: row.creditUtilization,
    budgetAmount: money(row.budgetAmount),
    spending: money(row.spending),
    budgetUse: row.budgetUse,
    kpiScore: row.kpiScore,
    completeness: row.completeness,
    errors: row.errors,
    warnings: row.warnings,
    nextReview: row.nextReview,
    overdue: row.reviewOverdue ? t.yes : t.no,
    note,
  };
  return SUMMARY_COLUMNS.map((c) => values[c.key] ?? null);
}

function totalsOf(
  column: SummaryColumn,
  lang: Lang,
  summary: PortfolioSummary
): Partial<ExcelJS.TableColumnProperties> & { totalsRowResult?: number } {
  const h = (key: string): string =>
    SUMMARY_COLUMNS.find((c) => c.key === key)?.header[lang] ?? key;
  const ratio = (num: string, den: string): string =>
    `IFERROR(SUBTOTAL(109,Summary[${h(num)}])/SUBTOTAL(109,Summary[${h(den)}]),"")`;
  const t = summary.totals;
  switch (column.key) {
    case "file":
      return { totalsRowLabel: SUMMARY_TEXTS[lang].total };
    case "fulfillment":
      return {
        totalsRowFunction: "custom",
        totalsRowFormula: ratio("actualToDate", "planToDate"),
        ...(t.fulfillment === null ? {} : { totalsRowResult: t.fulfillment }),
      };
    case "budgetUse":
      return {
        totalsRowFunction: "custom",
        totalsRowFormula: ratio("spending", "budgetAmount"),
        ...(t.budgetAmount === 0 ? {} : { totalsRowResult: t.spending / t.budgetAmount }),
      };
    case "overdue":
      return {
        totalsRowFunction: "custom",
        totalsRowFormula: `COUNTIF(Summary[${h("overdue")}],"${SUMMARY_TEXTS[lang].yes}")`,
        totalsRowResult: t.overdue,
      };
    default:
      break;
  }
  if (column.kind === "amount" || column.kind === "count") {
    const sums: Record<string, number> = {
      salesPlanTotal: fromMinor(t.salesPlanTotal),
      planToDate: fromMinor(t.planToDate),
      actualToDate: fromMinor(t.actualToDate),
      discountTotal: fromMinor(t.discountTotal),
      netSalesTotal: fromMinor(t.netSalesTotal),
      budgetAmount: fromMinor(t.budgetAmount),
      spending: fromMinor(t.spending),
      errors: t.errors,
      warnings: t.warnings,
    };
    const result = sums[column.key];
    return {
      totalsRowFunction: "sum",
      ...(result === undefined ? {} : { totalsRowResult: result }),
    };
  }
  return { totalsRowFunction: "none" };
}

function addSummarySheet(workbook: ExcelJS.Workbook, summary: PortfolioSummary, lang: Lang): void {
  const sheet = workbook.addWorksheet(SUMMARY_TEXTS[lang].sheets.summary, {
    views: [{ state: "frozen", xSplit: 2, ySplit: 1 }],
  });
  const duplicates = new Map<string, string[]>();
  for (const d of summary.duplicateClients)
    for (const f of d.files)
      duplicates.set(
        f,
        d.files.filter((g) => g !== f)
      );
  const rows =
    summary.rows.length > 0
      ? summary.rows.map((r) => rowCells(r, lang, duplicates))
      : [SUMMARY_COLUMNS.map(() => null)];
  sheet.addTable({
    name: "Summary",
    ref: "A1",
    headerRow: true,
    totalsRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: SUMMARY_COLUMNS.map((c) => ({
      name: c.header[lang],
      filterButton: true,
      ...totalsOf(c, lang, summary),
    })),
    rows,
  });
  SUMMARY_COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    column.numFmt = NUMBER_FORMATS[c.kind][lang];
  });
  sheet.getRow(1).alignment = { wrapText: true, vertical: "top" };
  for (const format of summaryConditionalFormats(rows.length, lang))
    sheet.addConditionalFormatting(format);
}

function addFindingsSheet(workbook: ExcelJS.Workbook, summary: PortfolioSummary, lang: Lang): void {
  const t = SUMMARY_TEXTS[lang];
  const sheet = workbook.addWorksheet(t.sheets.findings, {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const rows: Cell[][] = summary.findings.map((f) => [
    f.file,
    f.client,
    t.severity[f.severity],
    f.code,
    f.sheet,
    f.cell,
    f.name,
    f.message,
  ]);
  sheet.addTable({
    name: "Findings",
    ref: "A1",
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: t.findingHeaders.map((name) => ({ name, filterButton: true })),
    rows: rows.length > 0 ? rows : [[null, null, null, null, null, null, null, t.noFindings]],
  });
  [28, 26, 16, 30, 12, 8, 18, 90].forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
    sheet.getColumn(i + 1).numFmt = "@";
  });
  const last = Math.max(rows.length, 1) + 1;
  const fill = (argb: string): Partial<ExcelJS.Style> => ({
    fill: { type: "pattern", pattern: "solid", bgColor: { argb } },
  });
  sheet.addConditionalFormatting({
    ref: `C2:C${last}`,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [`$C2="${t.severity.error}"`],
        style: fill("FFFFC7CE"),
      },
      {
        type: "expression",
        priority: 2,
        formulae: [`$C2="${t.severity.warning}"`],
        style: fill("FFFFEB9C"),
      },
    ],
  });
}

function addTeamSheet(workbook: ExcelJS.Workbook, summary: PortfolioSummary, lang: Lang): void {
  const t = SUMMARY_TEXTS[lang];
  const sheet = workbook.addWorksheet(t.sheets.team, { views: [{ state: "frozen", ySplit: 1 }] });
  const pct = (x: number): string => formatPercent(x, lang, 1);
  const rows: Cell[][] = summary.teamOverload.map((p) => [
    p.person,
    p.total,
    p.plans.length,
    p.plans.map((s) => `${s.client ?? s.file} (${s.file}): ${pct(s.share)}`).join("; "),
  ]);
  sheet.addTable({
    name: "TeamLoad",
    ref: "A1",
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: t.teamHeaders.map((name) => ({ name, filterButton: true })),
    rows: rows.length > 0 ? rows : [[t.noOverload, null, null, null]],
  });
  [26, 18, 8, 100].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.getColumn(1).numFmt = "@";
  sheet.getColumn(2).numFmt = "0%";
  sheet.getColumn(4).numFmt = "@";
  if (rows.length > 0) {
    sheet.addConditionalFormatting({
      ref: `B2:B${rows.length + 1}`,
      rules: [
        {
          type: "dataBar",
          priority: 1,
          cfvo: [{ type: "num", value: 0 }, { type: "max" }],
          color: { argb: "FFF8696B" },
        } as ExcelJS.DataBarRuleType,
      ],
    });
  }
}

/** Render the summary as an .xlsx file. */
export async function writeSummaryWorkbook(summary: PortfolioSummary, lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "kam-plan";
  addSummarySheet(workbook, summary, lang);
  addFindingsSheet(workbook, summary, lang);
  addTeamSheet(workbook, summary, lang);
  const data = await workbook.xlsx.writeBuffer();
  return finishPackage(Buffer.from(data));
}
