import type { Bilingual, Lang } from "../../domain/values";

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

/** What to do about a damaged part, in both languages. */
const REPAIR = {
  ru: "Откройте файл в Excel и сохраните заново (Excel предложит восстановить содержимое) или возьмите резервную копию; файл не изменён",
  en: "Open it in Excel and save it again (Excel offers to recover the content), or use a backup copy; the file is unchanged",
} as const;

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
      ? {
          ru: `файл повреждён: часть ${part} — не правильный XML (обрезана или испорчена). ${REPAIR.ru}`,
          en: `the file is damaged: part ${part} is not well-formed XML (cut short or corrupted). ${REPAIR.en}`,
        }
      : {
          ru: `файл повреждён: части ${part} нет в архиве, хотя ${problem.from} на неё ссылается. ${REPAIR.ru}`,
          en: `the file is damaged: part ${part} is missing from the archive, though ${problem.from} refers to it. ${REPAIR.en}`,
        };
  return new XlsxInputError(file, "damaged", reason);
}

/** Megabytes with one decimal, for messages. */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
