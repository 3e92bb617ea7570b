import { main } from "../../cli/main";

/** Output of one in-process `kam-plan` run. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `kam-plan ARGV…` in-process in `cwd` with a fixed clock (2027-03-15) and Russian LANG. */
export async function runKamPlan(
  argv: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>> = { LANG: "ru_RU.UTF-8" }
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    cwd,
    now: () => new Date(2027, 2, 15, 12, 0, 0),
    version: "0.0.0-test",
  });
  return { code, stdout, stderr };
}
