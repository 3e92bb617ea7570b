import type { Lang } from "../domain/values";
import { formatMoneyNumber, formatNumber } from "../domain/text/format";
import { formatAmount, formatIsoDate, formatMonth, formatPercent } from "../i18n/format";

/**
 * The pane's one door to number and date formatting: every amount, percentage, month and date the
 * pane shows goes through these functions, which are the text layer's one formatter per language
 * (`src/domain/text/format.ts`, through its pane view `src/i18n/format.ts`), so the pane, the findings
 * and the findings sheet write a value the same way.
 */

/** An amount in minor units with the workbook's currency; null → null (the caller shows "no data"). */
export function paneAmount(minor: number | null, lang: Lang, currency: string): string | null {
  return formatAmount(minor, lang, currency);
}

/**
 * An amount in minor units without its currency (`1 234,56` / `1,234.56`), for a table column whose
 * header names the currency once (`paneCurrency`): at 350 px a currency in every cell does not fit.
 */
export function paneMoneyNumber(minor: number | null, lang: Lang): string | null {
  return minor === null || !Number.isFinite(minor) ? null : formatMoneyNumber(minor, lang);
}

/** The currency as the formatter writes it beside an amount (`₽` / `RUB`), for a column header. */
export function paneCurrency(lang: Lang, currency: string): string {
  const amount = formatAmount(0, lang, currency) ?? currency;
  return amount.replace(formatMoneyNumber(0, lang), "").trim();
}

/** A fraction as a percentage (0.256 → `25,6 %` / `25.6%`); null → null. */
export function panePercent(fraction: number | null, lang: Lang): string | null {
  return formatPercent(fraction, lang);
}

/** A ratio as a plain number with at most 2 decimals (5.4 → `5,4` / `5.4`); null → null. */
export function paneRatio(value: number | null, lang: Lang): string | null {
  return value === null || !Number.isFinite(value) ? null : formatNumber(value, lang, 2);
}

/** A `YYYY-MM` month as a label (`янв 2027` / `Jan 2027`). */
export function paneMonth(month: string, lang: Lang): string {
  return formatMonth(month, lang);
}

/** A `YYYY-MM-DD` date (`01.01.2027` / `Jan 1, 2027`); null or malformed → null. */
export function paneDate(iso: string | null, lang: Lang): string | null {
  return formatIsoDate(iso, lang);
}

/** The local time of day of `when` as `14:05` (both languages use the 24-hour clock in the pane). */
export function paneTime(when: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === "ru" ? "ru-RU" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
  }).format(when);
}
