import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { completePlanValues, workbookWith } from "./testing/plans";
import { kamPlan } from "./testing/run";

jest.setTimeout(60_000);

/** Mount a file system at `at` (root only); false when this machine does not let us. */
function tryMount(args: readonly string[]): boolean {
  try {
    execFileSync("mount", [...args], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function unmount(at: string): void {
  try {
    execFileSync("umount", [at], { stdio: "ignore" });
  } catch {
    // not mounted
  }
}

/**
 * Issue #11, case 7 (spec §8): an output folder that does not exist, a full
 * disk, a read-only file system: exit 2 with a clear message in the CLI's
 * language, no stack trace, the old file intact, no temporary file left.
 * The full disk is a 64 KiB tmpfs and the read-only one a read-only tmpfs when
 * this machine lets us mount (as root); write-atomic.test.ts injects the same
 * errors at the file-system boundary everywhere.
 */
describe("writing where it cannot be written", () => {
  let dir: string;
  let plan: Buffer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-write-errors-"));
    plan = await workbookWith(completePlanValues());
    await writeFile(join(dir, "plan.xlsx"), plan);
  }, 60_000);

  afterAll(async () => {
    unmount(join(dir, "full"));
    unmount(join(dir, "ro"));
    await rm(dir, { recursive: true, force: true });
  });

  function expectClean(run: { code: number; stderr: string }): void {
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/внутренняя ошибка|internal error|\n\s+at |Error:/);
  }

  it("a missing output folder: exit 2 naming the folder", async () => {
    const ru = await kamPlan(["template", "missing/plan.xlsx"], dir);
    expectClean(ru);
    expect(ru.stderr).toMatch(/missing\/plan\.xlsx.*папки .*missing.* нет/);
    const en = await kamPlan(["summary", "plan.xlsx", "-o", "missing/s.xlsx"], dir, {
      LANG: "en_US.UTF-8",
    });
    expectClean(en);
    expect(en.stderr).toMatch(/missing\/s\.xlsx.*folder .*missing.* does not exist/);
  });

  it("an output path through a file that is not a folder: exit 2", async () => {
    const run = await kamPlan(["template", "plan.xlsx/inner.xlsx"], dir);
    expectClean(run);
    expect(run.stderr).toMatch(/plan\.xlsx\/inner\.xlsx/);
  });

  it("a full disk (ENOSPC): exit 2, the old file intact, no temporary file left", async () => {
    const full = join(dir, "full");
    await mkdir(full);
    if (tryMount(["-t", "tmpfs", "-o", "size=64k", "tmpfs", full])) {
      await writeFile(join(full, "plan.xlsx"), "small old file");
      await writeFile(join(full, "filler.bin"), Buffer.alloc(40 * 1024));
      const ru = await kamPlan(["template", "full/new.xlsx"], dir);
      expectClean(ru);
      expect(ru.stderr).toMatch(/full\/new\.xlsx.*нет места на диске/);
      const en = await kamPlan(
        ["apply-config", "plan.xlsx", "-o", "full/plan.xlsx", "--force"],
        dir,
        { LANG: "en_US.UTF-8" }
      );
      expectClean(en);
      expect(en.stderr).toMatch(/full\/plan\.xlsx.*no space left/);
      expect(await readFile(join(full, "plan.xlsx"), "utf8")).toBe("small old file");
      expect((await readdir(full)).sort()).toEqual(["filler.bin", "plan.xlsx"]);
    } else {
      // Cannot mount here: the same refusal is injected at the fs boundary in write-atomic.test.ts.
      expect(process.getuid?.()).not.toBe(0);
    }
  });

  it("a read-only file system (EROFS): exit 2, the file intact", async () => {
    const ro = join(dir, "ro");
    await mkdir(ro);
    if (tryMount(["-t", "tmpfs", "-o", "size=1m", "tmpfs", ro])) {
      await writeFile(join(ro, "plan.xlsx"), plan);
      execFileSync("mount", ["-o", "remount,ro", ro]);
      const ru = await kamPlan(["apply-config", "ro/plan.xlsx"], dir);
      expectClean(ru);
      expect(ru.stderr).toMatch(/ro\/plan\.xlsx.*только для чтения/);
      const en = await kamPlan(["apply-config", "ro/plan.xlsx"], dir, { LANG: "en_US.UTF-8" });
      expect(en.stderr).toMatch(/ro\/plan\.xlsx.*read-only/);
      expect((await readFile(join(ro, "plan.xlsx"))).equals(plan)).toBe(true);
    } else {
      expect(process.getuid?.()).not.toBe(0);
    }
  });
});
