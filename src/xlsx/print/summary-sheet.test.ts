import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { calculatePlan } from "../../domain/calc";
import { reviewLists } from "../../domain/calc/review-pack";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { fromMinor } from "../../domain/money";
import { readPlan } from "../../domain/read";
import type { CellValue, Lang } from "../../domain/values";
import { buildLayout } from "../../layout/build";
import { reviewPlanValues } from "../../layout/testing/review-plan";
import type { SheetLayout, WorkbookLayout } from "../../layout/types";
import { snapshotOfLayout } from "../parity/layout-snapshot";
import { recalcWithLibreOffice } from "../parity/libreoffice";
import { observedOf, type Observed } from "../parity/probes";
import { writeWorkbook } from "../write";

// LibreOffice headless is part of the test set-up (npm test provisions it): no silent skip.
jest.setTimeout(240_000);

interface Case {
  readonly lang: Lang;
  readonly layout: WorkbookLayout;
  readonly file: string;
}

/** The Summary sheet of a layout. */
function summaryOf(layout: WorkbookLayout): SheetLayout {
  const sheet = layout.sheets.find((s) => s.name === "Summary");
  if (!sheet) throw new Error("no Summary sheet");
  return sheet;
}

/** The address of the value beside the label `label` on the Summary (panels: label | value). */
function valueBeside(sheet: SheetLayout, label: string): string {
  const cell = sheet.cells.find((c) => c.content.kind === "value" && c.content.value === label);
  if (!cell) throw new Error(`no label ${label}`);
  const col = cell.address.charCodeAt(0);
  return `${String.fromCharCode(col + 1)}${cell.address.slice(1)}`;
}

/** The first row (1-based) of the list under the section title `title` (title, header, then rows). */
function listTop(sheet: SheetLayout, title: string): number {
  const cell = sheet.cells.find((c) => c.content.kind === "value" && c.content.value === title);
  if (!cell) throw new Error(`no section ${title}`);
  return Number(cell.address.slice(1)) + 2;
}

describe("the Summary sheet recalculated by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "kam-summary-"));
  const cases: Case[] = (["ru", "en"] as const).map((lang) => ({
    lang,
    layout: buildLayout(DEFAULT_CONFIG, {
      lang,
      start: "2027-01",
      period: "year",
      values: reviewPlanValues(lang),
    }),
    file: join(dir, `plan-${lang}.xlsx`),
  }));
  const books = new Map<Lang, ExcelJS.Worksheet>();

  beforeAll(async () => {
    for (const c of cases) writeFileSync(c.file, await writeWorkbook(c.layout));
    await recalcWithLibreOffice(
      cases.map((c) => c.file),
      join(dir, "out")
    );
    for (const c of cases) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, "out", `plan-${c.lang}.xlsx`));
      const sheet = wb.getWorksheet("Summary");
      if (!sheet) throw new Error("Summary lost");
      books.set(c.lang, sheet);
    }
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(["ru", "en"] as const)("shows the core's figures to the cent (%s)", (lang) => {
    const c = cases.find((x) => x.lang === lang) as Case;
    const { plan } = readPlan(snapshotOfLayout(c.layout), DEFAULT_CONFIG, lang);
    const n = calculatePlan(plan);
    const sheet = summaryOf(c.layout);
    const ws = books.get(lang) as ExcelJS.Worksheet;
    const at = (label: string): Observed => observedOf(ws.getCell(valueBeside(sheet, label)));
    const field = (key: string): string =>
      DEFAULT_CONFIG.fields.find((f) => f.key === key)?.label[lang] ?? key;
    const money = (minor: number | null): number | null =>
      minor === null ? null : fromMinor(minor);
    expect(at(field("client_name"))).toBe("ООО «Северная звезда»");
    expect(at(field("plan_end"))).toBe(n.planEnd);
    expect(at(field("sales_plan_total"))).toBe(money(n.salesPlanTotal));
    expect(at(field("discount_total"))).toBe(money(n.discountTotal));
    expect(at(field("net_sales_total"))).toBe(money(n.netSalesTotal));
    expect(at(field("budget_amount"))).toBe(money(n.budgetAmount));
    expect(at(field("credit_required"))).toBe(money(n.creditRequired));
    expect(at(field("credit_limit"))).toBe(3_000_000);
    expect(at(field("credit_utilization"))).toBeCloseTo(n.creditUtilization ?? NaN, 12);
    expect(at(field("kpi_score"))).toBeCloseTo(n.kpiScore ?? NaN, 12);
    const spendingLabel = lang === "ru" ? "Затраты на мероприятия" : "Spending on activities";
    const leftLabel = lang === "ru" ? "Остаток бюджета" : "Budget left";
    expect(at(spendingLabel)).toBe(money(n.spending));
    expect(at(leftLabel)).toBe(money((n.budgetAmount ?? 0) - n.spending));
  });

  it.each(["ru", "en"] as const)(
    "lists the biggest risks, the next activities and the decision group as the core picks them (%s)",
    (lang) => {
      const c = cases.find((x) => x.lang === lang) as Case;
      const { plan } = readPlan(snapshotOfLayout(c.layout), DEFAULT_CONFIG, lang);
      const lists = reviewLists(plan, calculatePlan(plan).actualsThrough);
      const values = reviewPlanValues(lang).tables;
      const cell = (table: string, row: number, key: string): CellValue =>
        values[table]?.[row]?.[key] ?? null;
      const sheet = summaryOf(c.layout);
      const ws = books.get(lang) as ExcelJS.Worksheet;
      const read = (address: string): Observed => observedOf(ws.getCell(address));
      const title = (ru: string, en: string): string => (lang === "ru" ? ru : en);

      const risks = listTop(
        sheet,
        title("Главные риски (вероятность × влияние)", "Biggest risks (probability × impact)")
      );
      expect(lists.risks.map((r) => r.score)).toEqual([9, 6, 6]);
      lists.risks.forEach((r, i) => {
        expect(read(`A${risks + i}`)).toBe(cell("Risks", r.row, "risk"));
        expect(read(`B${risks + i}`)).toBe(cell("Risks", r.row, "probability"));
        expect(read(`F${risks + i}`)).toBe(r.score);
      });

      const activities = listTop(sheet, title("Ближайшие мероприятия", "Next activities"));
      expect(lists.activities).toHaveLength(5);
      lists.activities.forEach((row, i) => {
        expect(read(`A${activities + i}`)).toBe(cell("Activities", row, "activity"));
        expect(read(`B${activities + i}`)).toBe(cell("Activities", row, "date"));
        expect(read(`F${activities + i}`)).toBe(cell("Activities", row, "cost"));
      });

      const dmu = listTop(sheet, title("Группа принятия решения", "Decision-making unit")) - 1;
      const names = (col: string, rows: readonly number[]): void => {
        rows.forEach((row, i) => {
          expect(read(`${col}${dmu + 1 + i}`)).toBe(cell("DecisionGroup", row, "person"));
        });
        expect(read(`${col}${dmu + 1 + rows.length}`) ?? "").toBe("");
      };
      names("A", lists.decisionMakers);
      names("D", lists.supporters);
      names("G", lists.opponents);
      expect(lists.supporters).toHaveLength(4);
    }
  );
});
