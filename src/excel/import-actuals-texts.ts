import type { Lang } from "../domain/values";

/** Texts of the import's own refusals (the apply failures use `adapterText`). Russian first. */
const TEXTS = {
  columns_invalid: {
    ru: "Столбцы позиции, месяца и суммы должны быть тремя разными столбцами вставленного диапазона. Книга не изменена.",
    en: "The item, month and amount columns must be three different columns of the pasted range. Nothing was changed.",
  },
  no_months: {
    ru: "В плане не заполнены начало или период (plan_start, plan_period): неизвестно, в какие месяцы писать факт. Книга не изменена.",
    en: "The plan start or period (plan_start, plan_period) is empty, so the months to fill are unknown. Nothing was changed.",
  },
} as const;

/** The text of an import refusal in `lang`. */
export function importText(key: keyof typeof TEXTS, lang: Lang): string {
  return TEXTS[key][lang];
}
