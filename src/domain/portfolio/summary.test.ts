import type { Month } from "../periods";
import type { Finding } from "../findings";
import {
  summarizePortfolio,
  type PlanSummaryRow,
  type PortfolioSummary,
  type SummaryInput,
} from "./summary";
import { calculatePlan } from "../calc/calculate";
import { planOf } from "../calc/testing/plan-fixture";
import { aPlan, aReport, someNumbers } from "./testing/plans";

/** Row `i` of the summary, which must be a plan's row. */
function planRow(summary: PortfolioSummary, i: number): PlanSummaryRow {
  const row = summary.rows[i];
  if (row?.kind !== "plan") throw new Error(`row ${i} is not a plan's row`);
  return row;
}

const finding = (
  severity: Finding["severity"],
  code: Finding["code"],
  message: string
): Finding => ({ severity, code, sheet: "ActionPlan", cell: "C5", name: null, message });

const months: Month[] = ["2027-01", "2027-02", "2027-03"];
const numbers = someNumbers({
  months,
  monthlyPlan: { "2027-01": 100000, "2027-02": 100000, "2027-03": 200000 },
  monthlyActual: { "2027-01": 90000, "2027-02": 120000, "2027-03": 0 },
  salesPlanTotal: 400000,
  discountTotal: 10000,
  netSalesTotal: 390000,
  budgetAmount: 20000,
  spending: 25000,
  creditRequired: 50000,
  creditUtilization: 0.5,
  kpiScore: 0.9,
  planEnd: 46477,
  nextReview: 46400, // 2027-01-13
  // Spec §9 as the core gives them for actuals through February.
  actualsThrough: "2027-02",
  planToDate: 200000,
  actualToDate: 210000,
  totalFulfillmentToDate: 1.05,
  forecastTotal: 420000,
  forecastGap: 20000,
});

function plan(client: string, team: readonly [string, number][]) {
  return aPlan(
    {
      client_name: client,
      kam_name: "Иванов",
      client_segment: "key",
      plan_period: "quarter",
      plan_start: 46388,
      credit_limit: 100000,
    },
    { Team: team.map(([member, time_share]) => ({ member, role: "kam", time_share })) }
  );
}

describe("summarizePortfolio", () => {
  const inputs: SummaryInput[] = [
    {
      file: "a.xlsx",
      report: aReport(
        plan("ООО Ромашка", [
          ["Иванов И.", 0.6],
          ["Петрова", 0.5],
        ]),
        numbers,
        [
          finding("error", "BUDGET_EXCEEDED", "Затраты выше бюджета"),
          finding("warning", "REVIEW_OVERDUE", "Пора пересмотреть"),
        ],
        0.75
      ),
    },
    { file: "broken.xlsx", error: "не файл .xlsx (не ZIP-архив)" },
    {
      file: "b.xlsx",
      report: aReport(
        plan(" ооо  ромашка ", [
          [" иванов  и. ", 0.5],
          ["Петрова", 0.5],
        ]),
        someNumbers()
      ),
    },
  ];
  const summary = summarizePortfolio(inputs, "2027-02-10");

  it("makes one row per workbook, in order, with an unreadable one as a row with its error", () => {
    expect(summary.rows.map((r) => [r.file, r.kind === "unreadable" ? r.error : null])).toEqual([
      ["a.xlsx", null],
      ["broken.xlsx", "не файл .xlsx (не ZIP-архив)"],
      ["b.xlsx", null],
    ]);
  });

  it("takes plan and actual to date, fulfilment and forecast from each plan's actuals_through", () => {
    const a = planRow(summary, 0);
    expect(a).toMatchObject({
      client: "ООО Ромашка",
      kam: "Иванов",
      segment: "key",
      planPeriod: "quarter",
      planToDate: 200000,
      actualToDate: 210000,
      salesPlanTotal: 400000,
      creditLimit: 100000,
    });
    expect(a.segmentLabel).toEqual({ ru: "Ключевой", en: "Key" });
    expect(a.fulfillment).toBeCloseTo(1.05, 12);
    expect(a).toMatchObject({
      actualsThrough: "2027-02",
      forecastTotal: 420000,
      forecastGap: 20000,
    });
    expect(a.budgetUse).toBeCloseTo(1.25, 12);
    expect(a).toMatchObject({ errors: 1, warnings: 1, completeness: 0.75, reviewOverdue: true });
    expect(planRow(summary, 2).fulfillment).toBeNull();
  });

  it("flags duplicate clients (names matched trimmed, case-insensitive)", () => {
    expect(summary.duplicateClients).toEqual([
      { client: "ООО Ромашка", files: ["a.xlsx", "b.xlsx"] },
    ]);
    expect(summary.rows.map((r) => r.kind === "plan" && r.duplicateClient)).toEqual([
      true,
      false,
      true,
    ]);
  });

  it("lists people above 100 % across plans with the plans and the total", () => {
    expect(summary.teamOverload).toEqual([
      {
        person: "Иванов И.",
        total: 1.1,
        plans: [
          { file: "a.xlsx", client: "ООО Ромашка", share: 0.6 },
          { file: "b.xlsx", client: "ооо  ромашка", share: 0.5 },
        ],
      },
    ]);
  });

  it("does not flag exactly 100 % (0.7 + 0.2 + 0.1)", () => {
    const s = summarizePortfolio(
      [0.7, 0.2, 0.1].map((share, i) => ({
        file: `${i}.xlsx`,
        report: aReport(plan(`К${i}`, [["Сидоров", share]]), someNumbers()),
      })),
      "2027-01-01"
    );
    expect(s.teamOverload).toEqual([]);
  });

  it("adds totals over readable workbooks and gathers every finding with its file", () => {
    expect(summary.totals).toMatchObject({
      files: 3,
      unreadable: 1,
      salesPlanTotal: 400000,
      planToDate: 200000,
      actualToDate: 210000,
      errors: 1,
      warnings: 1,
      overdue: 1,
    });
    expect(summary.findings.map((f) => [f.file, f.client, f.code])).toEqual([
      ["a.xlsx", "ООО Ромашка", "BUDGET_EXCEEDED"],
      ["a.xlsx", "ООО Ромашка", "REVIEW_OVERDUE"],
    ]);
  });

  it("judges a plan by its own actuals_through, not by today", () => {
    const spec = {
      form: { client_name: "Альфа", plan_start: 46388, plan_period: "quarter" },
      tables: {
        SalesPlan: [{ item: "A", "2027-01": 100_00, "2027-02": 100_00, "2027-03": 100_00 }],
        SalesActual: [{ item: "A", "2027-01": 100_00, "2027-02": 80_00 }],
      },
    };
    const real = planOf(spec);
    const s = summarizePortfolio(
      [{ file: "a.xlsx", report: aReport(real, calculatePlan(real)) }],
      "2027-05-20"
    );
    expect(planRow(s, 0)).toMatchObject({
      actualsThrough: "2027-02",
      planToDate: 200_00,
      actualToDate: 180_00,
      fulfillment: 0.9,
    });
  });

  it("shows the status (an empty one is draft) and the approval", () => {
    const approved = aPlan({
      plan_status: "approved",
      approved_by: "Орлов",
      approved_on: 46376,
      plan_version: "1.2",
    });
    const s = summarizePortfolio(
      [
        { file: "a.xlsx", report: aReport(approved, someNumbers()) },
        { file: "b.xlsx", report: aReport(aPlan({}), someNumbers()) },
      ],
      "2027-01-01"
    );
    expect(planRow(s, 0)).toMatchObject({
      planStatus: "approved",
      planStatusLabel: { ru: "Утверждён", en: "Approved" },
      approvedBy: "Орлов",
      approvedOn: 46376,
      planVersion: "1.2",
    });
    expect(planRow(s, 1)).toMatchObject({ planStatus: "draft", approvedBy: null });
  });

  it("handles no workbooks at all", () => {
    const empty = summarizePortfolio([], "2027-01-01");
    expect(empty.rows).toEqual([]);
    expect(empty.totals.fulfillment).toBeNull();
  });

  it("refuses a today that is not a date", () => {
    expect(() => summarizePortfolio([], "2027-02-30")).toThrow(/YYYY-MM-DD/);
  });
});
