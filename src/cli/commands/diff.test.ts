import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runKamPlan } from "../testing/run";
import { aPlanValues, planWorkbook, writePlanFile } from "../../portfolio/testing/workbooks";

jest.setTimeout(60_000);

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kam-diff-"));
  await writePlanFile(join(dir, "v1.xlsx"), {
    client: "ООО Ромашка",
    team: [
      ["Иванов Иван", 0.5],
      ["Петров Пётр", 0.1],
    ],
  });
  await copyFile(join(dir, "v1.xlsx"), join(dir, "v1-copy.xlsx"));
  const v2 = aPlanValues({
    client: "ООО Ромашка-Трейд",
    team: [
      ["иванов  иван", 0.7],
      ["Сидорова Анна", 0.2],
    ],
    sales: {
      "Молоко 3,2%": [100000, 150000, ...Array<number>(10).fill(100000)],
      "Сыр Российский": Array<number>(12).fill(50000),
      Кефир: [20000],
    },
  });
  await writeFile(join(dir, "v2.xlsx"), await planWorkbook(v2));
  await writeFile(join(dir, "broken.xlsx"), "PK but not really");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("kam-plan diff", () => {
  it("exits 0 and says so when the plans are equal", async () => {
    const run = await runKamPlan(["diff", "v1.xlsx", "v1-copy.xlsx"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Различий нет.");
  });

  it("exits 1 and names the changes in the domain words", async () => {
    const run = await runKamPlan(["diff", "v1.xlsx", "v2.xlsx"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Изменения плана: v1.xlsx → v2.xlsx");
    expect(run.stdout).toMatch(/Клиент[^\n]*«ООО «Ромашка»»|«ООО Ромашка» → «ООО Ромашка-Трейд»/);
    expect(run.stdout).toContain("+ Сидорова Анна (добавлена строка 2)");
    expect(run.stdout).toContain("− Петров Пётр (удалена строка 2)");
    expect(run.stdout).toMatch(
      /~ иванов {2}иван \(строка 1\): Участник: «Иванов Иван» → «иванов {2}иван»; Доля времени: 50\u00a0% → 70\u00a0%/
    );
    expect(run.stdout).toContain(
      "Молоко 3,2% фев\u00a02027: 100\u00a0000,00\u00a0₽ → 150\u00a0000,00\u00a0₽ (+50\u00a0000,00\u00a0₽; +50\u00a0%)"
    );
    expect(run.stdout).toContain("+ Кефир");
    expect(run.stdout).toMatch(
      /~ План продаж[^\n]*1\u00a0800\u00a0000,00\u00a0₽ → 1\u00a0870\u00a0000,00\u00a0₽/
    );
  });

  it("gives JSON for scripts", async () => {
    const run = await runKamPlan(["diff", "v1.xlsx", "v2.xlsx", "--format", "json"], dir);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      equal: boolean;
      form: { field: string; before: unknown; after: unknown }[];
      sales: unknown[];
      totals: Record<string, { before: unknown; after: unknown; changed: boolean }>;
    };
    expect(json.equal).toBe(false);
    expect(json.form).toContainEqual({
      section: "PlanHeader",
      field: "client_name",
      before: "ООО Ромашка",
      after: "ООО Ромашка-Трейд",
    });
    expect(json.sales).toContainEqual({
      section: "SalesPlan",
      item: "Кефир",
      month: "2027-01",
      before: 0,
      after: 20000,
    });
    expect(json.totals.sales_plan_total).toEqual({
      before: 1800000,
      after: 1870000,
      changed: true,
    });
  });

  it("speaks English with --lang en", async () => {
    const run = await runKamPlan(["diff", "v1.xlsx", "v2.xlsx", "--lang", "en"], dir);
    expect(run.stdout).toContain("Plan changes: v1.xlsx → v2.xlsx");
    expect(run.stdout).toContain("Sales plan by item and month");
  });

  it("exits 2 naming the file that cannot be read", async () => {
    const run = await runKamPlan(["diff", "v1.xlsx", "broken.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("broken.xlsx");
    expect(run.stdout).toBe("");
    const missing = await runKamPlan(["diff", "v1.xlsx", "nope.xlsx"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.xlsx: файл не найден");
  });

  it("needs exactly two files", async () => {
    expect((await runKamPlan(["diff", "v1.xlsx"], dir)).code).toBe(2);
  });
});
