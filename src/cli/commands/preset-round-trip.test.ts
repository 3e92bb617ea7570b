import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import { readWorkbookFile } from "../../xlsx/read";
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

// Three restructurings of a whole plan: seconds each on a loaded machine.
jest.setTimeout(120_000);

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
    await writeFile(join(dir, "plan.xlsx"), await workbookWith(completePlanValues()));
    const before = typedValues(await readWorkbookFile(join(dir, "plan.xlsx")));
    expect(before.tables.DecisionGroup?.length).toBeGreaterThan(0);
    expect(before.form.opportunity_1y).not.toBeNull();

    for (const preset of ["minimal", "full", "minimal"]) {
      const run = await kamPlan(["apply-config", "plan.xlsx", "--config", `${preset}.xlsx`], dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/перенесено в Archive: 0\)/);
      const after = await readWorkbookFile(join(dir, "plan.xlsx"));
      const values = typedValues(after);
      expect(values.tables).toEqual(before.tables);
      for (const [name, value] of Object.entries(before.form))
        if (value !== null) expect([name, values.form[name]]).toEqual([name, value]);
      expect(after.tables.some((t) => t.name === "Archive")).toBe(false);
    }

    // In minimal the dossier is hidden: nothing is asked about it, its values are still there.
    const check = await kamPlan(["check", "plan.xlsx", "--format", "json"], dir);
    const names = (JSON.parse(check.stdout) as { name: string | null }[]).map((f) => f.name);
    expect(names).not.toContain("DecisionGroup");
    expect(names).not.toContain("Competitors");
  });
});
