import { daysInYearMonth, excelMonthOf, monthOfExcelSerial, type Month } from "./periods";
import type { CellValue } from "./values";

/**
 * Months as exports and people write them, read into `Month` values: `2027-03`,
 * `2027.03`, `03.2027`, `3/2027`, a date `15.03.2027` (with or without a time,
 * as 1C writes it) or ISO `2027-03-15`, a month name `Март 2027` /
 * `март 2027 г.` / `Mar 2027`, or an Excel date serial (a number, as a pasted
 * range gives dates). The calendar itself is `periods.ts`.
 */

/** Russian month stems (`ма` stands for май / мая / мае). */
const RU_MONTHS = [
  "январ",
  "феврал",
  "март",
  "апрел",
  "ма",
  "июн",
  "июл",
  "август",
  "сентябр",
  "октябр",
  "ноябр",
  "декабр",
] as const;

const EN_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** The month of a date when the day exists in it (31.02.2027 is no date), else null. */
function monthOfDay(year: number, month: number, day: number): Month | null {
  const result = excelMonthOf(year, month);
  return result !== null && day >= 1 && day <= daysInYearMonth(year, month) ? result : null;
}

/** Month 1–12 of a Russian month name or a prefix of at least three letters (`мар`, `марта`), or 0. */
function russianMonth(name: string): number {
  const index = RU_MONTHS.findIndex((stem) =>
    stem === "ма"
      ? /^ма[йяе]$/.test(name)
      : ["", "ь", "я", "е", "а"].some((end) => name === stem + end) ||
        (name.length >= 3 && stem.startsWith(name))
  );
  return index + 1;
}

/** Month 1–12 of an English month name or an abbreviation of at least three letters (`Sep`), or 0. */
function englishMonth(name: string): number {
  const index = EN_MONTHS.findIndex((full) => name.length >= 3 && full.startsWith(name));
  return index + 1;
}

function monthOfName(text: string): Month | null {
  const match = /^([a-zа-яё]+)\.?,?\s*(\d{4})(\s*(г\.?|года?))?$/i.exec(text);
  if (!match) return null;
  const name = (match[1] ?? "").toLowerCase();
  const year = Number(match[2]);
  const month = russianMonth(name) || englishMonth(name);
  return month === 0 ? null : excelMonthOf(year, month);
}

/** The month a cell names (years 1900–9999, as Excel has dates), or null when it names none. */
export function parseMonthCell(value: CellValue): Month | null {
  if (typeof value === "number") return monthOfExcelSerial(value);
  if (typeof value !== "string") return null;
  const text = value.trim().replace(/\s+/g, " ");
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-./](\d{1,2})$/.exec(text))) return excelMonthOf(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{1,2})[./](\d{4})$/.exec(text))) return excelMonthOf(Number(m[2]), Number(m[1]));
  if ((m = /^(\d{4})-(\d{2})-(\d{2})([T ][0-9:.]+Z?)?$/.exec(text)))
    return monthOfDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})( \d{1,2}:\d{2}(:\d{2})?)?$/.exec(text)))
    return monthOfDay(Number(m[3]), Number(m[2]), Number(m[1]));
  return monthOfName(text);
}
