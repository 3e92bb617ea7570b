import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { PRESET_SECTIONS } from "../../domain/config/presets";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import { readWorkbookFile } from "../../xlsx/read";
import { sheetPart } from "../../xlsx/patch/testing/edit-package";
import { kamPlan } from "../testing/run";

const hiddenSections = (s: WorkbookSnapshot): string[] => {
  const sections = s.tables.find((t) => t.name === "Sections");
  const hidden = sections?.headers.indexOf("hidden") ?? -1;
  return (sections?.rows ?? []).filter((r) => r[hidden] === true).map((r) => String(r[0]));
};

async function configSheetXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(file));
  return (await zip.file(await sheetPart(zip, "Config"))?.async("string")) ?? "";
}

jest.setTimeout(60_000);

describe("kam-plan template --preset and --lock-config (spec §11)", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-preset-"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("minimal shows the plan header, team, sales plan and actuals and KPI; the rest is hidden, not deleted", async () => {
    expect((await kamPlan(["template", "min.xlsx", "--preset", "minimal"], dir)).code).toBe(0);
    const book = await readWorkbookFile(join(dir, "min.xlsx"));
    expect(hiddenSections(book).sort()).toEqual(
      [
        "Assortment",
        "DiscountTiers",
        "Activities",
        "Risks",
        "ClientProfile",
        "Environment",
        "History",
        "DecisionGroup",
        "Competitors",
      ].sort()
    );
    // Hidden sections stay in the workbook: tables and names exist, so un-hiding finds them.
    expect(book.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["Risks", "Competitors"])
    );
    expect(book.names.some((n) => n.name === "opportunity_1y")).toBe(true);
    const check = await kamPlan(["check", "min.xlsx", "--format", "json"], dir);
    const names = (JSON.parse(check.stdout) as { name: string | null; code: string }[]).map(
      (f) => f.name
    );
    expect(names).not.toContain("DecisionGroup");
    expect(names).not.toContain("opportunity_1y");
    expect(names).toContain("client_name");
  });

  it("standard hides only the environment and the history; full hides nothing", async () => {
    await kamPlan(["template", "std.xlsx", "--preset", "standard"], dir);
    await kamPlan(["template", "full.xlsx", "--preset", "full"], dir);
    expect(hiddenSections(await readWorkbookFile(join(dir, "std.xlsx"))).sort()).toEqual([
      "Environment",
      "History",
    ]);
    expect(hiddenSections(await readWorkbookFile(join(dir, "full.xlsx")))).toEqual([]);
    expect(PRESET_SECTIONS.full).toBe("all");
  });

  it("refuses an unknown preset", async () => {
    const run = await kamPlan(["template", "x.xlsx", "--preset", "tiny"], dir);
    expect(run.code).toBe(2);
  });

  it("--lock-config protects the Config sheet with Excel's password hash, never the password itself", async () => {
    const run = await kamPlan(
      ["template", "locked.xlsx", "--lock-config", "--password", "s3cret-Пароль"],
      dir
    );
    expect(run.code).toBe(0);
    const xml = await configSheetXml(join(dir, "locked.xlsx"));
    expect(xml).toMatch(/<sheetProtection[^>]*algorithmName="SHA-512"[^>]*hashValue="[^"]+"/);
    expect(xml).not.toContain("s3cret");
    const zip = await JSZip.loadAsync(await readFile(join(dir, "locked.xlsx")));
    const all = await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map((f) => f.async("string"))
    );
    expect(all.some((text) => text.includes("s3cret"))).toBe(false);

    await kamPlan(["template", "nopass.xlsx", "--lock-config"], dir);
    const plain = await configSheetXml(join(dir, "nopass.xlsx"));
    expect(plain).toMatch(/<sheetProtection[^>]*sheet="1"/);
    expect(plain).not.toMatch(/hashValue/);
    const open = await configSheetXml(join(dir, "full.xlsx"));
    expect(open).not.toMatch(/<sheetProtection/);
  });

  it("refuses --password without --lock-config", async () => {
    const run = await kamPlan(["template", "y.xlsx", "--password", "p"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--password задаётся вместе с --lock-config/);
  });
});
