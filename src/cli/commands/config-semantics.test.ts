import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { FieldDef, KamConfig } from "../../domain/config/types";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import { aCustomField } from "../../domain/testing/custom-field";
import { buildLayout } from "../../layout/build";
import type { WorkbookValues } from "../../layout/types";
import { readWorkbookFile } from "../../xlsx/read";
import { writeWorkbook } from "../../xlsx/write";
import { editWithOpenpyxl } from "../testing/edits";
import { withConfigSheetOf } from "../testing/layouts";
import { completePlanValues } from "../testing/plans";
import { kamPlan } from "../testing/run";

// Spec §8 "Hidden is not deleted" and "Relabels are recognised", on the .xlsx writer (apply-config).
jest.setTimeout(120_000);

const NOTE: FieldDef = aCustomField("Team", "note_x", { ru: "Заметка", en: "Note" }, { order: 5 });

/** The default configuration plus a custom Team field `note_x` («Заметка»). */
const BASE: KamConfig = { ...DEFAULT_CONFIG, fields: [...DEFAULT_CONFIG.fields, NOTE] };

function baseValues(): WorkbookValues {
  const values = completePlanValues();
  const team = (values.tables.Team ?? []).map((row, i) =>
    i === 0 ? { ...row, commitments: "еженедельный звонок", note_x: "любит чай" } : row
  );
  return {
    ...values,
    form: { ...values.form, headcount: 250 },
    tables: { ...values.tables, Team: team },
  };
}

function edited(edit: (f: FieldDef) => FieldDef): KamConfig {
  return { ...BASE, fields: BASE.fields.map(edit) };
}

const table = (s: WorkbookSnapshot, name: string) => s.tables.find((t) => t.name === name);
const archiveRows = (s: WorkbookSnapshot) =>
  (table(s, "Archive")?.rows ?? []).filter((r) => r.some((c) => c !== null && c !== ""));
/** The Team row of «Иванова Анна» as header → value. */
function annaRow(s: WorkbookSnapshot): Record<string, unknown> {
  const team = table(s, "Team");
  const member = team?.headers.indexOf("Участник") ?? 0;
  const row = team?.rows.find((r) => r[member] === "Иванова Анна") ?? [];
  return Object.fromEntries((team?.headers ?? []).map((h, i) => [h, row[i] ?? null]));
}

describe("apply-config keeps hidden and relabelled fields' values (spec §8)", () => {
  let dir: string;
  const planWithConfig = async (config: KamConfig): Promise<void> => {
    const built = buildLayout(BASE, {
      lang: "ru",
      start: "2027-01",
      period: "year",
      values: baseValues(),
    });
    const next = buildLayout(config, { lang: "ru", start: "2027-01", period: "year" });
    await writeFile(join(dir, "plan.xlsx"), await writeWorkbook(withConfigSheetOf(built, next)));
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-configsem-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("hides a table field and a form field without archiving them; un-hiding shows the values again", async () => {
    const hide = new Set(["commitments", "note_x", "headcount"]);
    await planWithConfig(edited((f) => (hide.has(f.key) ? { ...f, hidden: true } : f)));
    const applied = await kamPlan(["apply-config", "plan.xlsx"], dir);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/перенесено в Archive: 0\)/);
    const hidden = await readWorkbookFile(join(dir, "plan.xlsx"));
    expect(archiveRows(hidden)).toEqual([]);
    expect(annaRow(hidden)).not.toHaveProperty("Обязательства");
    expect(annaRow(hidden)).not.toHaveProperty("Заметка");
    expect(hidden.names.some((n) => n.name === "headcount")).toBe(false);
    expect((await kamPlan(["check", "plan.xlsx"], dir)).code).toBe(0);

    // The SKAM un-hides them on Config (Fields.hidden → FALSE) and applies again.
    await editWithOpenpyxl(
      join(dir, "plan.xlsx"),
      [
        "ws = wb['Config']",
        "t = ws.tables['Fields']",
        "from openpyxl.utils import range_boundaries",
        "c1, r1, c2, r2 = range_boundaries(t.ref)",
        "heads = [ws.cell(r1, c).value for c in range(c1, c2 + 1)]",
        "kc, hc = c1 + heads.index('key'), c1 + heads.index('hidden')",
        "for r in range(r1 + 1, r2 + 1):",
        "    if ws.cell(r, kc).value in ('commitments', 'note_x', 'headcount'):",
        "        ws.cell(r, hc).value = False",
      ].join("\n")
    );
    const shown = await kamPlan(["apply-config", "plan.xlsx"], dir);
    expect(shown.code).toBe(0);
    const back = await readWorkbookFile(join(dir, "plan.xlsx"));
    expect(archiveRows(back)).toEqual([]);
    expect(annaRow(back)).toMatchObject({
      Обязательства: "еженедельный звонок",
      Заметка: "любит чай",
    });
    expect(back.names.find((n) => n.name === "headcount")?.value).toBe(250);
  });

  it("keeps a relabelled custom field's values in its column", async () => {
    await planWithConfig(
      edited((f) => (f.key === "note_x" ? { ...f, label: { ru: "Примечание", en: "Remark" } } : f))
    );
    const run = await kamPlan(["apply-config", "plan.xlsx"], dir);
    expect(run.code).toBe(0);
    const after = await readWorkbookFile(join(dir, "plan.xlsx"));
    expect(archiveRows(after)).toEqual([]);
    expect(annaRow(after)).toMatchObject({ Примечание: "любит чай" });
    expect(annaRow(after)).not.toHaveProperty("Заметка");
  });

  it("keeps values when sections and fields are reordered", async () => {
    const reordered: KamConfig = {
      ...BASE,
      sections: BASE.sections.map((s) =>
        s.key === "Team" ? { ...s, order: 100 } : s.key === "KPI" ? { ...s, order: 0 } : s
      ),
      fields: BASE.fields.map((f) =>
        f.key === "note_x" ? { ...f, order: 0 } : f.key === "time_share" ? { ...f, order: 1 } : f
      ),
    };
    await planWithConfig(reordered);
    expect((await kamPlan(["apply-config", "plan.xlsx"], dir)).code).toBe(0);
    const after = await readWorkbookFile(join(dir, "plan.xlsx"));
    expect(archiveRows(after)).toEqual([]);
    expect(annaRow(after)).toMatchObject({
      Заметка: "любит чай",
      Обязательства: "еженедельный звонок",
      Участник: "Иванова Анна",
    });
  });

  it("treats a changed key as a new field: the old key's values go to the Archive", async () => {
    await planWithConfig(edited((f) => (f.key === "note_x" ? { ...f, key: "note_y" } : f)));
    const run = await kamPlan(["apply-config", "plan.xlsx"], dir);
    expect(run.code).toBe(0);
    const after = await readWorkbookFile(join(dir, "plan.xlsx"));
    expect(annaRow(after)).toMatchObject({ Заметка: null });
    expect(archiveRows(after)).toEqual([
      [
        "Team",
        "1: Иванова Анна",
        "note_x",
        expect.stringMatching(/^ActionPlan!/),
        "любит чай",
        null,
      ],
    ]);
  });
});

describe("FORMULA_OVERWRITTEN: computed cells guarded by a check, restored by the next restructuring (spec §8)", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-formula-"));
    const built = buildLayout(BASE, {
      lang: "ru",
      start: "2027-01",
      period: "year",
      values: baseValues(),
    });
    await writeFile(join(dir, "plan.xlsx"), await writeWorkbook(built));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("names the computed field and the rollup cell a value was typed over; apply-config restores the formulas and archives the values", async () => {
    const before = await readWorkbookFile(join(dir, "plan.xlsx"));
    const planEnd = before.names.find((n) => n.name === "plan_end");
    expect(planEnd?.formula).toMatch(/^Calc!/);
    const sales = table(before, "SalesPlan");
    const totalCol = sales?.headers.indexOf("Итого за период") ?? -1;
    expect(sales?.formulas?.[0]?.[totalCol]).toMatch(/^SUM\(/);
    await editWithOpenpyxl(
      join(dir, "plan.xlsx"),
      [
        `wb['ActionPlan']['${planEnd?.address ?? ""}'] = 'конец года'`,
        "from openpyxl.utils import range_boundaries, get_column_letter",
        "c1, r1, c2, r2 = range_boundaries(wb['ActionPlan'].tables['SalesPlan'].ref)",
        `wb['ActionPlan'].cell(r1 + 1, c1 + ${totalCol}).value = 999`,
      ].join("\n")
    );
    const check = await kamPlan(["check", "plan.xlsx", "--format", "json"], dir);
    const found = (
      JSON.parse(check.stdout) as { code: string; cell: string; name: string | null }[]
    )
      .filter((f) => f.code === "FORMULA_OVERWRITTEN")
      .map((f) => [f.cell, f.name]);
    expect(found).toEqual([
      [planEnd?.address, "plan_end"],
      [expect.stringMatching(/^[A-Z]+\d+$/), null],
    ]);
    expect(check.code).toBe(1);

    expect((await kamPlan(["apply-config", "plan.xlsx"], dir)).code).toBe(0);
    const after = await readWorkbookFile(join(dir, "plan.xlsx"));
    expect(after.names.find((n) => n.name === "plan_end")?.formula).toMatch(/^Calc!/);
    expect(table(after, "SalesPlan")?.formulas?.[0]?.[totalCol]).toMatch(/^SUM\(/);
    expect(archiveRows(after)).toEqual([
      [
        "PlanHeader",
        null,
        "plan_end",
        `ActionPlan!${planEnd?.address ?? ""}`,
        "конец года",
        expect.stringMatching(/формул/),
      ],
      [
        "SalesPlan",
        "1: Молоко",
        "total",
        expect.stringMatching(/^ActionPlan!/),
        999,
        expect.stringMatching(/формул/),
      ],
    ]);
    const recheck = await kamPlan(["check", "plan.xlsx", "--format", "json"], dir);
    expect(recheck.stdout).not.toMatch(/FORMULA_OVERWRITTEN/);
  });
});
