/**
 * Excel date serials (epoch 1899-12-30) ⇄ ISO dates for the manager tools: the
 * one implementation is the core's (src/domain/periods.ts); this adds the
 * display form.
 */
import { isoOfSerial } from "../domain/periods";

export { isoOfSerial, serialOfIso } from "../domain/periods";

/** `dd.mm.yyyy` (ru) or `yyyy-mm-dd` (en) of a serial. */
export function displayDate(serial: number, lang: "ru" | "en"): string {
  const iso = isoOfSerial(serial);
  return lang === "ru" ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso;
}
