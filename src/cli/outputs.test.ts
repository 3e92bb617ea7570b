import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookFile } from "../xlsx/read";
import { completePlanValues, workbookWith } from "./testing/plans";
import { kamPlan } from "./testing/run";

jest.setTimeout(60_000);

/**
 * Issue #11, case 5 (spec §8 "Outputs never destroy inputs"): no command
 * replaces an existing file without `--force`, none ever replaces one of its
 * own inputs (not even with `--force`, not through a symbolic link), and an
 * output must be an `.xlsx`. A refusal is exit 2 with a message that says
 * what to do; nothing is written.
 */
describe("outputs never destroy inputs", () => {
  let dir: string;
  let plan: Buffer;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-outputs-"));
    plan = await workbookWith(completePlanValues());
    await mkdir(join(dir, "plans"));
    await writeFile(join(dir, "plans", "a.xlsx"), plan);
    await writeFile(join(dir, "plans", "b.xlsx"), plan);
    await writeFile(join(dir, "plan.xlsx"), plan);
    await writeFile(join(dir, "a.csv"), "Номенклатура;Месяц;Сумма\nМолоко;2027-03;1000\n");
  }, 60_000);

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Run and expect a refusal: exit 2, `pattern` on stderr, no file changed or added. */
  async function refused(
    argv: readonly string[],
    pattern: RegExp,
    env?: Record<string, string>
  ): Promise<void> {
    const files = ["plans/a.xlsx", "plans/b.xlsx", "plan.xlsx", "a.csv"];
    const before = await Promise.all(files.map((f) => readFile(join(dir, f))));
    const listing = (await readdir(dir)).sort();
    const run = await kamPlan(argv, dir, env);
    expect(run.stderr).toMatch(pattern);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const after = await Promise.all(files.map((f) => readFile(join(dir, f))));
    after.forEach((bytes, i) => expect(bytes.equals(before[i] as Buffer)).toBe(true));
    expect((await readdir(dir)).sort()).toEqual(listing);
    expect(await readdir(join(dir, "plans"))).toHaveLength(2);
  }

  it("summary plans -o plans/a.xlsx refuses to replace one of its inputs, even with --force", async () => {
    await refused(["summary", "plans", "-o", "plans/a.xlsx"], /plans\/a\.xlsx.*входн/);
    await refused(["summary", "plans", "-o", "plans/a.xlsx", "--force"], /plans\/a\.xlsx.*входн/);
    await refused(
      ["summary", "plans", "-o", "plans/a.xlsx", "--force"],
      /plans\/a\.xlsx.*one of the command's inputs/,
      { LANG: "en_US.UTF-8" }
    );
  });

  it("an input reached through a symbolic link is still an input", async () => {
    await symlink(join(dir, "plans", "a.xlsx"), join(dir, "link.xlsx"));
    await refused(["summary", "plans", "-o", "link.xlsx", "--force"], /link\.xlsx.*входн/);
  });

  it("template plan.xlsx refuses to replace an existing file without --force", async () => {
    await refused(["template", "plan.xlsx"], /plan\.xlsx.*уже есть.*--force/);
    await refused(["template", "plan.xlsx"], /plan\.xlsx.*already exists.*--force/, {
      LANG: "en_US.UTF-8",
    });
  });

  it("template plan.xlsx --force replaces it", async () => {
    const run = await kamPlan(["template", "plan.xlsx", "--force", "--start", "2027-01"], dir);
    expect(run.code).toBe(0);
    const written = await readWorkbookFile(join(dir, "plan.xlsx"));
    expect(written.names.find((n) => n.name === "client_name")?.value).toBeNull();
  });

  it("template --config X.xlsx never writes over X.xlsx, even with --force", async () => {
    await refused(["template", "plan.xlsx", "--config", "plan.xlsx", "--force"], /входн/);
  });

  it("import-actuals X.xlsx a.csv -o a.csv refuses (an input, and not an .xlsx)", async () => {
    await refused(["import-actuals", "plan.xlsx", "a.csv", "-o", "a.csv"], /a\.csv/);
    await refused(["import-actuals", "plan.xlsx", "a.csv", "-o", "a.csv", "--force"], /a\.csv/);
  });

  it("every output must end in .xlsx", async () => {
    await refused(["summary", "plans", "-o", "summary.csv"], /\.xlsx/);
    await refused(["import-actuals", "plan.xlsx", "a.csv", "-o", "out.txt"], /\.xlsx/);
    await refused(["apply-config", "plan.xlsx", "-o", "out.xls"], /\.xlsx/);
    await refused(["template", "out"], /\.xlsx/);
  });

  it("apply-config -o an existing other file needs --force; in place needs none", async () => {
    await refused(["apply-config", "plan.xlsx", "-o", "plans/b.xlsx"], /plans\/b\.xlsx.*--force/);
    expect(
      (await kamPlan(["apply-config", "plan.xlsx", "-o", "plans/b.xlsx", "--force"], dir)).code
    ).toBe(0);
    expect((await kamPlan(["apply-config", "plan.xlsx"], dir)).code).toBe(0);
    expect((await kamPlan(["apply-config", "plan.xlsx", "-o", "plan.xlsx"], dir)).code).toBe(0);
  });

  it("import-actuals writes in place or to a new file", async () => {
    expect(
      (await kamPlan(["import-actuals", "plan.xlsx", "a.csv", "-o", "new.xlsx"], dir)).code
    ).toBe(0);
    await refused(["import-actuals", "plan.xlsx", "a.csv", "-o", "new.xlsx"], /new\.xlsx.*--force/);
    expect((await kamPlan(["import-actuals", "plan.xlsx", "a.csv"], dir)).code).toBe(0);
  });

  it("summary -o a new file works; the same file again needs --force", async () => {
    expect((await kamPlan(["summary", "plans", "-o", "summary.xlsx"], dir)).code).toBe(0);
    await refused(["summary", "plans", "-o", "summary.xlsx"], /summary\.xlsx.*--force/);
    expect((await kamPlan(["summary", "plans", "-o", "summary.xlsx", "--force"], dir)).code).toBe(
      0
    );
  });

  it("an output that is a folder is refused", async () => {
    await mkdir(join(dir, "folder.xlsx"));
    await refused(["template", "folder.xlsx", "--force"], /folder\.xlsx.*папк/);
  });
});
