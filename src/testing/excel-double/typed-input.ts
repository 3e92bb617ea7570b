import { daysInYearMonth, serialOfDate } from "../../domain/periods";

/**
 * What Excel makes of text typed into a cell — or set through `Range.values`, which Excel treats as typed
 * input (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values) — when
 * the cell is not formatted as Text: numbers with group separators, percents, currency, accounting
 * negatives in parentheses, exponents, fractions, times, dates and booleans become values ("Stop
 * automatically changing numbers to dates": "Excel is preprogrammed to make it easier to enter dates …
 * format the cells as text before you enter, or type an apostrophe",
 * https://support.microsoft.com/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8).
 * Which texts convert depends on the regional settings: the double models en-US (the default) and
 * ru-RU. Leading and trailing spaces are ignored, as Excel ignores them.
 */
export type DoubleLocale = "en-US" | "ru-RU";

/** A converted entry: its value and the number format Excel gives the cell (null: unchanged). */
export interface TypedValue {
  readonly value: number | boolean;
  readonly numberFormat: string | null;
}

const MONTHS: Readonly<Record<DoubleLocale, readonly string[]>> = {
  "en-US": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
  "ru-RU": ["янв", "фев", "мар", "апр", "мая|май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
};

/** The month (1–12) of a month name or its abbreviation (`Mar`, `March`, `мар.`, `марта`), else null. */
function monthOfName(word: string, locale: DoubleLocale): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  const i = MONTHS[locale].findIndex((stems) => stems.split("|").some((s) => w.startsWith(s)));
  return i < 0 ? null : i + 1;
}

function fullYear(y: number, digits: number): number {
  if (digits > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

function date(year: number, month: number, day: number): TypedValue | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInYearMonth(year, month)) return null;
  return { value: serialOfDate(year, month, day), numberFormat: "m/d/yyyy" };
}

/** A number in the locale's notation (group separators, decimal mark, exponent), else null. */
function plainNumber(text: string, locale: DoubleLocale): number | null {
  const [group, decimal] = locale === "en-US" ? [",", "."] : ["[ \u00a0]", ","];
  const re = new RegExp(
    `^(\\d{1,3}(${group}\\d{3})+|\\d+)?(${decimal === "." ? "\\." : ","}\\d*)?([eE][+-]?\\d+)?$`
  );
  const m = re.exec(text);
  if (!m || !/\d/.test(m[1] ?? m[3] ?? "")) return null;
  const normal = text
    .replace(new RegExp(group, "g"), "")
    .replace(decimal === "." ? /\./ : /,/, ".");
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

function number(text: string, locale: DoubleLocale): TypedValue | null {
  let t = text;
  let sign = 1;
  let format: string | null = null;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    sign = -1;
    t = paren[1] ?? "";
  }
  const signed = /^([+-])(.*)$/.exec(t);
  if (signed) {
    if (signed[1] === "-") sign = -sign;
    t = signed[2] ?? "";
  }
  const currency = locale === "en-US" ? /^\$\s?|\s?\$$/ : /\s?(₽|р\.|руб\.?)$/;
  if (currency.test(t)) {
    t = t.replace(currency, "");
    format = locale === "en-US" ? "$#,##0.00" : "#,##0.00 ₽";
  }
  let scale = 1;
  if (t.endsWith("%")) {
    t = t.slice(0, -1).trimEnd();
    scale = 0.01;
    format = "0%";
  }
  const n = plainNumber(t, locale);
  if (n === null) {
    // A mixed fraction: `1 1/2` (a bare `1/2` is a date).
    const f = /^(\d+) (\d+)\/(\d+)$/.exec(t);
    if (!f || Number(f[3]) === 0) return null;
    return {
      value: sign * (Number(f[1]) + Number(f[2]) / Number(f[3])),
      numberFormat: "# ?/?",
    };
  }
  return { value: sign * n * scale, numberFormat: format };
}

function time(text: string): TypedValue | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?$/i.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const s = Number(m[3] ?? 0);
  const half = m[4]?.toLowerCase();
  if (half) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (half === "p" ? 12 : 0);
  }
  if (min > 59 || s > 59) return null;
  return { value: (h * 3600 + min * 60 + s) / 86400, numberFormat: "h:mm" };
}

function numericDate(text: string, locale: DoubleLocale, thisYear: number): TypedValue | null {
  const iso = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(text);
  if (iso) return date(Number(iso[1]), Number(iso[2]), Number(iso[3] ?? 1));
  const sep = locale === "en-US" ? "[/-]" : "[./-]";
  const m = new RegExp(`^(\\d{1,2})${sep}(\\d{1,2})(?:${sep}(\\d{2}|\\d{4}))?$`).exec(text);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const year = m[3] ? fullYear(Number(m[3]), m[3].length) : thisYear;
  // en-US reads month first, ru-RU day first.
  return locale === "en-US" ? date(year, a, b) : date(year, b, a);
}

function namedDate(text: string, locale: DoubleLocale, thisYear: number): TypedValue | null {
  const parts = text.split(/[\s,./-]+/).filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return null;
  const at = parts.findIndex((p) => monthOfName(p, locale) !== null);
  if (at < 0) return null;
  const month = monthOfName(parts[at] ?? "", locale) ?? 0;
  const nums = parts.filter((_, i) => i !== at);
  if (!nums.every((n) => /^\d{1,4}$/.test(n))) return null;
  const [first = "", second] = nums;
  if (second !== undefined)
    return date(fullYear(Number(second), second.length), month, Number(first));
  // One number: a day (`5 Mar`, `Mar 5`) when it can be one, else a year (`Mar 2027`, `Mar-27`).
  if (at === 0 && first.length <= 2 && Number(first) > 31)
    return date(fullYear(Number(first), 2), month, 1);
  return first.length <= 2 && Number(first) <= 31
    ? date(thisYear, month, Number(first))
    : date(fullYear(Number(first), first.length), month, 1);
}

/**
 * The value Excel stores for `raw` typed into a General cell, or null when it stays text. `thisYear`
 * completes dates typed without a year (`1/2` is January 2 of the current year in en-US).
 */
export function typedValue(
  raw: string,
  locale: DoubleLocale = "en-US",
  thisYear = new Date().getFullYear()
): TypedValue | null {
  const text = raw.trim();
  if (text === "") return null;
  const booleans = locale === "en-US" ? ["TRUE", "FALSE"] : ["ИСТИНА", "ЛОЖЬ"];
  const upper = text.toUpperCase();
  if (booleans.includes(upper)) return { value: upper === booleans[0], numberFormat: null };
  return (
    number(text, locale) ??
    time(text) ??
    numericDate(text, locale, thisYear) ??
    namedDate(text, locale, thisYear)
  );
}
