import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { completePlanValues, workbookWith } from "../testing/plans";
import { kamPlan } from "../testing/run";
import type { WhatIfRecord } from "../whatif-output";

/** The complete plan of calc.test.ts: credit need 212 903,23 ₽ (December, 30 days), limit 5 000 000 ₽. */
describe("kam-plan whatif", () => {
  let dir: string;
  let original: Buffer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-whatif-"));
    await writeFile(join(dir, "plan.xlsx"), await workbookWith(completePlanValues()));
    original = await readFile(join(dir, "plan.xlsx"));
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("gives every computed value before and after, and the cells that would change (json)", async () => {
    const run = await kamPlan(
      ["whatif", "plan.xlsx", "--set", "credit_depth_days=60", "--format", "json"],
      dir
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as WhatIfRecord;
    expect(out.changes).toEqual([{ key: "credit_depth_days", value: "60" }]);
    expect(out.inputs).toEqual([
      expect.objectContaining({
        sheet: "ActionPlan",
        target: { kind: "form", field: "credit_depth_days" },
        before: 30,
        after: 60,
      }),
    ]);
    const value = (key: string): WhatIfRecord["values"][number] | undefined =>
      out.values.find((v) => v.key === key);
    expect(value("credit_required")).toEqual({
      key: "credit_required",
      unit: "amount",
      before: 212903.23,
      after: 425806.45,
      difference: 212903.22,
      changed: true,
    });
    expect(value("sales_plan_total")).toMatchObject({ changed: false, difference: 0 });
    expect(value("next_review")).toMatchObject({ before: "2027-03-01", after: "2027-03-01" });
    expect(value("credit_need.2027-12")).toMatchObject({ before: 212903.23, after: 425806.45 });
  });

  it("prints the changes, the values and a note that nothing was written (text), and writes nothing", async () => {
    const run = await kamPlan(
      ["whatif", "plan.xlsx", "--set", "tier.2.rate=4%", "--scale", "10", "--lang", "en"],
      dir
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("All sales plan volumes: +10%");
    expect(run.stdout).toMatch(
      /Sales plan total\s+RUB\s1,850,000\.50\s+→\s+RUB\s2,035,000\.55\s+\+RUB\s185,000\.05/
    );
    expect(run.stdout).toContain("The workbook is unchanged: this is a what-if calculation.");
    expect(await readFile(join(dir, "plan.xlsx"))).toEqual(original);
  });

  it("says which findings a change brings (a credit need above the limit)", async () => {
    const run = await kamPlan(
      ["whatif", "plan.xlsx", "--set", "month.2027-12=6000000", "--format", "json"],
      dir
    );
    const out = JSON.parse(run.stdout) as WhatIfRecord;
    expect(out.findings.appeared.map((f) => f.code)).toContain("CREDIT_LIMIT_EXCEEDED");
  });

  it("refuses bad changes with exit 2, naming each key, before reading the file", async () => {
    const run = await kamPlan(
      [
        "whatif",
        "plan.xlsx",
        "--set",
        "credit_depth_days=abc",
        "--set",
        "tier.9.rate=4%",
        "--set",
        "nonsense",
      ],
      dir,
      { LANG: "en_US.UTF-8" }
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--set: "nonsense": write KEY=VALUE');
    const again = await kamPlan(
      ["whatif", "plan.xlsx", "--set", "credit_depth_days=abc", "--set", "tier.9.rate=4%"],
      dir,
      { LANG: "en_US.UTF-8" }
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      'credit_depth_days: "abc" is not a whole number of days from 0 to 365'
    );
    expect(again.stderr).toContain(
      "tier.9.rate: the discount tiers table has no such row (it has 2)"
    );
  });

  it("refuses a key given twice", async () => {
    const run = await kamPlan(["whatif", "plan.xlsx", "--set", "scale=5", "--scale", "10"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("scale: ключ задан дважды");
  });
});
