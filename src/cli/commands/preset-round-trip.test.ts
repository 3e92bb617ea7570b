import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MINIMAL_HIDDEN_FIELDS } from "../../domain/config/presets";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import { serialOfDate } from "../../domain/periods";
import { readHiddenValues } from "../../layout/applied-schema";
import type { WorkbookValues } from "../../layout/types";
import { readWorkbookFile } from "../../xlsx/read";
import { hiddenRowNumbers, sheetPartXml } from "../../xlsx/write/testing/sheet-rows";
import { completePlanValues, workbookWith } from "../testing/plans";
import { kamPlan } from "../testing/run";

/** Every value a person typed: form fields by name, every non-empty table row (Config and Archive aside). */
function typedValues(s: WorkbookSnapshot) {
  const form = Object.fromEntries(
    s.names
      .filter((n) => n.sheet === "ActionPlan" || n.sheet === "Dossier")
      .map((n) => [n.name, n.value])
  );
  const tables = Object.fromEntries(
    s.tables
      .filter((t) => t.sheet === "ActionPlan" || t.sheet === "Dossier")
      .map((t) => [
        t.name,
        t.rows.filter((r) => r.some((c) => c !== null && c !== "")).map((r) => r.join("|")),
      ])
  );
  return { form, tables };
}

/** A complete plan with a value in every field minimal hides (as_of, approval, commitments, KPI unit). */
function planWithHiddenFieldValues(): WorkbookValues {
  const plan = completePlanValues();
  const withField = (rows: readonly Readonly<Record<string, unknown>>[] | undefined, key: string) =>
    (rows ?? []).map((r, i) => ({ ...r, [key]: `${key} ${i + 1}` }));
  return {
    ...plan,
    form: { ...plan.form, as_of: serialOfDate(2027, 2, 28) },
    tables: {
      ...plan.tables,
      Team: withField(plan.tables.Team, "commitments"),
      KPI: withField(plan.tables.KPI, "unit"),
    },
  } as WorkbookValues;
}

// Four restructurings of a whole plan: seconds each on a loaded machine.
jest.setTimeout(180_000);

describe("presets are configurations: minimal → full → minimal keeps every value (spec §11)", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-presets-"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("moves a filled plan between presets with apply-config --config, losing nothing", async () => {
    for (const preset of ["minimal", "full"])
      expect((await kamPlan(["template", `${preset}.xlsx`, "--preset", preset], dir)).code).toBe(0);
    await writeFile(join(dir, "plan.xlsx"), await workbookWith(planWithHiddenFieldValues()));
    const before = typedValues(await readWorkbookFile(join(dir, "plan.xlsx")));
    expect(before.tables.DecisionGroup?.length).toBeGreaterThan(0);
    expect(before.form.opportunity_1y).not.toBeNull();
    for (const key of ["as_of", "plan_status", "approved_by", "plan_version"])
      expect([key, before.form[key]]).not.toEqual([key, null]);
    expect(before.tables.Team?.[0]).toContain("commitments 1");
    expect(before.tables.KPI?.[0]).toContain("unit 1");

    for (const preset of ["minimal", "full", "minimal", "full"]) {
      const run = await kamPlan(["apply-config", "plan.xlsx", "--config", `${preset}.xlsx`], dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/перенесено в Archive: 0\)/);
      const after = await readWorkbookFile(join(dir, "plan.xlsx"));
      expect(after.tables.some((t) => t.name === "Archive")).toBe(false);
      const values = typedValues(after);
      const hiddenRows = hiddenRowNumbers(
        await sheetPartXml(await readFile(join(dir, "plan.xlsx")), "ActionPlan")
      );
      if (preset === "full") {
        // Every value back in its field, every row shown.
        expect(values.tables).toEqual(before.tables);
        for (const [name, value] of Object.entries(before.form))
          if (value !== null) expect([name, values.form[name]]).toEqual([name, value]);
        expect(hiddenRows).toEqual([]);
        continue;
      }
      // minimal: the hidden fields have no cell; their values wait in HiddenValues.
      const hidden = readHiddenValues(after);
      for (const { key } of MINIMAL_HIDDEN_FIELDS) {
        expect(values.form[key]).toBeUndefined();
        const typed = before.form[key];
        if (typed !== undefined && typed !== null)
          expect(hidden.find((h) => h.field === key)?.value).toEqual(typed);
      }
      expect(hidden.filter((h) => h.field === "commitments").map((h) => h.value)).toEqual([
        "commitments 1",
        "commitments 2",
      ]);
      expect(hidden.filter((h) => h.field === "unit").map((h) => h.value)).toEqual([
        "unit 1",
        "unit 2",
      ]);
      for (const [name, value] of Object.entries(before.form))
        if (value !== null && values.form[name] !== undefined)
          expect([name, values.form[name]]).toEqual([name, value]);
      // The hidden sections' tables keep their rows, on rows of the sheet that do not show.
      expect(values.tables.Risks).toEqual(before.tables.Risks);
      expect(values.tables.DiscountTiers).toEqual(before.tables.DiscountTiers);
      const tiers = after.tables.find((t) => t.name === "DiscountTiers");
      const tiersRow = Number(/\d+/.exec(tiers?.address ?? "")?.[0]);
      expect(hiddenRows).toContain(tiersRow);
      const team = after.tables.find((t) => t.name === "Team");
      expect(hiddenRows).not.toContain(Number(/\d+/.exec(team?.address ?? "")?.[0]));
    }

    // In minimal the dossier is hidden: nothing is asked about it, its values are still there.
    await kamPlan(["apply-config", "plan.xlsx", "--config", "minimal.xlsx"], dir);
    const check = await kamPlan(["check", "plan.xlsx", "--format", "json"], dir);
    const names = (JSON.parse(check.stdout) as { name: string | null }[]).map((f) => f.name);
    expect(names).not.toContain("DecisionGroup");
    expect(names).not.toContain("Competitors");
  });
});
