import { isMonth, type Month } from "../periods";
import type { CellValue } from "../values";

const SIMPLE_TEXT = /^[^\s]+(?: [^\s]+)*$/;
const SPECIAL_CHARS = /[ёЁ\u00a0\u2007\u202f]/;

/**
 * Text normalisation shared by header, list and key matching: trimmed,
 * inner whitespace (also no-break spaces) collapsed to one space, lower case,
 * and `ё` read as `е` (people type both).
 */
export function normalizeText(text: string): string {
  // Fast path (most headers, keys and list values): nothing to trim or collapse, no ё.
  if (SIMPLE_TEXT.test(text) && !SPECIAL_CHARS.test(text)) return text.toLowerCase();
  return text
    .replace(/[\s\u00a0\u2007\u202f]+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/ё/g, "е");
}

/** True for an empty cell: null, or a string of only whitespace. */
export function isEmptyCell(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** A cell's raw value as short text for a message: at most 60 characters. */
export function shortText(value: CellValue | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A `YYYY-MM` month header (month 01–12), trimmed; null when the header is not one. */
export function monthOfHeader(header: string): Month | null {
  const text = header.trim();
  // Four-digit years only: a header `12027-01` is not a month column.
  return text.length === 7 && isMonth(text) ? text : null;
}
