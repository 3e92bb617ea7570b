import type { CellValue, Month } from "../domain/values";

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

/** `YYYY-MM` of a year and month (1–12), or null when out of range. */
function monthOf(year: number, month: number): Month | null {
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    year < 1900 ||
    year > 9999 ||
    month < 1 ||
    month > 12
  )
    return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

function daysIn(year: number, month: number): number {
  return (
    [
      31,
      year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
      31,
      30,
      31,
      30,
      31,
      31,
      30,
      31,
      30,
      31,
    ][month - 1] ?? 0
  );
}

function dateMonth(year: number, month: number, day: number): Month | null {
  const m = monthOf(year, month);
  return m !== null && day >= 1 && day <= daysIn(year, month) ? m : null;
}

/** The month of an Excel date serial (epoch 1899-12-30, serials from 61 = 1900-03-01 on). */
export function monthOfSerial(serial: number): Month | null {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2958466) return null;
  // Days since 1970-01-01, then the civil-from-days algorithm (proleptic Gregorian, integers only).
  const z = Math.floor(serial) - 25569 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return monthOf(year, month);
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
  if (ru >= 0) return monthOf(year, ru + 1);
  const en = EN_MONTHS.findIndex(
    (stem) => name.startsWith(stem) && EN_FULL[EN_MONTHS.indexOf(stem)]?.startsWith(name)
  );
  return en >= 0 ? monthOf(year, en + 1) : null;
}

/** The month a cell names, or null when it names none. */
export function parseMonthCell(value: CellValue): Month | null {
  if (typeof value === "number") return monthOfSerial(value);
  if (typeof value !== "string") return null;
  const text = value.trim().replace(/\s+/g, " ");
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-./](\d{1,2})$/.exec(text))) return monthOf(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{1,2})[./](\d{4})$/.exec(text))) return monthOf(Number(m[2]), Number(m[1]));
  if ((m = /^(\d{4})-(\d{2})-(\d{2})([T ][0-9:.]+Z?)?$/.exec(text)))
    return dateMonth(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})( \d{1,2}:\d{2}(:\d{2})?)?$/.exec(text)))
    return dateMonth(Number(m[3]), Number(m[2]), Number(m[1]));
  return monthOfName(text);
}
