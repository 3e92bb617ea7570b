import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { splitCsv } from "../../domain/portfolio/csv";
import { writePlanFile } from "../../portfolio/testing/workbooks";
import { EXPORT_FORMAT_VERSION, EXPORT_TABLES, exportColumns } from "../export/tables";
import { runKamPlan } from "../testing/run";

jest.setTimeout(60_000);

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kam-export-"));
  await mkdir(join(dir, "plans", "north"), { recursive: true });
  await writePlanFile(join(dir, "plans", "a.xlsx"), {
    client: 'ООО "Ромашка", Москва',
    team: [
      ["Иванов Иван", 0.6],
      ["Петров Пётр", 0.1],
    ],
    actuals: { "Молоко 3,2%": [90000, 120000.5, 50000] },
  });
  await writePlanFile(join(dir, "plans", "north", "b.xlsx"), {
    client: "АО Василёк",
    kam: "Петров Пётр",
    start: "2027-04",
    period: "half_year",
    sales: { Кефир: [10000, 20000, 30000, 40000, 50000, 60000.25] },
  });
  await writeFile(join(dir, "plans", "broken.xlsx"), "this is not a zip");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A CSV file of the export as records of text, header first. */
async function csv(folder: string, table: string): Promise<string[][]> {
  const text = await readFile(join(dir, folder, `${table}.csv`), "utf8");
  return splitCsv(text, ",").map((row) => [...row.cells]);
}

/** The records of a CSV table as objects by column name. */
async function records(folder: string, table: string): Promise<Record<string, string>[]> {
  const [header = [], ...rows] = await csv(folder, table);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""])));
}

describe("kam-plan export", () => {
  it("writes one CSV per entity, columns by field key, and a manifest with the format version", async () => {
    const run = await runKamPlan(["export", "plans", "-o", "out", "--today", "2027-03-15"], dir);
    expect(run.code).toBe(2); // broken.xlsx: listed, and exit 2 as in summary
    expect(run.stdout).toContain("книг 3, не прочитано 1");
    const columns = exportColumns();
    for (const table of EXPORT_TABLES) {
      const [header] = await csv("out", table);
      expect(header).toEqual(columns[table].map((c) => c.name));
    }
    const manifest = JSON.parse(await readFile(join(dir, "out", "manifest.json"), "utf8")) as {
      version: string;
      files: number;
      unreadable: number;
      tables: Record<string, { file: string; rows: number; columns: { name: string }[] }>;
    };
    expect(manifest.version).toBe(EXPORT_FORMAT_VERSION);
    expect(manifest).toMatchObject({ files: 3, unreadable: 1 });
    expect(manifest.tables.plans).toMatchObject({ file: "plans.csv", rows: 3 });
    expect(manifest.tables.sales?.rows).toBe((await records("out", "sales")).length);
  });

  it("writes a plans row per workbook: header fields as keys, computed values, counts", async () => {
    const plans = await records("out", "plans");
    expect(plans.map((p) => p.file)).toEqual([
      join("plans", "a.xlsx"),
      join("plans", "broken.xlsx"),
      join("plans", "north", "b.xlsx"),
    ]);
    const [a, broken, b] = plans;
    expect(a).toMatchObject({
      read_error: "",
      client_name: 'ООО "Ромашка", Москва',
      client_segment: "key",
      plan_period: "year",
      plan_start: "2027-01-01",
      plan_end: "2027-12-31",
      budget_method: "fixed",
      budget_fixed: "50000",
      sales_plan_total: "1800000",
      actual_q1: "260000.5",
    });
    expect(b).toMatchObject({
      plan_period: "half_year",
      plan_q3: "",
      sales_plan_total: "210000.25",
    });
    expect(broken?.read_error).toMatch(/ZIP/);
    expect(broken).toMatchObject({ client_name: "", errors: "1" });
  });

  it("lists an unreadable workbook in findings with its error, never skips it", async () => {
    const findings = await records("out", "findings");
    const broken = findings.filter((f) => f.file === join("plans", "broken.xlsx"));
    expect(broken).toEqual([
      expect.objectContaining({ severity: "error", code: "FILE_UNREADABLE" }),
    ]);
    expect(broken[0]?.message).toMatch(/^Файл не прочитан: .*ZIP/);
    const plans = await records("out", "plans");
    for (const plan of plans) {
      const own = findings.filter((f) => f.file === plan.file);
      expect(own.filter((f) => f.severity === "error")).toHaveLength(Number(plan.errors));
      expect(own.filter((f) => f.severity === "warning")).toHaveLength(Number(plan.warnings));
    }
  });

  it("writes sales per item and month, rows summed, plan and actual side by side", async () => {
    const sales = await records("out", "sales");
    const a = sales.filter((s) => s.file === join("plans", "a.xlsx"));
    expect(a).toHaveLength(24); // two items × 12 months
    expect(a[1]).toEqual({
      file: join("plans", "a.xlsx"),
      item: "Молоко 3,2%",
      month: "2027-02",
      month_start: "2027-02-01",
      plan: "100000",
      actual: "120000.5",
    });
    const b = sales.filter((s) => s.file === join("plans", "north", "b.xlsx"));
    expect(b.map((s) => s.month)).toEqual([
      "2027-04",
      "2027-05",
      "2027-06",
      "2027-07",
      "2027-08",
      "2027-09",
    ]);
    expect(b[5]?.plan).toBe("60000.25");
  });

  it("writes the table entities with list keys, fractions and ISO dates", async () => {
    const team = await records("out", "team");
    expect(team.filter((t) => t.file === join("plans", "a.xlsx"))).toEqual([
      expect.objectContaining({ row: "1", member: "Иванов Иван", role: "kam", time_share: "0.6" }),
      expect.objectContaining({ row: "2", member: "Петров Пётр", time_share: "0.1" }),
    ]);
    const kpi = await records("out", "kpi");
    expect(kpi.length).toBeGreaterThan(0);
    for (const row of kpi) expect(row.period).toMatch(/^(month|quarter|half_year|year)$/);
  });

  it("writes JSON Lines with typed values when asked", async () => {
    const run = await runKamPlan(
      ["export", "plans/a.xlsx", "-o", "jsonl", "--format", "jsonl", "--today", "2027-03-15"],
      dir
    );
    expect(run.code).toBe(0);
    const lines = (await readFile(join(dir, "jsonl", "plans.jsonl"), "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    const plan = JSON.parse(lines[0] ?? "") as Record<string, unknown>;
    expect(Object.keys(plan)).toEqual(exportColumns().plans.map((c) => c.name));
    expect(plan).toMatchObject({
      sales_plan_total: 1800000,
      plan_start: "2027-01-01",
      read_error: null,
    });
    const manifest = JSON.parse(await readFile(join(dir, "jsonl", "manifest.json"), "utf8")) as {
      tables: { sales: { file: string } };
    };
    expect(manifest.tables.sales.file).toBe("sales.jsonl");
  });

  it("refuses to replace an earlier export without --force, and replaces it with --force", async () => {
    const before = await stat(join(dir, "jsonl", "plans.jsonl"));
    const refused = await runKamPlan(
      ["export", "plans/a.xlsx", "-o", "jsonl", "--format", "jsonl"],
      dir
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect((await stat(join(dir, "jsonl", "plans.jsonl"))).mtimeMs).toBe(before.mtimeMs);
    const forced = await runKamPlan(
      ["export", "plans/a.xlsx", "-o", "jsonl", "--format", "jsonl", "--force"],
      dir
    );
    expect(forced.code).toBe(0);
  });

  it("never writes through a link onto an input, not even with --force", async () => {
    await mkdir(join(dir, "linked"));
    await symlink(join(dir, "plans", "a.xlsx"), join(dir, "linked", "plans.csv"));
    const before = await readFile(join(dir, "plans", "a.xlsx"));
    const run = await runKamPlan(["export", "plans/a.xlsx", "-o", "linked", "--force"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("входных");
    expect(await readFile(join(dir, "plans", "a.xlsx"))).toEqual(before);
  });

  it("draws a progress line on stderr for long runs (--progress when stderr is not a terminal)", async () => {
    const run = await runKamPlan(["export", "plans", "-o", "progress", "--progress"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`3/3 ${join("plans", "north", "b.xlsx")}`);
    expect(run.stderr).toContain("\r\x1b[K");
  });

  it("refuses a file as the output folder, a missing -o and an empty input", async () => {
    await writeFile(join(dir, "file.txt"), "x");
    const file = await runKamPlan(["export", "plans/a.xlsx", "-o", "file.txt"], dir);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain("не папка");
    const missing = await runKamPlan(["export", "plans/a.xlsx"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("-o");
    await mkdir(join(dir, "nothing"));
    const none = await runKamPlan(["export", "nothing", "-o", "x"], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("не найдено");
  });
});
