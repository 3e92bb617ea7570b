import type { Finding } from "../findings";
import { makeFinding } from "../text/messages";
import type { Bilingual, Lang } from "../values";

/**
 * The finding of a file that could not be read as a workbook (not an .xlsx,
 * damaged, password-protected, too large): `FILE_UNREADABLE`, an error with
 * the reader's reason, about no sheet or cell. Tools over many files
 * (`export`) list it beside the findings of the files they read, so that an
 * unreadable file is never a silent gap.
 */
export function unreadableFinding(reason: Bilingual, lang: Lang): Finding {
  return makeFinding("FILE_UNREADABLE", lang, {}, { reason });
}
