import type { CliCommand } from "../command";

/**
 * The `kam-plan` subcommands, in one list: the name and the module that
 * exports it as `command: CliCommand`. Each module path is a literal the
 * compiler resolves and types, so a misnamed command or a module without a
 * `command` fails to compile. The modules load on first use (the CLI is built
 * as CommonJS, so `import()` is a `require` when called): `check` does not pay
 * for exceljs, which the writing commands load (about 0.2 s at every start).
 */
const COMMANDS = {
  template: () => import("./template"),
  check: () => import("./check"),
  calc: () => import("./calc"),
  "apply-config": () => import("./apply-config"),
  summary: () => import("./summary"),
  export: () => import("./export"),
  diff: () => import("./diff"),
  "import-actuals": () => import("./import-actuals"),
  whatif: () => import("./whatif"),
} satisfies Readonly<Record<string, () => Promise<{ readonly command: CliCommand }>>>;

/** A subcommand's name. */
export type CommandName = keyof typeof COMMANDS;

/** Every subcommand's name, in the order of the list above. */
export const COMMAND_NAMES = Object.keys(COMMANDS) as readonly CommandName[];

function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name);
}

/** Load one command by name, or null when it is not a known command. */
export async function loadCommand(name: string): Promise<CliCommand | null> {
  if (!isCommandName(name)) return null;
  return (await COMMANDS[name]()).command;
}

/** Every command, in help order. */
export async function loadCommands(): Promise<CliCommand[]> {
  const commands = await Promise.all(COMMAND_NAMES.map((name) => COMMANDS[name]()));
  return commands.map((module) => module.command).sort((a, b) => a.order - b.order);
}
