import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { completePlanValues, workbookWith } from "../testing/plans";
import { kamPlan } from "../testing/run";

/**
 * The complete plan's numbers, worked out by hand from spec §4:
 * month sums S_m = 150 000; 170 000.50; 140 000; 110 000; 100 000; 160 000; 160 000 ×5; 220 000.
 * Quarters 460 000.50 / 370 000 / 480 000 / 540 000; discount tiers 2 % from 300 000, 3 % from 450 000
 * per quarter → 13 800.02 + 7 400 + 14 400 + 16 200 = 51 800.02. Budget 2 % of 1 850 000.50 = 37 000.01.
 * Credit need 30 days: December 220 000 / 31 × 30 = 212 903.23 is the largest; limit 5 000 000.
 * KPI: 450 000 / 500 000 = 0.9 × 0.7 = 0.63 (the second KPI has no actual). Review 2026-12-01 + 3 months.
 * As of (spec §9): actuals in January and February (95 000 + 130 000), so T = 2027-02; plan to date
 * 150 000 + 170 000.50 = 320 000.50; the other 1 530 000 at 225 000 / 320 000.50 is 1 075 779.569… → 1 075 779.57.
 */
describe("kam-plan calc", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-calc-"));
    await writeFile(join(dir, "complete.xlsx"), await workbookWith(completePlanValues()));
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("prints the machine output of spec §7", async () => {
    const run = await kamPlan(["calc", "complete.xlsx", "--format", "json"], dir);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(out.file).toBe("complete.xlsx");
    expect(out.values).toEqual({
      plan_end: "2027-12-31",
      budget_amount: 37000.01,
      spending: 10000,
      credit_required: 212903.23,
      credit_utilization: 212903.23 / 5_000_000,
      sales_plan_total: 1850000.5,
      discount_total: 51800.02,
      net_sales_total: 1798200.48,
      kpi_score: 0.9 * 0.7,
      next_review: "2027-03-01",
      completeness: expect.any(Number) as unknown,
      actuals_through: "2027-02",
      plan_to_date: 320000.5,
      actual_to_date: 225000,
      fulfillment_to_date: 225000 / 320000.5,
      forecast_total: 1300779.57,
      forecast_gap: -549220.93,
      // Spec §10: no quarter is closed by 2027-02.
      discount_earned: 0,
    });
    // Q1 is open: 225 000 sold to date, 75 000 more reach the 2 % tier at 300 000.
    expect(out.next_tier).toEqual([
      {
        condition: "volume",
        basis_period: "quarter",
        block_start: "2027-01",
        block_end: "2027-03",
        actual_to_date: 225000,
        threshold: 300000,
        gap: 75000,
        rate: 0.02,
      },
    ]);
    expect(out.promos).toEqual([]);
    // Spec §10: the mean over visible sections; this plan leaves some of the dossier empty.
    const { completeness } = out.values as { completeness: number };
    expect(completeness).toBeGreaterThan(0.5);
    expect(completeness).toBeLessThan(1);
    expect(out.rollups).toEqual({
      total: {
        q1: 460000.5,
        q2: 370000,
        q3: 480000,
        q4: 540000,
        h1: 830000.5,
        h2: 1020000,
        total: 1850000.5,
      },
      Молоко: {
        q1: 310000.5,
        q2: 310000,
        q3: 300000,
        q4: 350000,
        h1: 620000.5,
        h2: 650000,
        total: 1270000.5,
      },
      Кефир: {
        q1: 150000,
        q2: 60000,
        q3: 180000,
        q4: 190000,
        h1: 210000,
        h2: 370000,
        total: 580000,
      },
    });
    expect(Object.keys(out.rollups as object)[0]).toBe("total");
    expect((out.actual_rollups as Record<string, unknown>).total).toEqual({
      q1: 225000,
      q2: 0,
      q3: 0,
      q4: 0,
      h1: 225000,
      h2: 0,
      total: 225000,
    });
    const fulfillment = out.fulfillment as Record<string, Record<string, number | null>>;
    expect(fulfillment.total?.q1).toBeCloseTo(225000 / 460000.5, 12);
    expect(fulfillment.Молоко?.total).toBeCloseTo(225000 / 1270000.5, 12);
    expect(fulfillment.Кефир?.q2).toBe(0);
    const toDate = out.fulfillment_to_date as Record<string, Record<string, number | null>>;
    expect(Object.keys(toDate)[0]).toBe("total");
    expect(toDate.total?.q1).toBeCloseTo(225000 / 320000.5, 12);
    expect(toDate.total?.q2).toBeNull();
    expect(toDate.Молоко?.q1).toBeCloseTo(225000 / (100000 + 120000.5), 12);
    expect(toDate.Кефир?.h2).toBeNull();
  });

  it("exits 0 when it could read the workbook, whatever the plan's findings (spec §7)", async () => {
    const values = completePlanValues();
    await writeFile(
      join(dir, "broken-plan.xlsx"),
      await workbookWith({
        ...values,
        form: { ...values.form, client_name: null, credit_limit: 1, credit_depth_days: 400 },
      })
    );
    const check = await kamPlan(["check", "broken-plan.xlsx"], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/error (REQUIRED_MISSING|CREDIT_LIMIT_EXCEEDED|OUT_OF_RANGE)/);
    const run = await kamPlan(["calc", "broken-plan.xlsx", "--format", "json"], dir);
    expect(run.code).toBe(0);
  });

  it("prints the values with their labels and the block tables for people", async () => {
    const run = await kamPlan(["calc", "complete.xlsx"], dir);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("complete.xlsx");
    expect(run.stdout).toMatch(/^ {2}План продаж, итого +1\u00a0850\u00a0000,50\u00a0₽$/m);
    expect(run.stdout).toMatch(/^ {2}Итоговая оценка KPI +63\u00a0%$/m);
    expect(run.stdout).toMatch(/^ {2}Следующий пересмотр досье +01\.03\.2027$/m);
    expect(run.stdout).toMatch(/^ {2}Отчётный месяц +фев\u00a02027$/m);
    expect(run.stdout).toContain("Выполнение на отчётный месяц:");
    expect(run.stdout).toMatch(
      /^ {2}Позиция +1 кв\. +2 кв\. +3 кв\. +4 кв\. +1 п\/г +2 п\/г +Итого$/m
    );
    expect(run.stdout).toMatch(
      /^ {2}Молоко +310\u00a0000,50\u00a0₽ +310\u00a0000,00\u00a0₽ +300\u00a0000,00\u00a0₽ +350\u00a0000,00\u00a0₽ +620\u00a0000,50\u00a0₽ +650\u00a0000,00\u00a0₽ +1\u00a0270\u00a0000,50\u00a0₽$/m
    );
  });

  it("prints English labels with --lang en", async () => {
    const run = await kamPlan(["calc", "complete.xlsx", "--lang", "en"], dir);
    expect(run.stdout).toMatch(/^ {2}Item +Q1 +Q2 +Q3 +Q4 +H1 +H2 +Total$/m);
    expect(run.stdout).toMatch(/RUB\u00a01,850,000\.50/);
    expect(run.stdout).toMatch(/^ {2}Next review +1 Mar 2027$/m);
  });
});
