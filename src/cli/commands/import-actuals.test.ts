import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runKamPlan } from "../testing/run";
import { encodeCp1251 } from "../../domain/portfolio/testing/cp1251";
import { writePlanFile } from "../../portfolio/testing/workbooks";

jest.setTimeout(60_000);

let dir: string;

const RU_EXPORT = [
  "Отчёт о продажах за I квартал", // 1: a title block, as 1C writes it
  "", // 2
  "Номенклатура;Период;Сумма", // 3: the header
  "Молоко 3,2%;01.2027;1\u00a0234,56", // 4
  'молоко  3,2%;15.02.2027;"2 000,00"', // 5: same item, other spelling, a date
  "Кефир;03.2027;500", // 6: not in the plan
  "Сыр Российский;12.2026;100", // 7: before the plan
  ";01.2027;5", // 8: no item
  "Сыр Российский;2027-02;много", // 9: not a number
  "Сыр Российский;2027-14;5", // 10: not a month
  "Итого;;3\u00a0739,56", // 11: totals row
  "",
].join("\r\n");

interface ImportJson {
  records: number;
  total: number;
  cells_written: number;
  cells_replaced: number;
  unknown_items: { item: string; lines: number[]; amount: number }[];
  months_outside_plan: { month: string; lines: number[]; amount: number }[];
  bad_rows: { line: number; reason: string; text: string | null }[];
  encoding: string;
  delimiter: string;
  output: string | null;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kam-actuals-"));
  await writePlanFile(join(dir, "plan.xlsx"), {
    client: "ООО Ромашка",
    actuals: { "Молоко 3,2%": [1] },
    form: { client_description: "=СУММ(A1) — это текст" },
  });
  await writeFile(join(dir, "fact-1251.csv"), encodeCp1251(RU_EXPORT));
  await writeFile(
    join(dir, "fact-en.csv"),
    'SKU,Customer,Posting date,Net value\n"Сыр Российский",X,2027-01-20,"1,500.50"\n"Сыр Российский",X,2027-01-25,"2,000"\n'
  );
  await writeFile(join(dir, "no-columns.csv"), "Клиент;Склад\nА;Б\n");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("kam-plan import-actuals", () => {
  it("reads a Windows-1251 1C export with Russian numbers and reports every row it could not take by line", async () => {
    const run = await runKamPlan(
      ["import-actuals", "plan.xlsx", "fact-1251.csv", "-o", "out.xlsx", "--format", "json"],
      dir
    );
    expect(run.code).toBe(1); // written, but some rows were not imported
    const json = JSON.parse(run.stdout) as ImportJson;
    expect(json).toMatchObject({
      encoding: "windows-1251",
      delimiter: ";",
      records: 4,
      total: 3834.56,
      cells_written: 3,
      cells_replaced: 1,
      output: "out.xlsx",
    });
    expect(json.unknown_items).toEqual([{ item: "Кефир", lines: [6], amount: 500 }]);
    expect(json.months_outside_plan).toEqual([{ month: "2026-12", lines: [7], amount: 100 }]);
    expect(json.bad_rows).toEqual([
      { line: 8, reason: "item_empty", text: null },
      { line: 9, reason: "amount_invalid", text: "много" },
      { line: 10, reason: "month_invalid", text: "2027-14" },
      { line: 11, reason: "total_row", text: "Итого" },
    ]);
    const calc = await runKamPlan(["calc", "out.xlsx", "--format", "json"], dir);
    const rollups = (
      JSON.parse(calc.stdout) as { actual_rollups: Record<string, Record<string, number>> }
    ).actual_rollups;
    expect(rollups["Молоко 3,2%"]?.q1).toBe(3234.56);
    expect(rollups["Кефир"]?.q1).toBe(500);
    expect(rollups.total?.total).toBe(3734.56);
  });

  it("keeps every other value: the diff shows only the actuals", async () => {
    const diff = await runKamPlan(["diff", "plan.xlsx", "out.xlsx", "--format", "json"], dir);
    const json = JSON.parse(diff.stdout) as {
      form: unknown[];
      tables: { section: string }[];
      sales: { section: string }[];
      settings: unknown[];
      config_changed: boolean;
    };
    expect(json.form).toEqual([]);
    expect(json.settings).toEqual([]);
    expect(json.config_changed).toBe(false);
    expect(json.tables.map((t) => t.section)).toEqual(["SalesActual"]);
    expect(new Set(json.sales.map((s) => s.section))).toEqual(new Set(["SalesActual"]));
  });

  it("prints the report in the workbook language with line numbers", async () => {
    const run = await runKamPlan(
      ["import-actuals", "plan.xlsx", "fact-1251.csv", "-o", "out-text.xlsx"],
      dir
    );
    expect(run.stdout).toContain("fact-1251.csv: строка 6: позиции «Кефир» нет в плане продаж");
    expect(run.stdout).toContain(
      "fact-1251.csv: строка 7: месяц дек\u00a02026 вне периода плана — не записан (100,00\u00a0₽)."
    );
    expect(run.stdout).toContain("fact-1251.csv:9: сумма не число («много»)");
    expect(run.stdout).toContain("Записано: out-text.xlsx");
  });

  it("is idempotent: importing the same export again replaces nothing", async () => {
    const again = await runKamPlan(
      ["import-actuals", "out.xlsx", "fact-1251.csv", "--format", "json"],
      dir
    );
    expect((JSON.parse(again.stdout) as ImportJson).cells_replaced).toBe(0);
    const diff = await runKamPlan(["diff", "out-text.xlsx", "out.xlsx"], dir);
    expect(diff.code).toBe(0);
  });

  it("reads an English export with the columns named on the command line, in place, exit 0", async () => {
    await writePlanFile(join(dir, "plan-en.xlsx"), {}, "en");
    const run = await runKamPlan(
      [
        "import-actuals",
        "plan-en.xlsx",
        "fact-en.csv",
        "--item",
        "SKU",
        "--month",
        "posting date",
        "--amount",
        "4",
      ],
      dir
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Rows imported: 2, total RUB\u00a03,500.50; cells written: 1");
    expect(run.stdout).toContain("Written: plan-en.xlsx");
    const calc = JSON.parse(
      (await runKamPlan(["calc", "plan-en.xlsx", "--format", "json"], dir)).stdout
    ) as { actual_rollups: Record<string, Record<string, number>> };
    expect(calc.actual_rollups["Сыр Российский"]?.total).toBe(3500.5);
  });

  it("refuses a CSV without the needed columns (exit 2) and leaves the plan alone", async () => {
    const before = await stat(join(dir, "plan.xlsx"));
    const run = await runKamPlan(["import-actuals", "plan.xlsx", "no-columns.csv"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "no-columns.csv: не найдены столбцы: позиция (--item), месяц (--month), сумма (--amount). Заголовки в файле (строка 1): «Клиент», «Склад»."
    );
    expect((await stat(join(dir, "plan.xlsx"))).mtimeMs).toBe(before.mtimeMs);
  });

  it("exits 2 for an unreadable plan or a missing CSV", async () => {
    await writeFile(join(dir, "broken.xlsx"), "not a zip");
    const broken = await runKamPlan(["import-actuals", "broken.xlsx", "fact-en.csv"], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("broken.xlsx");
    expect(await readFile(join(dir, "broken.xlsx"), "utf8")).toBe("not a zip");
    const missing = await runKamPlan(["import-actuals", "plan.xlsx", "nope.csv"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.csv: файл не найден");
  });
});
