import type { Bilingual, Lang } from "../../domain/values";
import { cliText } from "../../domain/text/cli";

/** Why a file cannot be read as a workbook; stable, for scripts and tests. */
export type XlsxInputErrorCode =
  | "unreadable"
  | "not_zip"
  | "not_xlsx"
  | "encrypted"
  | "too_large"
  | "too_many_entries"
  | "zip_bomb"
  | "corrupt"
  | "damaged";

/**
 * A file that is not a workbook we can read (the outside world failing, not a
 * user's mistake inside a plan): names the file and the reason in both
 * languages. The CLI turns it into exit code 2 and writes nothing.
 */
export class XlsxInputError extends Error {
  /** The file as the user named it. */
  readonly file: string;
  readonly code: XlsxInputErrorCode;
  readonly reason: Bilingual;

  constructor(file: string, code: XlsxInputErrorCode, reason: Bilingual) {
    super(`${file}: ${reason.en}`);
    this.name = "XlsxInputError";
    this.file = file;
    this.code = code;
    this.reason = reason;
  }

  /** `file: reason` in the given language. */
  messageIn(lang: Lang): string {
    return `${this.file}: ${this.reason[lang]}`;
  }
}

/** True when `error` is an XlsxInputError (also across module copies). */
export function isXlsxInputError(error: unknown): error is XlsxInputError {
  return (
    error instanceof XlsxInputError ||
    (error instanceof Error && error.name === "XlsxInputError" && "reason" in error)
  );
}

/**
 * A damaged package (spec §8): a part that is not well-formed XML, or a part
 * another part refers to that is not in the ZIP. Names the part; code `damaged`.
 */
export function damagedPart(
  file: string,
  part: string,
  problem: { readonly kind: "not_xml" } | { readonly kind: "missing"; readonly from: string }
): XlsxInputError {
  const reason =
    problem.kind === "not_xml"
      ? cliText("part_not_xml", { part })
      : cliText("part_missing", { part, from: problem.from });
  return new XlsxInputError(file, "damaged", reason);
}

/** Megabytes with one decimal, for messages. */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
