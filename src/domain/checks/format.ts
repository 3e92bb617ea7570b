import { dateOfSerial, isExcelDate, periodMonths } from "../periods";
import type { Plan } from "../plan";
import type { Lang, Month } from "../values";

// Formatters are made once: creating an Intl.NumberFormat costs far more than using one.
const LOCALES: Readonly<Record<Lang, string>> = { ru: "ru-RU", en: "en-US" };
const moneyFormats = formats({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percentFormats = formats({ maximumFractionDigits: 4 });
const numberFormats = formats({ maximumFractionDigits: 6 });

function formats(options: Intl.NumberFormatOptions): Readonly<Record<Lang, Intl.NumberFormat>> {
  return {
    ru: new Intl.NumberFormat(LOCALES.ru, options),
    en: new Intl.NumberFormat(LOCALES.en, options),
  };
}

/** Minor units as money text with two decimals: 123456 → `1 234,56` (ru) / `1,234.56` (en). */
export function money(minor: number, lang: Lang): string {
  return moneyFormats[lang].format(minor / 100);
}

/** A fraction as a percentage: 0.25 → `25%`. */
export function percent(fraction: number, lang: Lang): string {
  return `${percentFormats[lang].format(fraction * 100)}%`;
}

/** A serial date: `31.01.2027` (ru) / `2027-01-31` (en); a number outside Excel's dates as a plain number. */
export function date(serial: number, lang: Lang): string {
  if (!isExcelDate(serial)) return number(serial, lang);
  const { year, month, day } = dateOfSerial(serial);
  const mm = String(month).padStart(2, "0");
  const dd = String(day).padStart(2, "0");
  return lang === "ru" ? `${dd}.${mm}.${year}` : `${year}-${mm}-${dd}`;
}

/** A plain number in the language's spelling. */
export function number(value: number, lang: Lang): string {
  return Number.isFinite(value) ? numberFormats[lang].format(value) : String(value);
}

const MONTHS_GENITIVE = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A calendar month 1–12 after «с»: `января` (ru) / `January` (en). */
export function monthNameFrom(month: number, lang: Lang): string {
  return (lang === "ru" ? MONTHS_GENITIVE : MONTHS_EN)[month - 1] ?? String(month);
}

/** A `YYYY-MM` month as `01.2027` (ru) / `2027-01` (en). */
export function monthText(month: Month, lang: Lang): string {
  return lang === "ru" ? `${month.slice(5, 7)}.${month.slice(0, 4)}` : month;
}

/** The label of a list value in the workbook language (the key when the list does not know it). */
export function listLabel(plan: Plan, list: string, value: string, lang: Lang): string {
  const def = plan.config.lists.find((l) => l.key === list);
  return def?.values.find((v) => v.value === value)?.label[lang] ?? value;
}

/** A period with its length: `полугодие (6 мес.)` / `half year (6 months)`; labels from the `period_types` list. */
export function periodText(plan: Plan, period: string, lang: Lang): string {
  const label = listLabel(plan, "period_types", period, lang).toLowerCase();
  const months = periodMonths(period);
  if (months === null) return label;
  if (lang === "ru") return `${label} (${months} мес.)`;
  return `${label} (${months} ${months === 1 ? "month" : "months"})`;
}

/** Texts quoted and joined: `«a», «b»` (ru) / `“a”, “b”` (en). */
export function quotedList(items: readonly string[], lang: Lang): string {
  return items.map((item) => (lang === "ru" ? `«${item}»` : `“${item}”`)).join(", ");
}
