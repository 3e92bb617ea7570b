import { cliText } from "../domain/text/cli";
import { parseArgs } from "node:util";
import type { Lang } from "../domain/values";
import type { CliArgs, CliCommand } from "./command";
import { CliUsageError } from "./context";

/** Options every command accepts: `--help` and `--lang ru|en` (the CLI's texts; for a template, also the workbook's). */
const COMMON_OPTIONS = { help: { type: "boolean", short: "h" }, lang: { type: "string" } } as const;

function quoted(message: string): string {
  return /'([^']+)'/.exec(message)?.[1] ?? message;
}

/** Parse a command's arguments with node:util parseArgs (strict); wrong options become CliUsageError in both languages. */
export function parseCommandArgs(
  command: CliCommand,
  args: readonly string[]
): CliArgs & { readonly help: boolean } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = quoted(message);
      throw new CliUsageError(cliText("option_unknown", { option }));
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const option = /(--[\w-]+)/.exec(message)?.[1] ?? quoted(message);
      throw new CliUsageError(cliText("option_value", { option }));
    }
    throw new CliUsageError(cliText("arguments_wrong", { message }));
  }
  const { help, ...values } = parsed.values;
  const positionals = parsed.positionals;
  if (help !== true) {
    const { min, max, name } = command.positionals;
    if (positionals.length < min) {
      throw new CliUsageError(cliText("argument_missing", { name }));
    }
    if (positionals.length > max) {
      const extra = positionals.slice(max).join(" ");
      throw new CliUsageError(cliText("arguments_extra", { extra }));
    }
  }
  return { values, positionals, help: help === true };
}

/** The value of a string option, or undefined; a repeated option keeps its last value. */
export function stringOption(args: CliArgs, name: string): string | undefined {
  const value = args.values[name];
  if (Array.isArray(value)) {
    const last = value[value.length - 1];
    return typeof last === "string" ? last : undefined;
  }
  return typeof value === "string" ? value : undefined;
}

/** A string option restricted to a set of choices (case-insensitive), or the default; CliUsageError otherwise. */
export function choiceOption<T extends string>(
  args: CliArgs,
  name: string,
  choices: readonly T[],
  fallback: T
): T {
  const value = stringOption(args, name);
  if (value === undefined) return fallback;
  const found = choices.find((choice) => choice === value.trim().toLowerCase());
  if (found === undefined) {
    const allowed = choices.join("|");
    throw new CliUsageError(cliText("choice_invalid", { name, allowed, value }));
  }
  return found;
}

/**
 * The language given with `--lang ru|en`, or undefined when the flag is absent (the workbook's own language
 * then applies to what comes from the workbook). CliUsageError for another value.
 */
export function langOption(args: CliArgs): Lang | undefined {
  return stringOption(args, "lang") === undefined
    ? undefined
    : choiceOption<Lang>(args, "lang", ["ru", "en"], "ru");
}
