import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectWorkbooks, globToRegExp } from "./summary-files";

describe("globToRegExp", () => {
  it("matches * within a name, ** across folders, case-insensitively", () => {
    expect(globToRegExp("*.xlsx").test("a.XLSX")).toBe(true);
    expect(globToRegExp("*.xlsx").test("north/a.xlsx")).toBe(false);
    expect(globToRegExp("**/*.xlsx").test("north/east/a.xlsx")).toBe(true);
    expect(globToRegExp("**/*.xlsx").test("a.xlsx")).toBe(true);
    expect(globToRegExp("plan-?.xlsx").test("plan-1.xlsx")).toBe(true);
  });
});

describe("collectWorkbooks", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-files-"));
    await mkdir(join(dir, "plans", "north"), { recursive: true });
    for (const f of [
      "plans/b.xlsx",
      "plans/a.xlsx",
      "plans/north/c.xlsx",
      "plans/~$a.xlsx",
      "plans/.hidden.xlsx",
      "plans/notes.txt",
    ])
      await writeFile(join(dir, f), "");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("walks a folder in name order, skipping lock and hidden files and other types, naming files relative to it", async () => {
    const fromFolder = { fromFolder: true };
    expect((await collectWorkbooks(["plans"], dir)).map((w) => w.shown)).toEqual([
      join("plans", "a.xlsx"),
      join("plans", "b.xlsx"),
      join("plans", "north", "c.xlsx"),
    ]);
    expect((await collectWorkbooks(["plans"], dir, fromFolder)).map((w) => w.shown)).toEqual([
      "a.xlsx",
      "b.xlsx",
      join("north", "c.xlsx"),
    ]);
    expect(
      (await collectWorkbooks([join(dir, "plans")], tmpdir(), fromFolder)).map((w) => w.shown)
    ).toEqual(["a.xlsx", "b.xlsx", join("north", "c.xlsx")]);
    expect(
      (await collectWorkbooks(["plans/**/*.xlsx"], dir, fromFolder)).map((w) => w.shown)
    ).toEqual(["a.xlsx", "b.xlsx", join("north", "c.xlsx")]);
  });

  it("names files relative to the working folder when several folders are given", async () => {
    expect(
      (await collectWorkbooks(["plans/north", "plans"], dir, { fromFolder: true })).map(
        (w) => w.shown
      )
    ).toEqual([join("plans", "north", "c.xlsx"), join("plans", "a.xlsx"), join("plans", "b.xlsx")]);
  });

  it("expands globs, keeps named files (even missing ones) and drops duplicates", async () => {
    const found = await collectWorkbooks(
      ["plans/*.xlsx", "plans/a.xlsx", "missing.xlsx", "plans/**/c.xlsx"],
      dir
    );
    expect(found.map((w) => w.shown)).toEqual([
      join("plans", "a.xlsx"),
      join("plans", "b.xlsx"),
      "missing.xlsx",
      join("plans", "north", "c.xlsx"),
    ]);
  });

  it("finds nothing in an empty folder", async () => {
    await mkdir(join(dir, "empty"));
    expect(await collectWorkbooks(["empty"], dir)).toEqual([]);
  });
});
