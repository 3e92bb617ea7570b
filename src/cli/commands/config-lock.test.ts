import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookFile } from "../../xlsx/read";
import { sheetLock } from "../../xlsx/read/read-workbook";
import { sheetPartXml } from "../../xlsx/write/testing/sheet-rows";
import { kamPlan } from "../testing/run";

/** The Config sheet's `<sheetProtection>` tag of a file ("" when it has none). */
async function protectionTag(file: string): Promise<string> {
  const xml = await sheetPartXml(await readFile(file), "Config");
  return /<sheetProtection\b[^>]*>/.exec(xml)?.[0] ?? "";
}

const hashOf = (tag: string) =>
  ["algorithmName", "hashValue", "saltValue", "spinCount"].map(
    (a) => new RegExp(`\\b${a}="([^"]*)"`).exec(tag)?.[1]
  );

// Template, then three restructurings of a whole workbook: seconds each on a loaded machine.
jest.setTimeout(120_000);

describe("a locked Config stays locked through the restructurings on the .xlsx path (spec §11)", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-config-lock-"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps the protection and the same password hash after apply-config (own or reference Config) and import-actuals", async () => {
    expect(
      (await kamPlan(["template", "locked.xlsx", "--lock-config", "--password", "s3cret"], dir))
        .code
    ).toBe(0);
    expect((await kamPlan(["template", "minimal.xlsx", "--preset", "minimal"], dir)).code).toBe(0);
    const made = await protectionTag(join(dir, "locked.xlsx"));
    expect(hashOf(made)[0]).toBe("SHA-512");
    expect(hashOf(made).every((v) => v !== undefined)).toBe(true);
    // The reader sees the lock with its hash (what a restructuring carries).
    const snapshot = await readWorkbookFile(join(dir, "locked.xlsx"));
    expect(snapshot.sheets.find((s) => s.name === "Config")?.lock?.passwordHash?.hashValue).toBe(
      hashOf(made)[1]
    );

    await writeFile(join(dir, "actuals.csv"), "item;month;amount\nМолоко;2027-01;1000\n");
    const steps = [
      ["apply-config", "locked.xlsx"],
      ["apply-config", "locked.xlsx", "--config", "minimal.xlsx"],
      ["import-actuals", "locked.xlsx", "actuals.csv"],
    ];
    for (const step of steps) {
      const run = await kamPlan(step, dir);
      // import-actuals exits 1 for its notes (an item not in the plan was added); it wrote the file.
      expect([step.join(" "), run.code < 2, run.stderr]).toEqual([step.join(" "), true, ""]);
      if (step[0] === "import-actuals") expect(run.stdout).toMatch(/Импортировано строк: 1 /);
      const tag = await protectionTag(join(dir, "locked.xlsx"));
      expect([step.join(" "), tag]).toEqual([step.join(" "), made]);
    }
    // The reference's settings were applied (minimal hides sections), under the same lock.
    const after = await readWorkbookFile(join(dir, "locked.xlsx"));
    const sections = after.tables.find((t) => t.name === "Sections");
    const hidden = sections?.headers.indexOf("hidden") ?? -1;
    expect(sections?.rows.some((r) => r[hidden] === true)).toBe(true);
  });

  it("keeps a lock without a password, and an unlocked Config stays unlocked", async () => {
    await kamPlan(["template", "nopass.xlsx", "--lock-config"], dir);
    await kamPlan(["template", "open.xlsx"], dir);
    for (const file of ["nopass.xlsx", "open.xlsx"])
      expect((await kamPlan(["apply-config", file], dir)).code).toBe(0);
    const nopass = await protectionTag(join(dir, "nopass.xlsx"));
    expect(nopass).toMatch(/\bsheet="1"/);
    expect(nopass).not.toMatch(/hashValue/);
    expect(await protectionTag(join(dir, "open.xlsx"))).toBe("");
  });
});

describe("sheetLock reads a sheet's <sheetProtection>", () => {
  it("is null without protection, the hash with one, null hash without a password", () => {
    expect(sheetLock("<worksheet><sheetData/></worksheet>")).toBeNull();
    expect(sheetLock('<worksheet><sheetData/><sheetProtection sheet="0"/></worksheet>')).toBeNull();
    expect(sheetLock('<worksheet><sheetData/><sheetProtection sheet="1"/></worksheet>')).toEqual({
      passwordHash: null,
    });
    expect(
      sheetLock(
        '<worksheet><sheetData><row r="1"/></sheetData><sheetProtection algorithmName="SHA-512" hashValue="aGFzaA==" saltValue="c2FsdA==" spinCount="100000" sheet="1"/></worksheet>'
      )
    ).toEqual({
      passwordHash: {
        algorithmName: "SHA-512",
        hashValue: "aGFzaA==",
        saltValue: "c2FsdA==",
        spinCount: 100000,
      },
    });
  });
});
