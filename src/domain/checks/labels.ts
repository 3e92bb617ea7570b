import type { SectionKey } from "../config/keys";
import type { Plan } from "../plan";
import type { Lang } from "../values";

/** A section's label in the workbook language (`План продаж`), the key when unknown. */
export function sectionLabel(plan: Plan, section: SectionKey, lang: Lang): string {
  return plan.config.sections.find((s) => s.key === section)?.label[lang] ?? section;
}
