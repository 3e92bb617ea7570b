import { main } from "../main";

/** What one in-process run of the CLI printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** 2027-01-10 12:00 local time: "today" for every CLI test unless a test says otherwise. */
export const TEST_NOW = new Date(2027, 0, 10, 12, 0, 0);

/** 2027-03-15 12:00 local time: "today" of the manager-tool tests (summary, diff, import-actuals) and their bench. */
export const MANAGER_TEST_NOW = new Date(2027, 2, 15, 12, 0, 0);

/** Run `kam-plan argv…` in-process in `cwd` with a fixed clock and environment (Russian by default). */
export async function kamPlan(
  argv: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>> = { LANG: "ru_RU.UTF-8" },
  now: Date = TEST_NOW
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
    cwd,
    now: () => now,
    version: "9.9.9-test",
  });
  return { code, stdout, stderr };
}

/** `kamPlan` on the manager tools' clock (`MANAGER_TEST_NOW`). */
export function runKamPlan(
  argv: readonly string[],
  cwd: string,
  env?: Readonly<Record<string, string>>
): Promise<CliRun> {
  return kamPlan(argv, cwd, env, MANAGER_TEST_NOW);
}
