import type { SectionKey } from "../config/keys";
import type { Plan } from "../plan";
import { periodMonths } from "../periods";
import { formatAmount } from "../text/format";
import type { Lang } from "../values";

/** A section's label in the workbook language (`План продаж`), the key when unknown. */
export function sectionLabel(plan: Plan, section: SectionKey, lang: Lang): string {
  return plan.config.sections.find((s) => s.key === section)?.label[lang] ?? section;
}

/** An amount in minor units with the plan's currency (the Config's `currency`): `1 234,56 ₽`. */
export function amountText(plan: Plan, minor: number, lang: Lang): string {
  return formatAmount(minor, lang, plan.config.settings.currency);
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
