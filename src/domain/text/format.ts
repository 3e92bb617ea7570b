/**
 * The one formatter of numbers, money, percentages, months and dates for people, per language.
 * Everything a person reads (findings, the findings sheet, the task pane, the CLI, the summary
 * workbook's texts) goes through it, so a value looks the same wherever it appears:
 *
 * | what     | ru                 | en                 |
 * | -------- | ------------------ | ------------------ |
 * | amount   | `1 234,56 ₽`       | `RUB 1,234.56`     |
 * | percent  | `90 %`, `12,5 %`   | `90%`, `12.5%`     |
 * | month    | `янв 2027`         | `Jan 2027`         |
 * | date     | `01.02.2027`       | `1 Feb 2027`       |
 * | integer  | `1 234`            | `1,234`            |
 *
 * Russian groups thousands and separates `₽` and `%` with a no-break space (U+00A0), so a value
 * never breaks across lines; English puts the ISO currency code first (`RUB`, `USD`: unambiguous
 * for every currency) with a no-break space. Negative values take a leading `-`. Written by hand
 * instead of `Intl`, so Node, Chromium and WebKit print the same characters.
 */
import { fromMinor, roundToScaledInteger } from "../money";
import { dateOfSerial, MAX_EXCEL_SERIAL, parseMonth, serialOfIso, toMonth } from "../periods";
import type { Lang } from "../values";

/** The no-break space (U+00A0) between digit groups and before `₽` / `%` in Russian. */
export const NBSP = "\u00a0";

const GROUP: Readonly<Record<Lang, string>> = { ru: NBSP, en: "," };
const DECIMAL: Readonly<Record<Lang, string>> = { ru: ",", en: "." };

/** Currency signs Russian text uses instead of the code. */
const RU_SIGNS: Readonly<Record<string, string>> = { RUB: "₽", USD: "$", EUR: "€" };

function grouped(digits: string, lang: Lang): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP[lang]);
}

/**
 * A number rounded half away from zero (money.ts, as Excel's ROUND) to at most `decimals`
 * decimals, with `fixed` (true) keeping trailing zeros. No sign for zero.
 */
function decimalText(value: number, lang: Lang, decimals: number, fixed: boolean): string {
  if (!Number.isFinite(value)) return String(value);
  const scaled = roundToScaledInteger(value, decimals);
  const negative = scaled < 0;
  const digits = String(Math.abs(scaled)).padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  let fraction = digits.slice(digits.length - decimals);
  if (!fixed) fraction = fraction.replace(/0+$/, "");
  const body = grouped(whole, lang) + (fraction ? DECIMAL[lang] + fraction : "");
  return negative ? `-${body}` : body;
}

/**
 * An amount in integer minor units (kopecks, cents) with its currency (an ISO code, e.g. the
 * Config's `currency` setting): 123456 → `1 234,56 ₽` (ru) / `RUB 1,234.56` (en); −5000 →
 * `-50,00 ₽` / `-RUB 50.00`. A non-integer is rounded to the cent half away from zero.
 */
export function formatAmount(minor: number, lang: Lang, currency: string): string {
  const number = formatMoneyNumber(minor, lang);
  if (lang === "ru") return `${number}${NBSP}${RU_SIGNS[currency] ?? currency}`;
  return number.startsWith("-")
    ? `-${currency}${NBSP}${number.slice(1)}`
    : `${currency}${NBSP}${number}`;
}

/**
 * An amount in minor units without its currency, two decimals: `1 234,56` / `1,234.56`. For
 * columns of one currency that say it in their header, and for input examples.
 */
export function formatMoneyNumber(minor: number, lang: Lang): string {
  return decimalText(fromMinor(minor), lang, 2, true);
}

/**
 * A fraction as a percentage, at most `maxDecimals` decimals (default 2), trailing zeros dropped:
 * 0.9 → `90 %` (ru, no-break space) / `90%` (en); 0.125 → `12,5 %` / `12.5%`.
 */
export function formatPercent(fraction: number, lang: Lang, maxDecimals = 2): string {
  const text = decimalText(fraction * 100, lang, maxDecimals, false);
  return lang === "ru" ? `${text}${NBSP}%` : `${text}%`;
}

/** A text with `+` in front when `value` is above 0 (negatives carry their `-` already). */
function withSign(value: number, text: string): string {
  return value > 0 ? `+${text}` : text;
}

/** The relative change `(after − before) / |before|` as a signed percentage, one decimal; null when before is 0. */
function relativeChange(before: number, after: number, lang: Lang): string | null {
  if (before === 0) return null;
  const ratio = (after - before) / Math.abs(before);
  return withSign(ratio, formatPercent(ratio, lang, 1));
}

/**
 * The change between two amounts (minor units), signed, with the relative change:
 * 300 000 → 355 000 gives `+550,00 ₽; +18,3 %` / `+RUB 550.00; +18.3%` (`;`: the Russian
 * decimal is a comma); no percent when the old amount is 0.
 */
export function formatAmountShift(
  before: number,
  after: number,
  lang: Lang,
  currency: string
): string {
  const delta = formatAmount(after - before, lang, currency);
  const relative = relativeChange(before, after, lang);
  return withSign(after - before, delta) + (relative === null ? "" : `; ${relative}`);
}

/** The change of a plain number, signed, with the relative change: 100 → 120 gives `+20; +20 %`. */
export function formatNumberChange(before: number, after: number, lang: Lang): string {
  const relative = relativeChange(before, after, lang);
  const delta = formatNumber(roundToScaledInteger(after - before, 6) / 1e6, lang);
  return withSign(after - before, delta) + (relative === null ? "" : `; ${relative}`);
}

/** A whole number with grouped thousands: 1234 → `1 234` / `1,234` (rounded half away from zero). */
export function formatInteger(value: number, lang: Lang): string {
  return decimalText(value, lang, 0, false);
}

/** Any number with grouped thousands and at most `maxDecimals` decimals (default 6), trailing zeros dropped. */
export function formatNumber(value: number, lang: Lang, maxDecimals = 6): string {
  return decimalText(value, lang, maxDecimals, false);
}

const MONTHS_SHORT: Readonly<Record<Lang, readonly string[]>> = {
  ru: ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** The short name of month 1–12: `янв` / `Jan`; the number itself outside 1–12. */
export function shortMonthName(month: number, lang: Lang): string {
  return MONTHS_SHORT[lang][month - 1] ?? String(month);
}

/**
 * A `YYYY-MM` month: `2027-01` → `янв 2027` (ru) / `Jan 2027` (en). Takes any text (a month
 * header or key as a file holds it) and leaves what is no month as it is.
 */
export function formatMonth(month: string, lang: Lang): string {
  const value = toMonth(month);
  if (value === null) return month;
  const { year, month: m } = parseMonth(value);
  return `${shortMonthName(m, lang)}${lang === "ru" ? NBSP : " "}${year}`;
}

const MONTHS_GENITIVE = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A calendar month 1–12 named after «с»: `января` (ru) / `January` (en). */
export function formatMonthName(month: number, lang: Lang): string {
  return (lang === "ru" ? MONTHS_GENITIVE : MONTHS_EN)[month - 1] ?? String(month);
}

/** A calendar date: `01.02.2027` (ru) / `1 Feb 2027` (en). */
export function formatCalendarDate(year: number, month: number, day: number, lang: Lang): string {
  if (lang === "ru")
    return `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.${year}`;
  return `${day} ${shortMonthName(month, "en")} ${year}`;
}

/**
 * An Excel serial date (days since 1899-12-30; the time of day is dropped). Serials 1–59 are
 * 1900-01-01…1900-02-28 and 60 is Excel's fictitious 1900-02-29, as Excel shows them. A number
 * that is no Excel date (below 1 or past 9999-12-31) is shown as a plain number.
 */
export function formatSerialDate(serial: number, lang: Lang): string {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > MAX_EXCEL_SERIAL)
    return formatNumber(serial, lang);
  if (day === 60) return formatCalendarDate(1900, 2, 29, lang);
  const d = dateOfSerial(day < 60 ? day + 1 : day);
  return formatCalendarDate(d.year, d.month, d.day, lang);
}

/** A `YYYY-MM-DD` date; anything else (malformed) as it is. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const serial = serialOfIso(iso);
  if (serial === null) return iso;
  const { year, month, day } = dateOfSerial(serial);
  return formatCalendarDate(year, month, day, lang);
}

/** A sign for a change: `+` above zero, `-` (from the number itself) below, nothing for zero. */
function signed(value: number, body: string): string {
  return value > 0 ? `+${body}` : body;
}

/** A change of an amount in minor units, signed: `+70 967,74 ₽` / `+RUB 70,967.74`; zero as `0,00 ₽`. */
export function formatAmountChange(minor: number, lang: Lang, currency: string): string {
  return signed(roundToScaledInteger(minor, 0), formatAmount(minor, lang, currency));
}

/**
 * A change of a ratio in percentage points, signed: 0.0142 → `+1,42 п. п.` (ru, no-break spaces) /
 * `+1.42 pp` (en), at most 2 decimals.
 */
export function formatPointsChange(fraction: number, lang: Lang): string {
  const text = decimalText(fraction * 100, lang, 2, false);
  const body = lang === "ru" ? `${text}${NBSP}п.${NBSP}п.` : `${text}${NBSP}pp`;
  return text === "0" ? body : signed(fraction, body);
}

/** A change of a date in days, signed: `+30 дн.` / `+30 days`. */
export function formatDaysChange(days: number, lang: Lang): string {
  const text = formatInteger(days, lang);
  return signed(days, lang === "ru" ? `${text}${NBSP}дн.` : `${text}${NBSP}days`);
}
