import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { calculatePlan } from "../../domain/calc";
import { reviewEconomics } from "../../domain/calc/review-economics";
import { reviewLists } from "../../domain/calc/review-pack";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { KamConfig } from "../../domain/config/types";
import { fromMinor } from "../../domain/money";
import { readPlan } from "../../domain/read";
import type { CellValue, Lang } from "../../domain/values";
import { buildLayout } from "../../layout/build";
import { REVIEW_PLAN_CONFIG, reviewPlanValues } from "../../layout/testing/review-plan";
import type { SheetLayout, WorkbookLayout, WorkbookValues } from "../../layout/types";
import { snapshotOfLayout } from "../parity/layout-snapshot";
import { recalcWithLibreOffice } from "../parity/libreoffice";
import { observedOf, type Observed } from "../parity/probes";
import { writeWorkbook } from "../write";

// LibreOffice headless is part of the test set-up (npm test provisions it): no silent skip.
jest.setTimeout(240_000);

interface Case {
  readonly name: string;
  readonly lang: Lang;
  readonly config: KamConfig;
  readonly layout: WorkbookLayout;
  readonly file: string;
}

/**
 * The review plan with nothing to show in §10: no actuals, no promo, and one
 * tier at threshold 0 (no higher tier in the open block).
 */
function emptyEconomicsValues(): WorkbookValues {
  const values = reviewPlanValues("en");
  const tiers = values.tables["DiscountTiers"] ?? [];
  return {
    ...values,
    tables: {
      ...values.tables,
      SalesActual: [],
      DiscountTiers: tiers.slice(0, 1).map((t) => ({ ...t, threshold: 0 })),
      Activities: (values.tables["Activities"] ?? []).map((a) => ({ ...a, kind: null })),
    },
  };
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
  const aCase = (name: string, lang: Lang, config: KamConfig, values: WorkbookValues): Case => ({
    name,
    lang,
    config,
    layout: buildLayout(config, { lang, start: "2027-01", period: "year", values }),
    file: join(dir, `${name}.xlsx`),
  });
  const cases: Case[] = [
    ...(["ru", "en"] as const).map((lang) =>
      aCase(lang, lang, REVIEW_PLAN_CONFIG, reviewPlanValues(lang))
    ),
    aCase("empty", "en", DEFAULT_CONFIG, emptyEconomicsValues()),
  ];
  const books = new Map<string, ExcelJS.Worksheet>();

  beforeAll(async () => {
    for (const c of cases) writeFileSync(c.file, await writeWorkbook(c.layout));
    await recalcWithLibreOffice(
      cases.map((c) => c.file),
      join(dir, "out")
    );
    for (const c of cases) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, "out", `${c.name}.xlsx`));
      const sheet = wb.getWorksheet("Summary");
      if (!sheet) throw new Error("Summary lost");
      books.set(c.name, sheet);
    }
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(["ru", "en"] as const)("shows the core's figures to the cent (%s)", (lang) => {
    const c = cases.find((x) => x.name === lang) as Case;
    const { plan } = readPlan(snapshotOfLayout(c.layout), c.config, lang);
    const n = calculatePlan(plan);
    const sheet = summaryOf(c.layout);
    const ws = books.get(c.name) as ExcelJS.Worksheet;
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
    "shows the discount earned, the nearest next tier and the promo results as the core computes them (%s)",
    (lang) => {
      const c = cases.find((x) => x.name === lang) as Case;
      const { plan } = readPlan(snapshotOfLayout(c.layout), c.config, lang);
      const n = calculatePlan(plan);
      const e = reviewEconomics(n, c.config);
      const ws = books.get(c.name) as ExcelJS.Worksheet;
      const at = (label: string): Observed =>
        observedOf(ws.getCell(valueBeside(summaryOf(c.layout), label)));
      const label = (ru: string, en: string): string => (lang === "ru" ? ru : en);
      const money = (minor: number | null): number | null =>
        minor === null ? null : fromMinor(minor);
      // The review plan earns a discount on Q1; of its two groups the half-year one (listed second)
      // is nearer its next tier than the quarter one; two promos are evaluated by April, one at a loss.
      expect(n.discountEarned).toBeGreaterThan(0);
      expect(n.nextTier.filter((g) => g.gap !== null)).toHaveLength(2);
      expect(e.nearestTier?.basisPeriod).toBe("half_year");
      expect(e.promos).toMatchObject({ computed: 2, unprofitable: 1 });
      const field = DEFAULT_CONFIG.fields.find((f) => f.key === "discount_earned");
      expect(at(field?.label[lang] ?? "")).toBe(money(n.discountEarned));
      expect(at(label("До следующей ступени скидки", "To the next discount tier"))).toBe(
        money(e.nearestTier?.gap ?? null)
      );
      expect(at(label("Порог следующей ступени", "Next tier threshold"))).toBe(
        money(e.nearestTier?.threshold ?? null)
      );
      expect(at(label("Скидка следующей ступени", "Next tier rate"))).toBe(
        e.nearestTier?.rate ?? null
      );
      expect(at(label("Промоакций оценено", "Promos evaluated"))).toBe(e.promos.computed);
      expect(at(label("Прирост продаж от промо", "Incremental sales from promos"))).toBe(
        money(e.promos.incremental)
      );
      expect(at(label("Отдача промо", "Promo return"))).toBe(money(e.promos.promoReturn));
      expect(at(label("Убыточных промо", "Unprofitable promos"))).toBe(e.promos.unprofitable);
    }
  );

  it("shows those figures empty, not as an error, without actuals, a higher tier or a promo", () => {
    const c = cases.find((x) => x.name === "empty") as Case;
    const { plan } = readPlan(snapshotOfLayout(c.layout), c.config, c.lang);
    const n = calculatePlan(plan);
    const e = reviewEconomics(n, c.config);
    expect(n.discountEarned).toBeNull();
    expect(e).toEqual({
      nearestTier: null,
      promos: { computed: 0, incremental: null, promoReturn: null, unprofitable: null },
    });
    const ws = books.get(c.name) as ExcelJS.Worksheet;
    const at = (label: string): Observed =>
      observedOf(ws.getCell(valueBeside(summaryOf(c.layout), label))) ?? "";
    for (const label of [
      "Discounts earned",
      "To the next discount tier",
      "Next tier threshold",
      "Next tier rate",
      "Incremental sales from promos",
      "Promo return",
      "Unprofitable promos",
    ])
      expect([label, at(label)]).toEqual([label, ""]);
    expect(at("Promos evaluated")).toBe(0);
  });

  it.each(["ru", "en"] as const)(
    "lists the biggest risks, the next activities and the decision group as the core picks them (%s)",
    (lang) => {
      const c = cases.find((x) => x.name === lang) as Case;
      const { plan } = readPlan(snapshotOfLayout(c.layout), c.config, lang);
      const lists = reviewLists(plan, calculatePlan(plan).actualsThrough);
      const values = reviewPlanValues(lang).tables;
      const cell = (table: string, row: number, key: string): CellValue =>
        values[table]?.[row]?.[key] ?? null;
      const sheet = summaryOf(c.layout);
      const ws = books.get(c.name) as ExcelJS.Worksheet;
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
