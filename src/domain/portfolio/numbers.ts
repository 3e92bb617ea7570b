/**
 * Amounts as ERP / 1C exports and people write them: Russian `1 234,56`
 * (spaces, NBSP or narrow NBSP between thousands, comma decimal) and English
 * `1,234.56`; a minus sign, a Unicode minus or accounting parentheses for
 * negatives; a trailing currency (`₽`, `руб.`, `р.`, `RUB`, `$`, `€`).
 */

/** Which character separates the decimals in a column; `null` when the column never shows it unambiguously. */
export type DecimalSeparator = "," | ".";

const SPACES = /[\s\u00a0\u202f\u2007\u2009']/g;
const CURRENCY = /(₽|руб\.?|р\.|rub|usd|eur|\$|€)$/i;

/** The text with sign, spaces and currency taken off, or null when it is not number-shaped at all. */
function strip(text: string): { negative: boolean; body: string } | null {
  let body = text.trim().replace(CURRENCY, "").trim();
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1);
  }
  body = body.replace(SPACES, "");
  if (/^[-\u2212]/.test(body)) {
    negative = !negative;
    body = body.slice(1);
  }
  if (!/^[0-9.,]+$/.test(body) || !/[0-9]/.test(body)) return null;
  return { negative, body };
}

/**
 * The decimal separator a value shows without doubt: `12,5` or `1 234,56` say `,`;
 * `1,234.56` or `0.5` say `.`; `1,234` or `1234` say nothing.
 */
export function decimalSeparatorOf(text: string): DecimalSeparator | null {
  const s = strip(text);
  if (!s) return null;
  const lastComma = s.body.lastIndexOf(",");
  const lastDot = s.body.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? "," : ".";
  const sep = lastComma >= 0 ? "," : lastDot >= 0 ? "." : null;
  if (sep === null) return null;
  const parts = s.body.split(sep);
  if (parts.length > 2) return null;
  const decimals = parts[1] ?? "";
  return decimals.length === 3 ? null : sep;
}

/** The separator most values of a column show unambiguously (ties and none → `fallback`). */
export function detectDecimalSeparator(
  texts: readonly string[],
  fallback: DecimalSeparator
): DecimalSeparator {
  let commas = 0;
  let dots = 0;
  for (const text of texts) {
    const sep = decimalSeparatorOf(text);
    if (sep === ",") commas += 1;
    else if (sep === ".") dots += 1;
  }
  if (commas === dots) return fallback;
  return commas > dots ? "," : ".";
}

function groupsValid(integer: string, group: string): boolean {
  if (!integer.includes(group)) return true;
  return new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(integer);
}

/**
 * Parse an amount written as text. `decimal` settles `1,234` and `1.234`
 * (which could be either); values that show their separator unambiguously
 * are read as they show it. Returns null when the text is not a number.
 */
export function parseAmountText(text: string, decimal: DecimalSeparator): number | null {
  const s = strip(text);
  if (!s) return null;
  const lastComma = s.body.lastIndexOf(",");
  const lastDot = s.body.lastIndexOf(".");
  let sep: DecimalSeparator | null;
  if (lastComma >= 0 && lastDot >= 0) sep = lastComma > lastDot ? "," : ".";
  else {
    const only = lastComma >= 0 ? "," : lastDot >= 0 ? "." : null;
    if (only === null) sep = null;
    else {
      const count = s.body.split(only).length - 1;
      const decimals = s.body.length - s.body.lastIndexOf(only) - 1;
      // Several of the same mark are thousands; one mark with three digits after follows the column's habit.
      sep = count > 1 ? null : decimals === 3 ? (only === decimal ? only : null) : only;
    }
  }
  const group = sep === "," ? "." : sep === "." ? "," : lastComma >= 0 ? "," : ".";
  const cut = sep === null ? s.body.length : s.body.lastIndexOf(sep);
  const integer = s.body.slice(0, cut);
  const fraction = sep === null ? "" : s.body.slice(cut + 1);
  if (!groupsValid(integer, group) || fraction.includes(",") || fraction.includes(".")) return null;
  const digits = integer.split(group).join("");
  if (digits === "" && fraction === "") return null;
  const value = Number(`${digits === "" ? "0" : digits}.${fraction === "" ? "0" : fraction}`);
  if (!Number.isFinite(value)) return null;
  return s.negative ? -value : value;
}
