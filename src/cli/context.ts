import type { Bilingual, Lang } from "../domain/values";

/**
 * Everything the CLI takes from the outside world, injected so the whole CLI
 * runs in-process in tests: output streams, environment, working folder and
 * the clock ("today" is read here, at the edge, and nowhere else).
 */
export interface CliIo {
  /** Write to standard output (the caller adds newlines). */
  readonly stdout: (text: string) => void;
  /** Write to standard error. */
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Folder relative paths are resolved against. */
  readonly cwd: string;
  /** The current moment; only its local calendar date is used. */
  readonly now: () => Date;
  /** Version to print for `--version`; default: the package's. */
  readonly version?: string;
  /** True when standard error is a terminal (progress bars are drawn only then). */
  readonly stderrIsTTY?: boolean;
}

/** Exit codes: 0 no errors, 1 the plan has errors (or apply-config refused a broken Config), 2 unreadable file or bad arguments, 3 a bug. */
export const EXIT = { ok: 0, findings: 1, input: 2, internal: 3 } as const;

/** What a command gets besides its parsed arguments. */
export interface CliContext {
  readonly io: CliIo;
  /** Language of the CLI's own texts (help, counts, errors): `--lang`, else LANG, else ru. */
  readonly lang: Lang;
  /** Today as `YYYY-MM-DD` in local time (from io.now). */
  readonly today: string;
  /** An absolute path for a path the user typed. */
  readonly resolve: (path: string) => string;
  /** Write a line in the CLI language to stdout / stderr. */
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Pick the CLI-language text of a bilingual one. */
  readonly t: (text: Bilingual) => string;
}

/** The CLI's language from the LANG / LC_ALL / LC_MESSAGES environment: English when it starts with `en`, else Russian. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en/i.test(locale) ? "en" : "ru";
}

/** A wrong command line: printed with a pointer to `--help`, exit code 2. */
export class CliUsageError extends Error {
  readonly text: Bilingual;
  constructor(text: Bilingual) {
    super(text.en);
    this.name = "CliUsageError";
    this.text = text;
  }
}
