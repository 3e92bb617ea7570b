import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { KamConfig } from "../../domain/config/types";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import { aCustomField } from "../../domain/testing/custom-field";
import { readWorkbookFile } from "../../xlsx/read";
import { cutPart } from "../testing/edits";
import { completePlanValues, workbookWith } from "../testing/plans";
import { kamPlan } from "../testing/run";

/** The SKAM's reference: deferral at most 60 days and a custom PlanHeader field `region`. */
const REFERENCE: KamConfig = {
  ...DEFAULT_CONFIG,
  settings: { ...DEFAULT_CONFIG.settings, maxCreditDepthDays: 60 },
  fields: [
    ...DEFAULT_CONFIG.fields,
    aCustomField("PlanHeader", "region", { ru: "Регион", en: "Region" }),
  ],
};

/** A KAM's own loosening: deferral up to 365 days, and a 120-day deferral typed in. */
const LOOSE: KamConfig = {
  ...DEFAULT_CONFIG,
  settings: { ...DEFAULT_CONFIG.settings, maxCreditDepthDays: 365 },
};

function valuesWith(client: string, depth: number) {
  const values = completePlanValues();
  return { ...values, form: { ...values.form, client_name: client, credit_depth_days: depth } };
}

const table = (s: WorkbookSnapshot, name: string) => s.tables.find((t) => t.name === name);
const nameValue = (s: WorkbookSnapshot, name: string) =>
  s.names.find((n) => n.name === name)?.value;

// Each rollout reads, renders and patches whole packages: seconds on a loaded machine.
jest.setTimeout(90_000);

describe("kam-plan --config REF.xlsx: the SKAM's reference (spec §11)", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-reference-"));
    await writeFile(
      join(dir, "ref.xlsx"),
      await workbookWith(completePlanValues(), { config: REFERENCE })
    );
    await writeFile(
      join(dir, "loose.xlsx"),
      await workbookWith(valuesWith("ООО «Лето»", 120), { config: LOOSE })
    );
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("check: the plan's own Config lets a 120-day deferral pass; against the reference it is CONFIG_DRIFT and CREDIT_DEPTH_ABOVE_MAX", async () => {
    const own = await kamPlan(["check", "loose.xlsx", "--format", "json"], dir);
    const ownCodes = (JSON.parse(own.stdout) as { code: string }[]).map((f) => f.code);
    expect(ownCodes).not.toContain("CREDIT_DEPTH_ABOVE_MAX");

    const run = await kamPlan(["check", "loose.xlsx", "--config", "ref.xlsx"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^loose\.xlsx:Config!(B\d+): error CONFIG_DRIFT Config!\1 \(Settings max_credit_depth_days, value\): в книге «365», в эталоне «60» — допустимая отсрочка платежа длиннее/m
    );
    expect(run.stdout).toMatch(/error CREDIT_DEPTH_ABOVE_MAX/);
    // The reference's own field is expected in the plan: it is not there yet.
    expect(run.stdout).toMatch(/error NAME_MISSING/);
  });

  it("summary counts the drift as the plan's errors", async () => {
    const run = await kamPlan(
      [
        "summary",
        "loose.xlsx",
        "--config",
        "ref.xlsx",
        "--format",
        "json",
        "--today",
        "2027-01-10",
      ],
      dir
    );
    const json = JSON.parse(run.stdout) as { findings: { code: string; file: string }[] };
    // The loosened deferral (error) and the reference's field the plan lacks (warning).
    expect(json.findings.filter((f) => f.code === "CONFIG_DRIFT").map((f) => f.file)).toEqual([
      "loose.xlsx",
      "loose.xlsx",
    ]);
  });

  it("refuses a reference that cannot be read before reading any plan", async () => {
    const run = await kamPlan(["check", "loose.xlsx", "--config", "missing.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
  });

  it("rolls the reference out to a folder: two plans changed with every value kept, a damaged one refused and untouched", async () => {
    const plans = join(dir, "plans");
    await mkdir(plans);
    await writeFile(
      join(plans, "a.xlsx"),
      await workbookWith(valuesWith("ООО «Альфа»", 45), { config: LOOSE })
    );
    await writeFile(join(plans, "b.xlsx"), await workbookWith(valuesWith("АО «Бета»", 30)));
    const damaged = await cutPart(
      await workbookWith(valuesWith("ЗАО «Гамма»", 30)),
      "xl/worksheets/sheet2.xml",
      200
    );
    await writeFile(join(plans, "c.xlsx"), damaged);
    const before = {
      a: await readWorkbookFile(join(plans, "a.xlsx")),
      b: await readWorkbookFile(join(plans, "b.xlsx")),
    };

    const run = await kamPlan(["apply-config", "plans", "--config", "ref.xlsx"], dir);
    expect(run.code).toBe(2);
    const lines = run.stdout.split("\n");
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^plans\/a\.xlsx: изменён \(значений сохранено: \d+, перенесено в Archive: 0\)$/
      )
    );
    expect(lines).toContainEqual(expect.stringMatching(/^plans\/b\.xlsx: изменён /));
    expect(lines).toContainEqual(
      expect.stringMatching(/^plans\/c\.xlsx: отказ, файл не изменён: .*поврежд/)
    );
    expect(run.stdout).toMatch(/^Изменено: 2, без изменений: 0, отказ: 1 \(книг: 3\)$/m);
    expect(await readFile(join(plans, "c.xlsx"))).toEqual(damaged);

    for (const file of ["a", "b"] as const) {
      const after = await readWorkbookFile(join(plans, `${file}.xlsx`));
      for (const key of ["client_name", "credit_depth_days", "plan_start", "credit_limit"])
        expect(nameValue(after, key)).toEqual(nameValue(before[file], key));
      for (const name of [
        "SalesPlan",
        "SalesActual",
        "Team",
        "KPI",
        "DiscountTiers",
        "Competitors",
      ])
        expect(table(after, name)?.rows.filter((r) => r.some((c) => c !== null))).toEqual(
          table(before[file], name)?.rows.filter((r) => r.some((c) => c !== null))
        );
      expect(after.names.some((n) => n.name === "region")).toBe(true);
      const checked = await kamPlan(
        ["check", `plans/${file}.xlsx`, "--config", "ref.xlsx", "--format", "json"],
        dir
      );
      expect((JSON.parse(checked.stdout) as { code: string }[]).map((f) => f.code)).not.toContain(
        "CONFIG_DRIFT"
      );
    }

    const again = await kamPlan(
      ["apply-config", "plans", "--config", "ref.xlsx", "--lang", "en"],
      dir
    );
    expect(again.stdout).toMatch(
      /^plans\/a\.xlsx: unchanged \(its Config already equals the reference\)$/m
    );
    expect(again.stdout).toMatch(/^Changed: 0, unchanged: 2, refused: 1 \(workbooks: 3\)$/m);
  });

  it("refuses -o with many workbooks", async () => {
    const run = await kamPlan(["apply-config", "loose.xlsx", "ref.xlsx", "-o", "x.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/-o задаётся только для одного файла/);
  });
});
