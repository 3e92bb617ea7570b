import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { BUILT_CLI, ensureBuiltCli } from "./testing/built-cli";

const run = promisify(execFile);
const ROOT = join(__dirname, "..", "..");
const BIN = BUILT_CLI.bin;

interface Exit {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function kamPlanProcess(args: readonly string[], cwd: string): Promise<Exit> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, LANG: "en_US.UTF-8" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

/** The real executable: bin/kam-plan.js running the CLI compiled into build/cli (built here when missing). */
describe("bin/kam-plan.js in a subprocess", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-bin-"));
    await ensureBuiltCli();
  }, 300_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("prints the package version", async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(await kamPlanProcess(["--version"], dir)).toEqual({
      code: 0,
      stdout: `${pkg.version}\n`,
      stderr: "",
    });
  });

  it("builds a template, then checks it with exit code 1 (an empty plan has errors)", async () => {
    const template = await kamPlanProcess(["template", "plan.xlsx", "--start", "2027-01"], dir);
    expect(template).toMatchObject({
      code: 0,
      stdout: "Written plan.xlsx: plan from 2027-01, period year, language ru\n",
    });
    const check = await kamPlanProcess(["check", "plan.xlsx", "--today", "2027-01-10"], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^plan\.xlsx:ActionPlan!B\d+: error REQUIRED_MISSING /m);
  }, 60_000);

  it("exits 2 with the reason for a file that is not an .xlsx", async () => {
    expect(await kamPlanProcess(["check", BIN], dir)).toEqual({
      code: 2,
      stdout: "0 errors, 0 warnings, 0 info (0 files checked)\n",
      stderr: `${BIN}: not an .xlsx file (not a ZIP archive)\n`,
    });
  });
});
