import type { FieldType, KamConfig } from "../config/types";
import type { TypedValue } from "../plan";
import type { Lang } from "../values";
import { fromMinor } from "../money";
import { formatAmount, formatNumber, formatPercent, formatSerialDate } from "../text/format";
import { isoOfSerial } from "../periods";

/**
 * How the portfolio tools show typed values to people (through the one formatter,
 * src/domain/text/format.ts) and to scripts (JSON).
 * Amounts arrive in minor units, percents as fractions, dates as serials and
 * list values as keys, as the typed plan holds them.
 */

/** The label of a list value in `lang`, or the key when the list does not know it. */
export function listLabel(config: KamConfig, list: string, key: string, lang: Lang): string {
  const value = config.lists.find((l) => l.key === list)?.values.find((v) => v.value === key);
  return value ? value.label[lang] : key;
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
      return formatAmount(value, lang, config.settings.currency);
    case "percent":
      return formatPercent(value, lang);
    case "date":
      return formatSerialDate(value, lang);
    default:
      return formatNumber(value, lang);
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
