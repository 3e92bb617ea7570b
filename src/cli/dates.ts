/**
 * Calendar values at the CLI edge: today from the clock, the default plan
 * start, and Excel serials as `YYYY-MM-DD` for machine output.
 */

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** The local calendar date of a moment as `YYYY-MM-DD`. */
export function localIsoDate(moment: Date): string {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The month after the one of `today` (`YYYY-MM-DD`), as `YYYY-MM`: the default plan start. */
export function nextMonth(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
}

/** True for a real calendar date written `YYYY-MM-DD` (not 2027-02-30). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** True for a month written `YYYY-MM` with a month 01–12 and a year 1900–9999. */
export function isIsoMonth(text: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  return (
    match !== null && Number(match[1]) >= 1900 && Number(match[2]) >= 1 && Number(match[2]) <= 12
  );
}

/** An Excel serial (epoch 1899-12-30, time of day dropped) as `YYYY-MM-DD`. */
export function serialToIsoDate(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
