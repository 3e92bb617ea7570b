import { dateOfSerial } from "../periods";
import type { Lang } from "../values";

/**
 * Values formatted for messages in the workbook language: numbers with the
 * language's separators, percents as `25%`, dates (Excel serials) as
 * `31.01.2027` (ru) or `2027-01-31` (en).
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 6): string {
  if (!Number.isFinite(value)) return String(value);
  return new Intl.NumberFormat(lang === "ru" ? "ru-RU" : "en-US", {
    maximumFractionDigits: maxDecimals,
    useGrouping: true,
  }).format(value);
}

/** A fraction as a percentage: 0.255 → `25.5%` (en) / `25,5%` (ru). */
export function formatPercent(value: number, lang: Lang): string {
  return `${formatNumber(value * 100, lang, 4)}%`;
}

/**
 * An Excel serial as a date text. Serials 1–59 are 1900-01-01…1900-02-28,
 * 60 is Excel's fictitious 1900-02-29, from 61 days count from 1899-12-30.
 */
export function formatSerialDate(serial: number, lang: Lang): string {
  const day = Math.floor(serial);
  const {
    year: y,
    month: m,
    day: d,
  } = day === 60 ? { year: 1900, month: 2, day: 29 } : dateOfSerial(day < 60 ? day + 1 : day);
  const mm = String(m).padStart(2, "0");
  const dd = String(d).padStart(2, "0");
  return lang === "ru" ? `${dd}.${mm}.${y}` : `${y}-${mm}-${dd}`;
}
