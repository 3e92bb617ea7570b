import { daysInYearMonth, isExcelDate, monthOf, monthOfSerial } from "../periods";
import type { CellValue, Month } from "../values";

/**
 * Months as exports write them: `2027-03`, `2027.03`, `03.2027`, `3/2027`,
 * a date `15.03.2027` (with or without a time, as 1C writes it) or ISO
 * `2027-03-15`, a month name `Март 2027` / `март 2027 г.` / `Mar 2027`, or an
 * Excel date serial (a number, as a pasted range gives dates).
 */

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
];
const EN_MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];
const EN_FULL = [
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
];

/** `YYYY-MM` of a year and month (1–12), or null when out of range (years 1900–9999, as Excel has them). */
function validMonth(year: number, month: number): Month | null {
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    year < 1900 ||
    year > 9999 ||
    month < 1 ||
    month > 12
  )
    return null;
  return monthOf(year, month);
}

function dateMonth(year: number, month: number, day: number): Month | null {
  const m = validMonth(year, month);
  return m !== null && day >= 1 && day <= daysInYearMonth(year, month) ? m : null;
}

/**
 * The month of an Excel date serial in a cell, or null when the number is no date: serials from 61
 * (1900-03-01, where Excel's calendar and the real one agree) up to 9999-12-31.
 */
export function monthOfSerialCell(serial: number): Month | null {
  return isExcelDate(serial) && serial >= 61 ? monthOfSerial(serial) : null;
}

function monthOfName(text: string): Month | null {
  const match = /^([a-zа-яё]+)\.?,?\s*(\d{4})(\s*(г\.?|года?))?$/i.exec(text);
  if (!match) return null;
  const name = (match[1] ?? "").toLowerCase();
  const year = Number(match[2]);
  const ru = RU_MONTHS.findIndex((stem) =>
    stem === "ма"
      ? /^ма[йяе]$/.test(name)
      : ["", "ь", "я", "е", "а"].some((end) => name === stem + end) ||
        (name.length >= 3 && stem.startsWith(name))
  );
  if (ru >= 0) return validMonth(year, ru + 1);
  const en = EN_MONTHS.findIndex(
    (stem) => name.startsWith(stem) && EN_FULL[EN_MONTHS.indexOf(stem)]?.startsWith(name)
  );
  return en >= 0 ? validMonth(year, en + 1) : null;
}

/** The month a cell names, or null when it names none. */
export function parseMonthCell(value: CellValue): Month | null {
  if (typeof value === "number") return monthOfSerialCell(value);
  if (typeof value !== "string") return null;
  const text = value.trim().replace(/\s+/g, " ");
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-./](\d{1,2})$/.exec(text))) return validMonth(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{1,2})[./](\d{4})$/.exec(text))) return validMonth(Number(m[2]), Number(m[1]));
  if ((m = /^(\d{4})-(\d{2})-(\d{2})([T ][0-9:.]+Z?)?$/.exec(text)))
    return dateMonth(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})( \d{1,2}:\d{2}(:\d{2})?)?$/.exec(text)))
    return dateMonth(Number(m[3]), Number(m[2]), Number(m[1]));
  return monthOfName(text);
}
