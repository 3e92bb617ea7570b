import type { Lang } from '../values';

/**
 * Values formatted for messages in the workbook language: numbers with the
 * language's separators, percents as `25%`, dates (Excel serials) as
 * `31.01.2027` (ru) or `2027-01-31` (en).
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 6): string {
  if (!Number.isFinite(value)) return String(value);
  return new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-US', { maximumFractionDigits: maxDecimals, useGrouping: true }).format(value);
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
  const { y, m, d } = day === 60 ? { y: 1900, m: 2, d: 29 } : civilOfDays(day < 60 ? day + 1 : day);
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  return lang === 'ru' ? `${dd}.${mm}.${y}` : `${y}-${mm}-${dd}`;
}

/** Days since 1899-12-30 → civil date (proleptic Gregorian; Howard Hinnant's algorithm). */
function civilOfDays(days: number): { y: number; m: number; d: number } {
  const z = days - 25569 + 719468; // days since 0000-03-01 (1970-01-01 is serial 25569)
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}
