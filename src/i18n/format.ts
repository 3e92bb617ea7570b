/**
 * The task pane's view of the one formatter (`src/domain/text/format.ts`): the same texts, with
 * `null` (no data) passed through so a component shows its own "no data" mark. Nothing is
 * formatted here.
 */
import {
  formatAmount as amount,
  formatIsoDate as isoDate,
  formatMonth as month,
  formatPercent as percent,
} from "../domain/text/format";
import type { Lang } from "../domain/values";

/** An amount in minor units with the currency (`1 234,56 ₽` / `RUB 1,234.56`); null → null. */
export function formatAmount(minor: number | null, lang: Lang, currency = "RUB"): string | null {
  return minor === null || !Number.isFinite(minor) ? null : amount(minor, lang, currency);
}

/** A fraction as a percentage with at most one decimal (`25,6 %` / `25.6%`); null → null. */
export function formatPercent(fraction: number | null, lang: Lang): string | null {
  return fraction === null || !Number.isFinite(fraction) ? null : percent(fraction, lang, 1);
}

/** A `YYYY-MM-DD` date (`31.01.2027` / `31 Jan 2027`); null or malformed → null. */
export function formatIsoDate(iso: string | null, lang: Lang): string | null {
  if (iso === null || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  return isoDate(iso, lang);
}

/** A `YYYY-MM` month (`мар 2027` / `Mar 2027`). */
export function formatMonth(value: string, lang: Lang): string {
  return month(value, lang);
}
