import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writePlanFile } from "../../portfolio/testing/workbooks";
import { runKamPlan } from "../testing/run";
import type { ColumnType } from "./tables";

jest.setTimeout(90_000);

/**
 * The export as a data engine reads it: DuckDB loads the CSV files and its
 * sums and per-plan values equal `kam-plan summary`'s for the same files.
 */

const TODAY = "2027-03-15";

let dir: string;
let instance: DuckDBInstance;
let db: DuckDBConnection;

interface SummaryJson {
  readonly totals: { readonly sales_plan_total: number; readonly files: number };
  readonly rows: readonly (Record<string, string | number | boolean | null> & {
    readonly file: string;
    readonly error: string | null;
  })[];
  readonly findings: readonly { readonly file: string }[];
}

/** The DuckDB type of a column type of the manifest. */
const DUCKDB_TYPE: Readonly<Record<ColumnType, string>> = {
  text: "VARCHAR",
  integer: "BIGINT",
  decimal: "DOUBLE",
  date: "DATE",
  month: "VARCHAR",
  boolean: "BOOLEAN",
};

async function rowsOf(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJS();
}

const csvPath = (table: string): string => join(dir, "export", `${table}.csv`).replace(/'/g, "''");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kam-export-duckdb-"));
  await mkdir(join(dir, "plans", "south"), { recursive: true });
  await writePlanFile(join(dir, "plans", "a.xlsx"), {
    client: "ООО Ромашка",
    actuals: { "Молоко 3,2%": [90000.1, 120000, 50000] },
  });
  await writePlanFile(join(dir, "plans", "b.xlsx"), {
    client: 'АО "Василёк", Тверь',
    start: "2027-04",
    period: "half_year",
    sales: { Кефир: [10000.01, 20000, 30000, 40000, 50000, 60000.25], "": [5, 0, 0, 0, 0, 0] },
    budgetFixed: 10000,
    activityCost: 30000,
  });
  await writePlanFile(join(dir, "plans", "south", "c.xlsx"), {
    client: "ИП Сидоров",
    period: "quarter",
    lastReview: "2026-10-01",
    creditLimit: 1000,
  });
  await writeFile(join(dir, "plans", "broken.xlsx"), "not a zip");
  const exported = await runKamPlan(["export", "plans", "-o", "export", "--today", TODAY], dir);
  expect(exported.code).toBe(2);
  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
  const manifest = JSON.parse(await readFile(join(dir, "export", "manifest.json"), "utf8")) as {
    tables: Record<string, { columns: { name: string; type: ColumnType }[] }>;
  };
  // Typed views from the manifest, as a recipe would: no guessing of column types.
  for (const [table, { columns }] of Object.entries(manifest.tables)) {
    const types = columns.map((c) => `'${c.name}': '${DUCKDB_TYPE[c.type]}'`).join(", ");
    await db.run(
      `CREATE VIEW ${table} AS SELECT * FROM read_csv('${csvPath(table)}', header = true, columns = {${types}})`
    );
  }
});

afterAll(async () => {
  db.closeSync();
  instance.closeSync();
  await rm(dir, { recursive: true, force: true });
});

async function summary(): Promise<SummaryJson> {
  const run = await runKamPlan(["summary", "plans", "--format", "json", "--today", TODAY], dir);
  expect(run.code).toBe(2);
  return JSON.parse(run.stdout) as SummaryJson;
}

describe("the export in DuckDB", () => {
  it("sums the sales plan to summary's total, read as a user would (types detected)", async () => {
    const { totals } = await summary();
    const [auto] = await rowsOf(
      `SELECT round(sum(plan), 2) AS plan FROM read_csv('${csvPath("sales")}', header = true)`
    );
    expect(auto?.plan).toBe(totals.sales_plan_total);
    const [typed] = await rowsOf("SELECT round(sum(plan), 2) AS plan FROM sales");
    expect(typed?.plan).toBe(totals.sales_plan_total);
    const [plans] = await rowsOf("SELECT count(*)::INTEGER AS n FROM plans");
    expect(plans?.n).toBe(totals.files);
  });

  it("gives every plan the values summary gives it", async () => {
    const { rows } = await summary();
    const exported = await rowsOf(`
      SELECT file, read_error, client_name, kam_name, client_segment, plan_period,
             strftime(plan_start, '%Y-%m-%d') AS plan_start, strftime(plan_end, '%Y-%m-%d') AS plan_end,
             strftime(next_review, '%Y-%m-%d') AS next_review,
             sales_plan_total, discount_total, net_sales_total, credit_required, credit_limit,
             credit_utilization, budget_amount, spending, kpi_score, completeness,
             errors::INTEGER AS errors, warnings::INTEGER AS warnings, infos::INTEGER AS infos
      FROM plans ORDER BY file`);
    const byFile = new Map(exported.map((row) => [row.file, row]));
    expect([...byFile.keys()].sort()).toEqual(rows.map((r) => r.file).sort());
    for (const row of rows) {
      const plan = byFile.get(row.file);
      if (row.error !== null) {
        expect(plan?.read_error).toBe(row.error);
        continue;
      }
      expect(plan).toEqual({
        file: row.file,
        read_error: null,
        client_name: row.client,
        kam_name: row.kam,
        client_segment: row.segment,
        plan_period: row.plan_period,
        plan_start: row.plan_start,
        plan_end: row.plan_end,
        next_review: row.next_review,
        sales_plan_total: row.sales_plan_total,
        discount_total: row.discount_total,
        net_sales_total: row.net_sales_total,
        credit_required: row.credit_required,
        credit_limit: row.credit_limit,
        credit_utilization: row.credit_utilization,
        budget_amount: row.budget_amount,
        spending: row.spending,
        kpi_score: row.kpi_score,
        completeness: row.completeness,
        errors: row.errors,
        warnings: row.warnings,
        infos: row.infos,
      });
    }
  });

  it("sums each plan's sales to its sales_plan_total and holds every finding summary lists", async () => {
    const mismatched = await rowsOf(`
      SELECT p.file, p.sales_plan_total, round(sum(s.plan), 2) AS plan
      FROM plans p JOIN sales s USING (file)
      GROUP BY p.file, p.sales_plan_total
      HAVING round(sum(s.plan), 2) <> p.sales_plan_total`);
    expect(mismatched).toEqual([]);
    const { findings } = await summary();
    const counts = await rowsOf(`
      SELECT file, count(*)::INTEGER AS n FROM findings
      WHERE code <> 'FILE_UNREADABLE' GROUP BY file ORDER BY file`);
    const expected = new Map<string, number>();
    for (const f of findings) expected.set(f.file, (expected.get(f.file) ?? 0) + 1);
    expect(counts).toEqual(
      [...expected.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, n]) => ({ file, n }))
    );
    const [unreadable] = await rowsOf(
      "SELECT list(file) AS files FROM findings WHERE code = 'FILE_UNREADABLE'"
    );
    expect(unreadable?.files).toEqual([join("plans", "broken.xlsx")]);
  });
});
