import type { Block } from "./calc/types";

/**
 * Periods as values (style.md §6): months are `YYYY-MM` strings, dates are
 * Excel serial numbers (days since 1899-12-30). Pure integer arithmetic on the
 * proleptic Gregorian calendar, never a JS `Date` (no time zones).
 *
 * Serials below 61: Excel pretends 1900 was a leap year (its serial 60 is the
 * fictitious 1900-02-29), so Excel shows serials 1–60 one day later than the
 * real calendar. Like OLE Automation dates, this module uses the real calendar
 * from the 1899-12-30 epoch: serial 61 = 1900-03-01 and everything after agrees
 * with Excel; serial 60 is 1900-02-28 here and serial 1 is 1899-12-31. Plans
 * live far after 1900, so nothing the product computes is affected. Serials
 * before the epoch (negative) are real dates too.
 */

/**
 * A month as a value: `YYYY-MM`, e.g. `2027-01` (years before 0 carry a sign,
 * years after 9999 more digits). The template literal type keeps other strings
 * out at compile time (`'2027-01'` compiles, a `string` does not); text from
 * outside becomes a `Month` only through `toMonth` / `toExcelMonth` (or
 * `isMonth`), which check the exact form; `monthOf` makes one from numbers.
 */
export type Month = `${number}-${number}` | `-${number}-${number}`;

/** A calendar date as plain numbers: month 1–12, day 1–31. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Period types and how many months each spans (spec §4: quarter = 3, half_year = 6, year = 12). */
export const PERIOD_MONTHS = { month: 1, quarter: 3, half_year: 6, year: 12 } as const;

/** A period type key of the `period_types` / `plan_periods` lists. */
export type PeriodType = keyof typeof PERIOD_MONTHS;

/** True when `value` is a period type key (`month`, `quarter`, `half_year`, `year`). */
export function isPeriodType(value: unknown): value is PeriodType {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(PERIOD_MONTHS, value);
}

/**
 * The plan's period: a value of the `plan_periods` list (spec §3), a quarter,
 * a half year or a year (a month is a period type, not a plan period).
 */
export type PlanPeriod = Exclude<PeriodType, "month">;

/** The plan periods in the order the product offers them. */
export const PLAN_PERIODS: readonly PlanPeriod[] = ["quarter", "half_year", "year"];

/** True when `value` is a plan period key (`quarter`, `half_year`, `year`). */
export function isPlanPeriod(value: unknown): value is PlanPeriod {
  return isPeriodType(value) && value !== "month";
}

/** Months of a period type, or null when `period` is not one. */
export function periodMonths(period: unknown): number | null {
  return isPeriodType(period) ? PERIOD_MONTHS[period] : null;
}

/** True for a Gregorian leap year (1900 is not one; 2000 is). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month given as year and month 1–12. */
export function daysInYearMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_DAYS[month - 1] ?? 31;
}

/** Days in a `YYYY-MM` month (Excel: `DAY(EOMONTH(date, 0))`). */
export function daysInMonth(month: Month): number {
  const { year, month: m } = parseMonth(month);
  return daysInYearMonth(year, m);
}

// Days from 1970-01-01 of a civil date (H. Hinnant's algorithm, exact for any year).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const EPOCH_DAYS = daysFromCivil(1899, 12, 30);

/**
 * The Excel serial of a date (1899-12-30 is 0; 2027-01-01 is 46388). A day
 * beyond the month's end rolls over like Excel's DATE (2027-02-31 → 2027-03-03).
 */
export function serialOfDate(year: number, month: number, day: number): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return daysFromCivil(y, m, 1) + (day - 1) - EPOCH_DAYS;
}

/** The last serial Excel has a date for: 9999-12-31. */
export const MAX_EXCEL_SERIAL = 2958465;

/** The years Excel has dates for (1900-01-01 … 9999-12-31). */
export const EXCEL_YEARS = { first: 1900, last: 9999 } as const;

/** 1970-01-01 (the Unix epoch of JS `Date` and exceljs) as an Excel serial. */
export const UNIX_EPOCH_SERIAL = 25569;

const MS_PER_DAY = 86_400_000;

/**
 * The Excel serial of a moment given as milliseconds since 1970-01-01 UTC (what
 * `Date.getTime()` gives for the UTC dates exceljs reads), time of day as the
 * fraction. For edges that meet JS dates; the core never holds one.
 */
export function serialOfUnixMs(ms: number): number {
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Milliseconds since 1970-01-01 UTC of an Excel serial (the inverse of `serialOfUnixMs`). */
export function unixMsOfSerial(serial: number): number {
  return (serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY;
}

/** True when `serial` is a date Excel can show (1 … 9999-12-31); formulas give #NUM! outside. */
export function isExcelDate(serial: number): boolean {
  return Number.isFinite(serial) && serial >= 1 && serial < MAX_EXCEL_SERIAL + 1;
}

/** The calendar date of an Excel serial; a time-of-day fraction is dropped. */
export function dateOfSerial(serial: number): CalendarDate {
  return civilFromDays(Math.floor(serial) + EPOCH_DAYS);
}

/** `YYYY-MM` of a year and month 1–12. */
export function monthOf(year: number, month: number): Month {
  const m = String(month).padStart(2, "0");
  const y = String(Math.abs(year)).padStart(4, "0");
  // The one place a Month is made from numbers: the form is right by construction.
  return (year < 0 ? `-${y}-${m}` : `${y}-${m}`) as Month;
}

/**
 * `YYYY-MM` of a year and month 1–12 when Excel has dates in it (years
 * 1900–9999), else null (also for a non-integer year or month).
 */
export function excelMonthOf(year: number, month: number): Month | null {
  if (!Number.isInteger(year) || !Number.isInteger(month)) return null;
  if (year < EXCEL_YEARS.first || year > EXCEL_YEARS.last || month < 1 || month > 12) return null;
  return monthOf(year, month);
}

const MONTH_VALUE = /^(-?\d{4,})-(0[1-9]|1[0-2])$/;

/** True when `text` is a month value `YYYY-MM` (month 01–12; years beyond 9999 or before 0 get more digits or a sign). */
export function isMonth(text: string): text is Month {
  return MONTH_VALUE.test(text);
}

/** The month a `YYYY-MM` text is (exactly that form, month 01–12), or null: the parser for text from outside. */
export function toMonth(text: string): Month | null {
  return isMonth(text) ? text : null;
}

/**
 * The month a `YYYY-MM` text is when Excel has dates in it (years 1900–9999),
 * else null: what a person may type as a plan start (`2027-01`; not `1899-12`).
 */
export function toExcelMonth(text: string): Month | null {
  const month = toMonth(text);
  if (month === null) return null;
  const { year } = parseMonth(month);
  return year >= EXCEL_YEARS.first && year <= EXCEL_YEARS.last ? month : null;
}

/** Year and month 1–12 of a `YYYY-MM` value. Throws for text that is not a month (a bug: months are made here). */
export function parseMonth(month: Month): { readonly year: number; readonly month: number } {
  const match = MONTH_VALUE.exec(month);
  if (!match) throw new Error(`Not a month value: ${month}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** The month `n` months after `month` (negative `n` goes back): ('2027-11', 3) → '2028-02'. */
export function addMonths(month: Month, n: number): Month {
  const { year, month: m } = parseMonth(month);
  const index = year * 12 + (m - 1) + n;
  return monthOf(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1);
}

/**
 * The months of a per-month record (`PlanRow.months`, monthly sums), in the
 * record's key order: `Object.keys` types its keys as `string`, this keeps them
 * `Month` (the record's keys are months by its type).
 */
export function monthKeys(record: Readonly<Record<Month, unknown>>): Month[] {
  return Object.keys(record) as Month[];
}

/** `[month, value]` pairs of a per-month record, in key order (see `monthKeys`). */
export function monthEntries<T>(record: Readonly<Record<Month, T>>): [Month, T][] {
  return Object.entries(record) as [Month, T][];
}

/** The month after `month`: ('2027-12') → '2028-01'. */
export function nextMonth(month: Month): Month {
  return addMonths(month, 1);
}

/** The month a serial date falls in. */
export function monthOfSerial(serial: number): Month {
  const { year, month } = dateOfSerial(serial);
  return monthOf(year, month);
}

/** Serial of the first day of a month. */
export function firstDayOfMonth(month: Month): number {
  const { year, month: m } = parseMonth(month);
  return serialOfDate(year, m, 1);
}

/** Serial of the last day of a month. */
export function lastDayOfMonth(month: Month): number {
  return firstDayOfMonth(month) + daysInMonth(month) - 1;
}

/** Excel's EDATE: the same day `n` months later, clamped to that month's end (2027-01-31 + 1 → 2027-02-28). */
export function edate(serial: number, n: number): number {
  const { year, month, day } = dateOfSerial(serial);
  const target = addMonths(monthOf(year, month), Math.trunc(n));
  return firstDayOfMonth(target) + Math.min(day, daysInMonth(target)) - 1;
}

/** Excel's EOMONTH: the last day of the month `n` months after the serial's month. */
export function eomonth(serial: number, n: number): number {
  return lastDayOfMonth(addMonths(monthOfSerial(serial), Math.trunc(n)));
}

/**
 * The month of an Excel date serial when Excel shows a date for it, else null:
 * from serial 61 (1900-03-01, after Excel's fictitious 1900-02-29) to
 * 9999-12-31. For serials that come from outside (a pasted range, an export).
 */
export function monthOfExcelSerial(serial: number): Month | null {
  if (!Number.isFinite(serial) || serial < 61 || serial >= MAX_EXCEL_SERIAL + 1) return null;
  return monthOfSerial(serial);
}

/** `YYYY-MM-DD` of a calendar date (month 1–12, day 1–31; not checked). */
export function isoOfDate(date: CalendarDate): string {
  return `${monthOf(date.year, date.month)}-${String(date.day).padStart(2, "0")}`;
}

/** `YYYY-MM-DD` of a serial. */
export function isoOfSerial(serial: number): string {
  return isoOfDate(dateOfSerial(serial));
}

/** The serial of an ISO date `YYYY-MM-DD`, or null when the text is not a real date (2027-02-31 is not). */
export function serialOfIso(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInYearMonth(year, month)) return null;
  return serialOfDate(year, month, day);
}

/** True for a real calendar date written exactly `YYYY-MM-DD` (not 2027-02-30, no spaces around). */
export function isIsoDate(text: string): boolean {
  return text === text.trim() && serialOfIso(text) !== null;
}

/** The month of a real ISO date `YYYY-MM-DD` (`2027-01-15` → `2027-01`), or null when the text is not one. */
export function monthOfIsoDate(iso: string): Month | null {
  const serial = serialOfIso(iso);
  return serial === null ? null : monthOfSerial(serial);
}

/**
 * The month after the one of `today` (`YYYY-MM-DD`): the default plan start
 * (`2026-12-31` → `2027-01`). Throws when `today` is not an ISO date (a bug:
 * the edges make it from the clock).
 */
export function monthAfterDate(today: string): Month {
  const month = monthOfIsoDate(today);
  if (month === null) throw new Error(`Not an ISO date: ${today}`);
  return nextMonth(month);
}

/**
 * The months a plan covers: months(period) whole months from the 1st of the
 * month holding `start` (spec §7), e.g. (serial of 2027-01-15, 'quarter') →
 * ['2027-01', '2027-02', '2027-03']. Empty when `period` is not a period type
 * or `start` is not a date Excel has (see `isExcelDate`).
 */
export function planMonths(start: number, period: string): readonly Month[] {
  const count = periodMonths(period);
  if (count === null || !isExcelDate(start)) return [];
  const first = monthOfSerial(start);
  return Array.from({ length: count }, (_, i) => addMonths(first, i));
}

/**
 * Rollup blocks of a plan (spec §7): `q1`…`q4` (consecutive 3-month blocks from
 * plan_start), `h1`, `h2` (6-month blocks), `total` (every month). Only complete
 * blocks the plan has: a quarter has q1 + total, a half year q1, q2, h1 +
 * total, a year all seven. At most four quarters and two halves.
 */
export function blocks(months: readonly Month[]): readonly Block[] {
  const result: Block[] = [];
  for (let q = 0; q < 4 && (q + 1) * 3 <= months.length; q++) {
    result.push({ key: `q${q + 1}`, months: months.slice(q * 3, q * 3 + 3) });
  }
  for (let h = 0; h < 2 && (h + 1) * 6 <= months.length; h++) {
    result.push({ key: `h${h + 1}`, months: months.slice(h * 6, h * 6 + 6) });
  }
  result.push({ key: "total", months: [...months] });
  return result;
}

/**
 * Where a block sits among the plan months: the positions of its first and
 * last month in `months` (−1 for a month that is not there, as `indexOf`).
 */
export function blockSpan(
  months: readonly Month[],
  block: Block
): { readonly first: number; readonly last: number } {
  const first = block.months[0];
  const last = block.months[block.months.length - 1];
  return {
    first: first === undefined ? -1 : months.indexOf(first),
    last: last === undefined ? -1 : months.indexOf(last),
  };
}

/**
 * Discount basis blocks (spec §4, §7): consecutive blocks of months(basis) from
 * plan_start; the last one is cut at plan_end when the plan is shorter (its S_b
 * is the sum of the months it covers, not scaled). Keys `b1`, `b2`, …
 * Empty when `basis` is not a period type.
 */
export function basisBlocks(months: readonly Month[], basis: string): readonly Block[] {
  const size = periodMonths(basis);
  if (size === null) return [];
  const result: Block[] = [];
  for (let i = 0; i < months.length; i += size) {
    result.push({ key: `b${result.length + 1}`, months: months.slice(i, i + size) });
  }
  return result;
}

/**
 * Fiscal alignment (spec §5): a period of type `periodType` starts at `month`
 * when (m − fiscal_year_start_month) mod months(T) = 0. A month is always a
 * boundary for `month`; false for an unknown period type.
 */
export function isFiscalBoundary(
  month: Month,
  periodType: string,
  fiscalStartMonth: number
): boolean {
  const size = periodMonths(periodType);
  if (size === null) return false;
  const { month: m } = parseMonth(month);
  return (((m - fiscalStartMonth) % size) + size) % size === 0;
}
