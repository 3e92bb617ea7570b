import { dirname } from "node:path";
import type { Bilingual, Lang } from "../domain/values";

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
      return { ru: `папки ${folder} нет`, en: `the folder ${folder} does not exist` };
    case "ENOTDIR":
      return { ru: `${folder} — не папка`, en: `${folder} is not a folder` };
    case "EISDIR":
      return { ru: `${shown} — это папка`, en: `${shown} is a folder` };
    case "EACCES":
    case "EPERM":
      return {
        ru: `нет прав на запись в папку ${folder} или в файл`,
        en: `no permission to write to the folder ${folder} or the file`,
      };
    case "ENOSPC":
    case "EDQUOT":
      return {
        ru: "нет места на диске (или исчерпана квота); освободите место и повторите — прежний файл не изменён",
        en: "no space left on the disk (or the quota is used up); free some space and try again — the old file is unchanged",
      };
    case "EROFS":
      return {
        ru: "файловая система только для чтения; запишите результат в другую папку (-o)",
        en: "the file system is read-only; write the result to another folder (-o)",
      };
    default:
      return {
        ru: `ошибка записи ${code}; прежний файл не изменён`,
        en: `write error ${code}; the old file is unchanged`,
      };
  }
}

/** The OutputError for a failed file-system call while writing `shown`; errors without a system code are returned as they are (bugs). */
export function outputErrorOf(error: unknown, shown: string): unknown {
  if (isOutputError(error)) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return error;
  return new OutputError(shown, code, reasonOf(code, shown));
}
