import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runKamPlan } from "../testing/run";
import { writePlanFile } from "../../portfolio/testing/workbooks";

/**
 * Every manager-tool path that turns a number into minor units rounds like
 * Excel's ROUND(x, 2) through money.ts: 0.0049999999999 is 0 kopecks, not 1
 * (the x × 100 + epsilon trick gave 1). Through real files: summary totals,
 * diff, import-actuals from CSV (the pasted path is in src/excel/import-actuals-grid.test.ts).
 */

jest.setTimeout(60_000);

const ALMOST_HALF_KOPECK = 0.0049999999999;
/** Twelve plan months: `first`, then 1000 each. */
const MONTHS = (first: number): number[] => [first, ...Array<number>(11).fill(1000)];

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kam-minor-"));
  await writePlanFile(join(dir, "round.xlsx"), { sales: { Молоко: MONTHS(0) } });
  await writePlanFile(join(dir, "almost.xlsx"), {
    sales: { Молоко: MONTHS(ALMOST_HALF_KOPECK) },
    actuals: { Молоко: [ALMOST_HALF_KOPECK, ALMOST_HALF_KOPECK] },
  });
  await writeFile(
    join(dir, "fact.csv"),
    `Номенклатура;Месяц;Сумма\nМолоко;2027-01;0,0049999999999\nМолоко;2027-02;${ALMOST_HALF_KOPECK}\n`
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("0.0049999999999 is 0 minor units on every manager path", () => {
  it("summary totals: plan and actual sums do not gain a kopeck per cell", async () => {
    const run = await runKamPlan(
      ["summary", "almost.xlsx", "-o", "s.xlsx", "--today", "2027-03-20", "--format", "json"],
      dir
    );
    const json = JSON.parse(run.stdout) as {
      rows: { sales_plan_total: number; actual_to_date: number }[];
      totals: { sales_plan_total: number; actual_to_date: number };
    };
    expect(json.rows[0]).toMatchObject({ sales_plan_total: 11000, actual_to_date: 0 });
    expect(json.totals).toMatchObject({ sales_plan_total: 11000, actual_to_date: 0 });
  });

  it("diff: 0 and 0.0049999999999 are the same amount", async () => {
    const run = await runKamPlan(["diff", "round.xlsx", "almost.xlsx", "--format", "json"], dir);
    const json = JSON.parse(run.stdout) as {
      sales: { section: string }[];
      totals: Record<string, unknown>;
    };
    expect(json.sales.filter((s) => s.section === "SalesPlan")).toEqual([]);
    expect(json.totals.sales_plan_total).toEqual({ before: 11000, after: 11000, changed: false });
  });

  it("import-actuals from CSV: text and plain-number amounts import as 0", async () => {
    const run = await runKamPlan(
      ["import-actuals", "round.xlsx", "fact.csv", "-o", "out.xlsx", "--format", "json"],
      dir
    );
    const json = JSON.parse(run.stdout) as { records: number; total: number };
    expect(json).toMatchObject({ records: 2, total: 0 });
  });
});
