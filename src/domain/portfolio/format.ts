import type { FieldType, KamConfig } from "../config/types";
import type { TypedValue } from "../plan";
import type { Lang } from "../values";
import { fromMinor } from "../money";
import { isoOfSerial } from "../periods";

/**
 * How the portfolio tools show values to people (ru/en) and to scripts (JSON).
 * Amounts arrive in minor units, percents as fractions, dates as serials and
 * list values as keys, as the typed plan holds them.
 */

const GROUP: Record<Lang, string> = { ru: "\u00a0", en: "," };
const DECIMAL: Record<Lang, string> = { ru: ",", en: "." };

/** `1 234 567,89` (ru, NBSP between thousands) or `1,234,567.89` (en) of minor units. */
export function formatAmount(minor: number, lang: Lang): string {
  const negative = minor < 0;
  const abs = Math.abs(Math.round(minor));
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, GROUP[lang]);
  const cents = String(abs % 100).padStart(2, "0");
  return `${negative ? "−" : ""}${whole}${DECIMAL[lang]}${cents}`;
}

/** `12,5 %` (ru) or `12.5%` (en) of a fraction, at most 2 decimals. */
export function formatPercent(fraction: number, lang: Lang): string {
  const text = String(Math.round(fraction * 10000) / 100).replace(".", DECIMAL[lang]);
  return lang === "ru" ? `${text}\u00a0%` : `${text}%`;
}

/** The label of a list value in `lang`, or the key when the list does not know it. */
export function listLabel(config: KamConfig, list: string, key: string, lang: Lang): string {
  const value = config.lists.find((l) => l.key === list)?.values.find((v) => v.value === key);
  return value ? value.label[lang] : key;
}

/** `dd.mm.yyyy` (ru) or `yyyy-mm-dd` (en) of a date serial. */
export function displayDate(serial: number, lang: Lang): string {
  const iso = isoOfSerial(serial);
  return lang === "ru" ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso;
}

/** A typed value of a field, as a person reads it; `—` for empty. */
export function formatTyped(
  value: TypedValue | null,
  type: FieldType | null,
  config: KamConfig,
  lang: Lang
): string {
  if (value === null) return "—";
  if (typeof value === "boolean")
    return lang === "ru" ? (value ? "да" : "нет") : value ? "yes" : "no";
  if (typeof value === "string")
    return type?.kind === "list"
      ? listLabel(config, type.list, value, lang)
      : lang === "ru"
        ? `«${value}»`
        : `"${value}"`;
  switch (type?.kind) {
    case "amount":
      return formatAmount(value, lang);
    case "percent":
      return formatPercent(value, lang);
    case "date":
      return displayDate(value, lang);
    default:
      return String(value).replace(".", DECIMAL[lang]);
  }
}

/** A typed value for JSON: amounts in currency units (2 decimals), dates `YYYY-MM-DD`, the rest as is. */
export function jsonTyped(
  value: TypedValue | null,
  type: FieldType | null
): string | number | boolean | null {
  if (value === null) return null;
  if (typeof value !== "number") return value;
  if (type?.kind === "amount") return fromMinor(value);
  if (type?.kind === "date") return isoOfSerial(value);
  return value;
}
