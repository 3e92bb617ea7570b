import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cutPart, dropPart } from "./testing/edits";
import { completePlanValues, workbookWith } from "./testing/plans";
import { kamPlan } from "./testing/run";

jest.setTimeout(60_000);

/**
 * Issue #11, case 4 (spec §8 "Refuse, don't guess"): a part that is not
 * well-formed XML, or a part the package's relationships point at that is not
 * in the ZIP, is a damaged file. Every command exits 2 naming the part; no
 * command reads it as an empty sheet, and nothing is written.
 */
describe("a damaged workbook", () => {
  let dir: string;
  let good: Buffer;

  const damaged: readonly (readonly [string, string, string])[] = [
    ["cut.xlsx", "xl/worksheets/sheet2.xml", "cut 20 bytes short"],
    ["no-dossier.xlsx", "xl/worksheets/sheet3.xml", "a sheet part missing"],
    ["no-table.xlsx", "xl/tables/table1.xml", "a table part missing"],
    ["no-strings.xlsx", "xl/sharedStrings.xml", "the shared strings missing"],
  ];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-damaged-"));
    good = await workbookWith(completePlanValues());
    await writeFile(join(dir, "good.xlsx"), good);
    await writeFile(join(dir, "cut.xlsx"), await cutPart(good, "xl/worksheets/sheet2.xml", 20));
    await writeFile(join(dir, "no-dossier.xlsx"), await dropPart(good, "xl/worksheets/sheet3.xml"));
    await writeFile(join(dir, "no-table.xlsx"), await dropPart(good, "xl/tables/table1.xml"));
    await writeFile(join(dir, "no-strings.xlsx"), await dropPart(good, "xl/sharedStrings.xml"));
    await writeFile(join(dir, "actuals.csv"), "Номенклатура;Месяц;Сумма\nМолоко;2027-03;1000\n");
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe.each(damaged)("%s (%s: %s)", (file, part) => {
    const commands: readonly (readonly [string, readonly string[]])[] = [
      ["check", ["check", file]],
      ["calc", ["calc", file]],
      ["apply-config", ["apply-config", file]],
      ["import-actuals", ["import-actuals", file, "actuals.csv"]],
      ["diff (as the new version)", ["diff", "good.xlsx", file]],
      ["diff (as the old version)", ["diff", file, "good.xlsx"]],
      ["summary", ["summary", file, "-o", "summary.xlsx", "--force"]],
    ];

    it.each(commands)("%s exits 2 naming the damaged part (ru and en)", async (_name, argv) => {
      const before = await readFile(join(dir, file));
      const ru = await kamPlan(argv, dir);
      expect(ru.code).toBe(2);
      const output = `${ru.stdout}\n${ru.stderr}`;
      expect(output).toContain(file);
      expect(output).toContain(part);
      expect(output).toMatch(/повреждён/);
      expect(output).not.toMatch(/внутренняя ошибка|\n\s+at /);
      const en = await kamPlan(argv, dir, { LANG: "en_US.UTF-8" });
      expect(en.code).toBe(2);
      expect(`${en.stdout}\n${en.stderr}`).toMatch(new RegExp(`damaged[^\\n]*${part}`));
      expect(await readFile(join(dir, file))).toEqual(before);
    });

    it("check reports no finding of the damaged file (it is not read as an empty sheet)", async () => {
      const run = await kamPlan(["check", file, "--format", "json"], dir);
      expect(JSON.parse(run.stdout)).toEqual([]);
    });

    it("summary lists it as unreadable, never as a plan with sales 0", async () => {
      const run = await kamPlan(["summary", file, "good.xlsx", "--format", "json"], dir);
      const json = JSON.parse(run.stdout) as {
        rows: { file: string; error: string | null; sales_plan_total?: number | null }[];
        totals: { unreadable: number };
      };
      const row = json.rows.find((r) => r.file === file);
      expect(row?.error).toMatch(new RegExp(`повреждён.*${part}`));
      expect(json.totals.unreadable).toBe(1);
      expect(run.code).toBe(2);
    });
  });

  it("writes no file and leaves no temporary file behind", async () => {
    const names = await readdir(dir);
    expect(names.filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});
