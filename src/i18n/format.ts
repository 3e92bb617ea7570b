import type { Lang } from "../domain/values";

const LOCALES: Readonly<Record<Lang, string>> = { ru: "ru-RU", en: "en-US" };

/**
 * An amount in minor units (kopecks/cents) for people: `1 234 567,89 ₽` in Russian (with the
 * workbook's currency symbol), `1,234,567.89` in English (plain, two decimals).
 * `null` gives `null` so the caller shows its own "no data" text.
 */
export function formatAmount(minor: number | null, lang: Lang, currency = "RUB"): string | null {
  if (minor === null || !Number.isFinite(minor)) return null;
  const major = minor / 100;
  if (lang === "ru") {
    try {
      return new Intl.NumberFormat(LOCALES.ru, {
        style: "currency",
        currency,
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(major);
    } catch {
      // An unknown currency code on the Config sheet: show the number and the code as written.
      return `${new Intl.NumberFormat(LOCALES.ru, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(major)} ${currency}`;
    }
  }
  return new Intl.NumberFormat(LOCALES.en, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(major);
}

/** A fraction as a percentage with up to one decimal: 0.256 → `25,6 %` (ru) / `25.6%` (en); null → null. */
export function formatPercent(fraction: number | null, lang: Lang): string | null {
  if (fraction === null || !Number.isFinite(fraction)) return null;
  return new Intl.NumberFormat(LOCALES[lang], {
    style: "percent",
    maximumFractionDigits: 1,
  }).format(fraction);
}

/** A `YYYY-MM-DD` date as `01.01.2027` (ru) / `Jan 1, 2027` (en); null or malformed → null. */
export function formatIsoDate(iso: string | null, lang: Lang): string | null {
  if (iso === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: "UTC",
    day: lang === "ru" ? "2-digit" : "numeric",
    month: lang === "ru" ? "2-digit" : "short",
    year: "numeric",
  }).format(date);
}

/** A `YYYY-MM` month as a short label: `янв 2027` / `Jan 2027`. */
export function formatMonth(month: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: "UTC",
    month: "short",
    year: "numeric",
  })
    .format(date)
    .replace(/\.? г\.$/, "");
}
