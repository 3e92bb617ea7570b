import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FileFinding as FindingRecord } from "../domain/findings";
import { editWithOpenpyxl } from "./testing/edits";
import { completePlanValues, workbookWith } from "./testing/plans";
import { kamPlan } from "./testing/run";

jest.setTimeout(60_000);

/**
 * Issue #11, cases 1, 3 and 9 (spec §8 "Refuse, don't guess"): a workbook
 * whose structure was broken by hand, edited with openpyxl as a user's own
 * script would. A restructuring that cannot carry every value refuses, names
 * what is missing and how to repair it, exits 2 and leaves the file as it was;
 * `check` reports the same things as findings.
 */
describe("a workbook whose structure was broken by hand", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-refusals-"));
    await writeFile(join(dir, "plan.xlsx"), await workbookWith(completePlanValues()));
    await copyFile(join(dir, "plan.xlsx"), join(dir, "no-names.xlsx"));
    await editWithOpenpyxl(
      join(dir, "no-names.xlsx"),
      "del wb.defined_names['client_name']\ndel wb.defined_names['credit_limit']"
    );
    await copyFile(join(dir, "plan.xlsx"), join(dir, "renamed.xlsx"));
    await editWithOpenpyxl(
      join(dir, "renamed.xlsx"),
      "t = wb['ActionPlan'].tables['SalesPlan']\nt.name = 'Sales2027'\nt.displayName = 'Sales2027'"
    );
    await copyFile(join(dir, "plan.xlsx"), join(dir, "no-config.xlsx"));
    await editWithOpenpyxl(join(dir, "no-config.xlsx"), "del wb['Config']");
    await writeFile(join(dir, "actuals.csv"), "Номенклатура;Месяц;Сумма\nМолоко;2027-03;1000\n");
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function unchanged(file: string, run: () => Promise<void>): Promise<void> {
    const before = await readFile(join(dir, file));
    const names = (await readdir(dir)).sort();
    await run();
    expect((await readFile(join(dir, file))).equals(before)).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(names);
  }

  describe("case 1: the defined names client_name and credit_limit deleted", () => {
    it.each([
      ["apply-config", ["apply-config", "no-names.xlsx"]],
      ["apply-config -o", ["apply-config", "no-names.xlsx", "-o", "out.xlsx"]],
      ["import-actuals", ["import-actuals", "no-names.xlsx", "actuals.csv"]],
    ])(
      "%s refuses, names both names and how to repair them, exits 2, changes nothing",
      async (_name, argv) => {
        await unchanged("no-names.xlsx", async () => {
          const run = await kamPlan(argv, dir);
          expect(run.code).toBe(2);
          expect(run.stderr).toMatch(
            /no-names\.xlsx:client_name: error NAME_MISSING .*Диспетчер имён/
          );
          expect(run.stderr).toMatch(
            /no-names\.xlsx:credit_limit: error NAME_MISSING .*Диспетчер имён/
          );
          expect(run.stderr).toMatch(/файл не изменён/);
          expect(run.stdout).not.toMatch(/применена|Записано/);
        });
      }
    );

    it("says it in English too", async () => {
      const run = await kamPlan(["apply-config", "no-names.xlsx"], dir, { LANG: "en_US.UTF-8" });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/the file is unchanged/);
    });
  });

  describe("case 3: the table SalesPlan renamed", () => {
    it("check says TABLE_MISSING for SalesPlan", async () => {
      const run = await kamPlan(["check", "renamed.xlsx", "--format", "json"], dir);
      const findings = JSON.parse(run.stdout) as FindingRecord[];
      expect(findings).toContainEqual(
        expect.objectContaining({ code: "TABLE_MISSING", name: "SalesPlan", sheet: "ActionPlan" })
      );
      expect(run.code).toBe(1);
    });

    it.each([
      ["apply-config", ["apply-config", "renamed.xlsx"]],
      ["import-actuals", ["import-actuals", "renamed.xlsx", "actuals.csv"]],
    ])(
      "%s refuses naming SalesPlan and Table Design, moves nothing to Archive",
      async (_name, argv) => {
        await unchanged("renamed.xlsx", async () => {
          const run = await kamPlan(argv, dir);
          expect(run.code).toBe(2);
          expect(run.stderr).toMatch(/renamed\.xlsx:SalesPlan: error TABLE_MISSING .*SalesPlan/);
          expect(run.stderr).toMatch(/Конструктор таблиц/);
          expect(run.stdout).not.toMatch(/Archive/);
        });
      }
    );
  });

  describe("case 9: the Config sheet deleted", () => {
    it("check reports SHEET_MISSING for Config and exits 1", async () => {
      const run = await kamPlan(["check", "no-config.xlsx", "--format", "json"], dir);
      expect(run.code).toBe(1);
      const findings = JSON.parse(run.stdout) as FindingRecord[];
      expect(findings).toContainEqual(
        expect.objectContaining({ code: "SHEET_MISSING", severity: "error", sheet: "Config" })
      );
    });

    it("an intact plan has no SHEET_MISSING", async () => {
      const run = await kamPlan(["check", "plan.xlsx", "--format", "json"], dir);
      const findings = JSON.parse(run.stdout) as FindingRecord[];
      expect(findings.filter((f) => f.code === "SHEET_MISSING")).toEqual([]);
    });
  });
});
