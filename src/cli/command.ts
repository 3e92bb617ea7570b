import type { ParseArgsConfig } from "node:util";
import type { Bilingual } from "../domain/values";
import type { CliContext } from "./context";

/** Option definitions in node:util `parseArgs` form (`--help` is added for every command). */
export type CliOptions = NonNullable<ParseArgsConfig["options"]>;

/** What `parseArgs` gives a command: option values by name and the positionals. */
export interface CliArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * One `kam-plan` subcommand, in a file of its own under src/cli/commands/
 * that exports it as `command`. Adding a subcommand is adding such a file
 * and one line to the list in commands/registry.ts.
 */
export interface CliCommand {
  /** The word after `kam-plan` (`check`). */
  readonly name: string;
  /** Position in the general help. */
  readonly order: number;
  /** One line for the general help. */
  readonly summary: Bilingual;
  /** Synopsis, e.g. `kam-plan check FILE… [--format text|json]`. */
  readonly usage: string;
  /** Full help: what it does, each option, exit codes, an example. */
  readonly help: Bilingual;
  readonly options: CliOptions;
  /** Positional arguments accepted: at least `min`, at most `max` (Infinity for a list). */
  readonly positionals: { readonly min: number; readonly max: number; readonly name: Bilingual };
  /** Do the work; return the exit code (EXIT in context.ts). Throw CliUsageError for bad arguments, XlsxInputError for unreadable files. */
  run(args: CliArgs, context: CliContext): Promise<number>;
}
