import JSZip from "jszip";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runKamPlan } from "../testing/run";
import { writePlanFile } from "../../portfolio/testing/workbooks";
import { loadWithExcelJs } from "../../testing/exceljs-load";
import { SUMMARY_COLUMNS } from "../../domain/text/summary";

jest.setTimeout(60_000);

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kam-summary-"));
  await mkdir(join(dir, "plans", "north"), { recursive: true });
  await mkdir(join(dir, "empty"));
  await writePlanFile(join(dir, "plans", "a.xlsx"), {
    client: "ООО Ромашка",
    team: [
      ["Иванов Иван", 0.6],
      ["Петров Пётр", 0.1],
    ],
    actuals: { "Молоко 3,2%": [90000, 120000, 50000] },
  });
  await writePlanFile(join(dir, "plans", "north", "b.xlsx"), {
    client: "  ооо   ромашка ",
    kam: "Петров Пётр",
    team: [
      ["  иванов иван ", 0.5],
      ["Петров Пётр", 0.2],
    ],
    budgetFixed: 10000,
    activityCost: 30000,
  });
  await writePlanFile(join(dir, "plans", "c.xlsx"), {
    client: '=HYPERLINK("http://x","click")',
    kam: "+7 999 000-00-00",
    team: [["Сидоров", 1]],
    lastReview: "2026-10-01",
  });
  await writeFile(join(dir, "plans", "broken.xlsx"), "this is not a zip");
  await writeFile(join(dir, "plans", "~$a.xlsx"), "lock file of Excel");
  await writeFile(join(dir, "plans", "notes.txt"), "not a workbook");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("kam-plan summary", () => {
  it("summarises a folder (with subfolders) into JSON: a row per workbook, unreadable ones included", async () => {
    const run = await runKamPlan(
      ["summary", "plans", "--format", "json", "--today", "2027-03-15"],
      dir
    );
    expect(run.code).toBe(2); // broken.xlsx could not be read: a row with its reason, and exit 2
    const json = JSON.parse(run.stdout) as {
      rows: {
        file: string;
        error: string | null;
        client: string | null;
        actual_to_date: number | null;
        plan_to_date: number | null;
        fulfillment: number | null;
        actuals_through: string | null;
        plan_status: string | null;
        budget_use: number | null;
        review_overdue: boolean | null;
        duplicate_client: boolean;
      }[];
      team_overload: { person: string; total: number; plans: { file: string }[] }[];
      duplicate_clients: { files: string[] }[];
      totals: { files: number; unreadable: number };
    };
    // Named relative to the folder given.
    expect(json.rows.map((r) => r.file)).toEqual([
      "a.xlsx",
      "broken.xlsx",
      "c.xlsx",
      join("north", "b.xlsx"),
    ]);
    const [a, broken, c, b] = json.rows;
    expect(broken?.error).toMatch(/ZIP/);
    expect(a).toMatchObject({
      client: "ООО Ромашка",
      plan_to_date: 450000,
      actual_to_date: 260000,
      duplicate_client: true,
    });
    expect(a?.fulfillment).toBeCloseTo(260000 / 450000, 12);
    // To date runs to each plan's actuals_through (March for a), nothing without actuals.
    expect(a).toMatchObject({ actuals_through: "2027-03", plan_status: "draft" });
    expect(b).toMatchObject({ actuals_through: null, plan_to_date: null, fulfillment: null });
    expect(b?.budget_use).toBeCloseTo(3, 12);
    expect(c?.review_overdue).toBe(true);
    expect(json.totals).toMatchObject({ files: 4, unreadable: 1 });
    expect(json.duplicate_clients).toEqual([
      { client: "ООО Ромашка", files: ["a.xlsx", join("north", "b.xlsx")] },
    ]);
    expect(json.team_overload.map((p) => [p.person, p.total, p.plans.map((x) => x.file)])).toEqual([
      ["Иванов Иван", 1.1, ["a.xlsx", join("north", "b.xlsx")]],
    ]);
  });

  it("writes summary.xlsx with the three tables, a totals row, and workbook text kept as text", async () => {
    const run = await runKamPlan(
      ["summary", "plans/*.xlsx", "plans/north", "-o", "summary.xlsx", "--today", "2027-03-15"],
      dir
    );
    expect(run.code).toBe(2); // written, with broken.xlsx as an unreadable row
    expect(run.stdout).toContain("Сводка записана: summary.xlsx");
    expect(run.stdout).toContain("Загрузка больше 100\u00a0%:");
    expect(run.stdout).toMatch(/broken\.xlsx: не прочитан: /);
    const workbook = await loadWithExcelJs(await readFile(join(dir, "summary.xlsx")));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Сводка",
      "Замечания",
      "Загрузка команды",
    ]);
    const sheet = workbook.getWorksheet("Сводка");
    expect(sheet?.getCell("A1").value).toBe("Файл");
    const injected = sheet
      ?.getColumn(2)
      .values.find((v) => typeof v === "string" && v.startsWith("=HYPERLINK"));
    expect(injected).toBe('=HYPERLINK("http://x","click")');
    expect(sheet?.getCell("A6").value).toBe("Итого");
    const salesPlan = SUMMARY_COLUMNS.findIndex((c) => c.key === "salesPlanTotal") + 1;
    expect(sheet?.getRow(6).getCell(salesPlan).formula).toBe("SUBTOTAL(109,Summary[План продаж])");
    const zip = await JSZip.loadAsync(await readFile(join(dir, "summary.xlsx")));
    const sheetXml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    const formulas = [...sheetXml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.every((f) => /^(SUBTOTAL|IFERROR|COUNTIF)\(/.test(f ?? ""))).toBe(true);
    expect((await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "").toContain(
      "=HYPERLINK(&quot;http://x&quot;,&quot;click&quot;)"
    );
  });

  it("refuses an empty folder and writes nothing", async () => {
    const run = await runKamPlan(["summary", "empty", "-o", "none.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("не найдено ни одного файла .xlsx в empty");
    expect(existsSync(join(dir, "none.xlsx"))).toBe(false);
  });

  it("refuses a --today that is not a date", async () => {
    const run = await runKamPlan(["summary", "plans", "--today", "2027-02-30"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--today");
  });

  it("speaks English with --lang en and draws a progress bar on request", async () => {
    const run = await runKamPlan(
      ["summary", "plans", "--lang", "en", "--today", "2027-03-15", "--progress"],
      dir
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("Total: 4 workbooks, 1 unreadable");
    expect(run.stderr).toContain("4/4");
  });
});
