import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { writePlanFile } from "../../portfolio/testing/workbooks";
import { runJobs, threadCount } from "./pool";
import { BUILT_CLI, ensureBuiltCli } from "../testing/built-cli";

const run = promisify(execFile);

jest.setTimeout(300_000);

describe("the file pool", () => {
  it("runs in-process under ts-jest (no compiled worker beside the source) and with KAM_PLAN_THREADS=1", () => {
    expect(threadCount(1000, {})).toBe(1);
    expect(threadCount(1000, { KAM_PLAN_THREADS: "1" })).toBe(1);
  });

  it("hands results back in input order, one file read ahead", async () => {
    const started: number[] = [];
    const seen: [number, string][] = [];
    await runJobs(
      "check",
      [1, 2, 3].map((n) => ({ path: `/${n}`, shown: `${n}`, today: "2027-01-10", lang: null })),
      1,
      async (input) => {
        started.push(Number(input.shown));
        await new Promise((resolve) => setTimeout(resolve, 10 * (4 - Number(input.shown))));
        return { kind: "checked", findings: [] };
      },
      (input, _output, index) => seen.push([index, input.shown])
    );
    expect(seen).toEqual([
      [0, "1"],
      [1, "2"],
      [2, "3"],
    ]);
    expect(started).toEqual([1, 2, 3]);
  });

  it("writes the same export on two worker threads as in one thread (the compiled CLI)", async () => {
    await ensureBuiltCli();
    const dir = await mkdtemp(join(tmpdir(), "kam-pool-"));
    try {
      await mkdir(join(dir, "plans"));
      await writePlanFile(join(dir, "plans", "p00.xlsx"), { client: "ООО Первый" });
      for (let i = 1; i < 20; i++)
        await copyFile(
          join(dir, "plans", "p00.xlsx"),
          join(dir, "plans", `p${String(i).padStart(2, "0")}.xlsx`)
        );
      const exportWith = async (threads: string, out: string): Promise<void> => {
        await run(
          process.execPath,
          [BUILT_CLI.bin, "export", "plans", "-o", out, "--today", "2027-03-15"],
          {
            cwd: dir,
            env: { ...process.env, KAM_PLAN_THREADS: threads },
          }
        );
      };
      await exportWith("1", "one");
      await exportWith("2", "two");
      for (const name of ["plans.csv", "sales.csv", "findings.csv", "manifest.json"])
        expect(await readFile(join(dir, "two", name), "utf8")).toBe(
          await readFile(join(dir, "one", name), "utf8")
        );
      expect((await readFile(join(dir, "two", "plans.csv"), "utf8")).split("\r\n")).toHaveLength(
        22 // header, 20 plans, the empty string after the last CRLF
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
