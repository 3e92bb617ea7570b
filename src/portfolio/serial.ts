/**
 * Excel date serials (epoch 1899-12-30) ⇄ ISO dates, integers only, no time
 * zones. Valid from serial 61 (1900-03-01), which covers every plan.
 */

const EPOCH_TO_UNIX = 25569;

/** `YYYY-MM-DD` of a serial (its integer part). */
export function isoOfSerial(serial: number): string {
  const z = Math.floor(serial) - EPOCH_TO_UNIX + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The serial of `YYYY-MM-DD`, or null when the text is not a real date. */
export function serialOfIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const serial = era * 146097 + doe - 719468 + EPOCH_TO_UNIX;
  return isoOfSerial(serial) === iso ? serial : null;
}

/** `dd.mm.yyyy` (ru) or `yyyy-mm-dd` (en) of a serial. */
export function displayDate(serial: number, lang: 'ru' | 'en'): string {
  const iso = isoOfSerial(serial);
  return lang === 'ru' ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso;
}
