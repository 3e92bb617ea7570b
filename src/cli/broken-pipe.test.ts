import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { runCli } from "./main";
import { workbookWith } from "./testing/plans";

jest.setTimeout(60_000);

const ROOT = join(__dirname, "..", "..");

/** A stdout whose reader went away: every write fails with EPIPE, as after `| head -1`. */
function closedPipe(): Writable & { readonly attempts: number } {
  let attempts = 0;
  const stream = new Writable({
    write(_chunk, _encoding, callback) {
      attempts += 1;
      callback(Object.assign(new Error("write EPIPE"), { code: "EPIPE", syscall: "write" }));
    },
  });
  return Object.defineProperty(stream, "attempts", { get: () => attempts }) as Writable & {
    readonly attempts: number;
  };
}

/** Issue #11, case 7: `kam-plan check … | head -1` ends quietly, no EPIPE stack trace (empty templates: many findings each). */
describe("a broken pipe on standard output", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-epipe-"));
    const plan = await workbookWith({ form: {}, tables: {}, archive: [] });
    for (let i = 0; i < 40; i++) await writeFile(join(dir, `plan${i}.xlsx`), plan);
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("runCli stops writing to a closed stdout and returns the command's exit code", async () => {
    const stdout = closedPipe();
    let stderr = "";
    const errors = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        stderr += chunk.toString();
        callback();
      },
    });
    const before = process.exitCode;
    const code = await runCli(["check", "plan0.xlsx", "plan1.xlsx", "--today", "2027-01-10"], {
      stdout,
      stderr: errors,
      cwd: dir,
    }).finally(() => {
      process.exitCode = before;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(stdout.attempts).toBe(1);
  });

  it("kam-plan check … | head -1 prints one line and exits without a stack trace", async () => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
        "-e",
        `require(${JSON.stringify(join(ROOT, "src", "cli", "main.ts"))}).runCli(process.argv.slice(1))`,
        "check",
        ...Array.from({ length: 40 }, (_, i) => `plan${i}.xlsx`),
        "--today",
        "2027-01-10",
      ],
      { cwd: dir, env: { ...process.env, LANG: "en_US.UTF-8" }, stdio: ["ignore", "pipe", "pipe"] }
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const first = await new Promise<string>((resolve) => {
      child.stdout.once("data", (chunk: Buffer) => {
        child.stdout.destroy();
        resolve(chunk.toString().split("\n")[0] ?? "");
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(first).toMatch(/^plan0\.xlsx:/);
    expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect([0, 1]).toContain(code);
  }, 60_000);
});
