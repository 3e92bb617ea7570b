import { resolve } from "node:path";
import type { Lang } from "../domain/values";
import { isXlsxInputError } from "../xlsx/guard/input-error";
import { loadCommand, loadCommands } from "./commands/registry";
import { CliUsageError, EXIT, languageFromEnv, type CliContext, type CliIo } from "./context";
import { localIsoDate } from "./dates";
import { commandHelp, generalHelp } from "./help";
import { parseCommandArgs } from "./parse";
import { isOutputError } from "./output-error";
import { packageVersion } from "./version";

/** `--lang ru|en` anywhere on the command line (the CLI's own texts follow it), else null. */
function languageFlag(argv: readonly string[]): Lang | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const value =
      arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === "ru" || value === "en") return value;
  }
  return null;
}

function contextFor(io: CliIo, lang: Lang): CliContext {
  return {
    io,
    lang,
    today: localIsoDate(io.now()),
    resolve: (path) => resolve(io.cwd, path),
    out: (text) => io.stdout(`${text}\n`),
    err: (text) => io.stderr(`${text}\n`),
    t: (text) => text[lang],
  };
}

/**
 * The `kam-plan` command line, in-process: parse `argv` (without `node` and
 * the script), run the subcommand, return the exit code (EXIT: 0 no errors,
 * 1 errors in a plan, 2 unreadable file or wrong arguments, 3 a bug). Never
 * calls process.exit and never throws; all output goes through `io`.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const context = contextFor(io, languageFlag(argv) ?? languageFromEnv(io.env));
  const { lang, out, err } = context;
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      err(generalHelp(await loadCommands(), lang));
      return EXIT.input;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      const topic = first === "help" && rest[0] !== undefined ? await loadCommand(rest[0]) : null;
      out(topic ? commandHelp(topic, lang) : generalHelp(await loadCommands(), lang));
      return EXIT.ok;
    }
    if (first === "--version" || first === "-v" || first === "-V") {
      out(io.version ?? packageVersion());
      return EXIT.ok;
    }
    const command = await loadCommand(first);
    if (!command) {
      const names = (await loadCommands()).map((c) => c.name).join(", ");
      err(
        lang === "ru"
          ? `kam-plan: неизвестная команда «${first}»; команды: ${names}`
          : `kam-plan: unknown command "${first}"; commands: ${names}`
      );
      return EXIT.input;
    }
    try {
      const args = parseCommandArgs(command, rest);
      if (args.help) {
        out(commandHelp(command, lang));
        return EXIT.ok;
      }
      return await command.run(args, context);
    } catch (error) {
      if (error instanceof CliUsageError) {
        err(`kam-plan ${command.name}: ${error.text[lang]}`);
        err(
          lang === "ru"
            ? `Справка: kam-plan ${command.name} --help`
            : `See: kam-plan ${command.name} --help`
        );
        return EXIT.input;
      }
      throw error;
    }
  } catch (error) {
    if (isXlsxInputError(error)) {
      err(error.messageIn(lang));
      return EXIT.input;
    }
    if (isOutputError(error)) {
      err(`kam-plan: ${error.messageIn(lang)}`);
      return EXIT.input;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    err(
      lang === "ru"
        ? `kam-plan: внутренняя ошибка (сообщите разработчикам):\n${detail}`
        : `kam-plan: internal error (please report it):\n${detail}`
    );
    return EXIT.internal;
  }
}

/** The streams and folder runCli uses; the process's own by default (tests pass their own). */
export interface CliStreams {
  readonly stdout?: NodeJS.WritableStream;
  readonly stderr?: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly cwd?: string;
}

/**
 * A writer to `stream` that goes quiet once the reader has gone away
 * (`kam-plan check … | head -1`: EPIPE): the rest of the output is dropped and
 * the command finishes normally, with no stack trace (spec §8). Other stream
 * errors are dropped the same way: there is nobody left to tell.
 */
function quietWhenClosed(stream: NodeJS.WritableStream): (text: string) => void {
  let closed = false;
  stream.on("error", () => {
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

/** The process edge: run main with the real streams, environment and clock, set and return the exit code. */
export async function runCli(
  argv: readonly string[] = process.argv.slice(2),
  streams: CliStreams = {}
): Promise<number> {
  const stdout = streams.stdout ?? process.stdout;
  const stderr = streams.stderr ?? process.stderr;
  const code = await main(argv, {
    stdout: quietWhenClosed(stdout),
    stderr: quietWhenClosed(stderr),
    env: process.env,
    cwd: streams.cwd ?? process.cwd(),
    now: () => new Date(),
    stderrIsTTY: stderr.isTTY === true,
  });
  process.exitCode = code;
  return code;
}
