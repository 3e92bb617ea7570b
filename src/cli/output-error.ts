import { dirname } from "node:path";
import type { Bilingual, Lang } from "../domain/values";
import { cliText } from "../domain/text/cli";

/**
 * A file the CLI could not write (the outside world refusing: no folder, no
 * permission, no space, a read-only disk). Names the file as the user typed
 * it and says why in both languages; the CLI prints it without a stack trace
 * and exits 2. The old file, if any, is unchanged (write-atomic.ts).
 */
export class OutputError extends Error {
  /** The output as the user named it. */
  readonly file: string;
  /** The system error code (`ENOSPC`, `EACCES`, …). */
  readonly code: string;
  readonly reason: Bilingual;

  constructor(file: string, code: string, reason: Bilingual) {
    super(`${file}: ${reason.en}`);
    this.name = "OutputError";
    this.file = file;
    this.code = code;
    this.reason = reason;
  }

  /** `file: cannot write: reason` in the given language. */
  messageIn(lang: Lang): string {
    return lang === "ru"
      ? `${this.file}: не удалось записать: ${this.reason.ru}`
      : `${this.file}: cannot write: ${this.reason.en}`;
  }
}

/** True when `error` is an OutputError (also across module copies). */
export function isOutputError(error: unknown): error is OutputError {
  return (
    error instanceof OutputError ||
    (error instanceof Error && error.name === "OutputError" && "reason" in error)
  );
}

/** The reason for a system error code met while writing `shown` (a path as the user typed it). */
function reasonOf(code: string, shown: string): Bilingual {
  const folder = dirname(shown);
  switch (code) {
    case "ENOENT":
      return cliText("write_no_folder", { folder });
    case "ENOTDIR":
      return cliText("write_not_folder", { folder });
    case "EISDIR":
      return cliText("write_is_folder", { shown });
    case "EACCES":
    case "EPERM":
      return cliText("write_no_permission", { folder });
    case "ENOSPC":
    case "EDQUOT":
      return cliText("write_no_space");
    case "EROFS":
      return cliText("write_read_only");
    default:
      return cliText("write_error", { code });
  }
}

/** The OutputError for a failed file-system call while writing `shown`; errors without a system code are returned as they are (bugs). */
export function outputErrorOf(error: unknown, shown: string): unknown {
  if (isOutputError(error)) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return error;
  return new OutputError(shown, code, reasonOf(code, shown));
}
