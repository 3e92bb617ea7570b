import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { buildLayout } from "../../layout/build";
import { writeWorkbook } from "../../xlsx/write";
import { editTableRows } from "../testing/layouts";
import { completePlanValues, workbookWith } from "../testing/plans";
import { kamPlan } from "../testing/run";

describe("kam-plan check", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-check-"));
    await writeFile(join(dir, "complete.xlsx"), await workbookWith(completePlanValues()));
    const weights = editTableRows(
      buildLayout(DEFAULT_CONFIG, {
        lang: "ru",
        start: "2027-01",
        period: "year",
        values: completePlanValues(),
      }),
      "KPI",
      (headers, rows) => {
        const weight = headers.indexOf("Вес");
        if (weight < 0) throw new Error(`no Вес column in ${headers.join(", ")}`);
        return rows.map((row, i) =>
          i === 0 ? row.map((cell, col) => (col === weight ? 0.6 : cell)) : row
        );
      }
    );
    await writeFile(join(dir, "weights.xlsx"), await writeWorkbook(weights));
    expect((await kamPlan(["template", "empty.xlsx", "--start", "2027-01"], dir)).code).toBe(0);
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("exits 0 on a complete plan and prints only the counts", async () => {
    expect(await kamPlan(["check", "complete.xlsx"], dir)).toEqual({
      code: 0,
      stdout: "Ошибок: 0, предупреждений: 0, сведений: 0 (проверено файлов: 1)\n",
      stderr: "",
    });
  });

  it("exits 0 with warnings only (an overdue dossier review, months without actuals)", async () => {
    const run = await kamPlan(["check", "complete.xlsx", "--today", "2027-06-01"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^complete\.xlsx:Dossier!B\d+: warning REVIEW_OVERDUE \S/m);
    expect(run.stdout).toMatch(
      /^complete\.xlsx:ActionPlan!A\d+: warning ACTUALS_MISSING .*мар\u00a02027, апр\u00a02027, май\u00a02027/m
    );
    expect(run.stdout.trim().split("\n").pop()).toBe(
      "Ошибок: 0, предупреждений: 2, сведений: 0 (проверено файлов: 1)"
    );
  });

  it("prints one compiler-style line per finding of an empty template and exits 1", async () => {
    const run = await kamPlan(["check", "empty.xlsx"], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    const count = lines.pop() ?? "";
    expect(count).toMatch(
      /^Ошибок: [1-9]\d*, предупреждений: \d+, сведений: \d+ \(проверено файлов: 1\)$/
    );
    for (const line of lines)
      expect(line).toMatch(
        /^empty\.xlsx:(ActionPlan|Dossier)!([A-Z]+\d+): (error|warning|info) [A-Z_0-9]+ \S.*$/
      );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^empty\.xlsx:ActionPlan!B\d+: error REQUIRED_MISSING Не заполнено обязательное поле «Клиент»/
      )
    );
  });

  it("names the cell of a rule finding (KPI weights 90 %) and exits 1", async () => {
    const run = await kamPlan(["check", "weights.xlsx", "--format", "json"], dir);
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout) as Record<string, unknown>[];
    const weights = findings.filter((f) => f.code === "KPI_WEIGHTS_NOT_100");
    expect(weights).toHaveLength(1);
    expect(Object.keys(weights[0] ?? {})).toEqual([
      "file",
      "severity",
      "code",
      "sheet",
      "cell",
      "name",
      "message",
    ]);
    expect(weights[0]).toMatchObject({
      file: "weights.xlsx",
      severity: "error",
      sheet: "ActionPlan",
    });
    expect(String(weights[0]?.cell)).toMatch(/^[A-Z]+\d+$/);
    expect(String(weights[0]?.message)).toMatch(/90/);
  });

  it("writes messages in English with --lang en", async () => {
    const run = await kamPlan(["check", "empty.xlsx", "--lang", "en"], dir);
    expect(run.stdout).toMatch(/^empty\.xlsx:ActionPlan!B\d+: error REQUIRED_MISSING .*[A-Za-z]/m);
    expect(run.stdout.trim().split("\n").pop()).toMatch(
      /^\d+ errors?, \d+ warnings?, \d+ info \(1 file checked\)$/
    );
  });

  it("checks several files in one run and counts them together", async () => {
    const run = await kamPlan(["check", "complete.xlsx", "weights.xlsx", "--format", "json"], dir);
    expect(run.code).toBe(1);
    const files = new Set((JSON.parse(run.stdout) as { file: string }[]).map((f) => f.file));
    expect([...files]).toEqual(["weights.xlsx"]);
    const text = await kamPlan(["check", "complete.xlsx", "weights.xlsx"], dir);
    expect(text.stdout.trim().split("\n").pop()).toMatch(/\(проверено файлов: 2\)$/);
  });
});
