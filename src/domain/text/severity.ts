import type { Severity } from "../findings";
import type { Lang } from "../values";

/**
 * The one word for each severity (spec: error / warning / info): one finding's level on the
 * findings sheet and the summary workbook. The task pane's group headings (`severity.*` of
 * src/i18n) use the same words in the plural, «Сведения» / «Info» for info.
 */
export const SEVERITY_LABELS: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  ru: { error: "Ошибка", warning: "Предупреждение", info: "Сведения" },
  en: { error: "Error", warning: "Warning", info: "Info" },
};
