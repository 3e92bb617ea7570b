import type { CliCommand } from "../command";

/**
 * The `kam-plan` subcommands, in one list. Each name is a file in this folder
 * that exports `command: CliCommand`; a name whose file does not exist yet is
 * skipped, so the planned manager commands (summary, diff, import-actuals)
 * appear by adding their file alone.
 */
export const COMMAND_NAMES: readonly string[] = [
  "template",
  "check",
  "calc",
  "apply-config",
  "summary",
  "diff",
  "import-actuals",
];

function isCliCommand(value: unknown): value is CliCommand {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<CliCommand>;
  return (
    typeof candidate.name === "string" &&
    typeof candidate.run === "function" &&
    typeof candidate.usage === "string"
  );
}

function isMissingModule(error: unknown, name: string): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (
    code === "MODULE_NOT_FOUND" && error instanceof Error && error.message.includes(`./${name}`)
  );
}

/** Load one command by name, or null when it is not a known command or its file is not there. */
export function loadCommand(name: string): CliCommand | null {
  if (!COMMAND_NAMES.includes(name)) return null;
  let loaded: unknown;
  try {
    // A CommonJS require by a name from the list above (the CLI is built as CommonJS into build/cli).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = (require(`./${name}`) as { command?: unknown }).command;
  } catch (error) {
    if (isMissingModule(error, name)) return null;
    throw error;
  }
  if (!isCliCommand(loaded))
    throw new Error(`src/cli/commands/${name} does not export a CliCommand named "command"`);
  return loaded;
}

/** Every available command, in help order. */
export function loadCommands(): CliCommand[] {
  return COMMAND_NAMES.map(loadCommand)
    .filter((command): command is CliCommand => command !== null)
    .sort((a, b) => a.order - b.order);
}
