import type { Bilingual, Lang } from "../values";

/** Every text the layout itself writes (section labels and field labels come from the configuration). */
export const TEXTS = {
  actionPlanTitle: { ru: "План действий по ключевому клиенту", en: "Key account action plan" },
  dossierTitle: { ru: "Досье ключевого клиента", en: "Key client dossier" },
  configTitle: {
    ru: "Настройки шаблона (для руководителя КАМ)",
    en: "Template configuration (for the head of KAM)",
  },
  configHint: {
    ru: "Измените поля, списки и настройки, затем нажмите «Применить настройки» в надстройке. Значения не теряются.",
    en: 'Edit fields, lists and settings, then press "Apply configuration" in the add-in. No value is lost.',
  },
  listsTitle: {
    ru: "Списки для выпадающих значений (служебный лист)",
    en: "Dropdown lists (helper sheet)",
  },
  calcTitle: { ru: "Служебные расчёты: не редактируйте", en: "Helper calculations: do not edit" },
  archiveTitle: { ru: "Архив значений удалённых полей", en: "Archive of values of removed fields" },
  summaryTitle: { ru: "Итоги продаж", en: "Sales summary" },
  summaryPlan: { ru: "План", en: "Plan" },
  summaryActual: { ru: "Факт", en: "Actual" },
  summaryFulfillment: { ru: "Выполнение на дату", en: "Fulfillment to date" },
  barsTitle: { ru: "План и факт по месяцам", en: "Plan and actual by month" },
  barsMonth: { ru: "Месяц", en: "Month" },
  settingsTitle: { ru: "Настройки", en: "Settings" },
  sectionsTitle: { ru: "Разделы", en: "Sections" },
  fieldsTitle: { ru: "Поля", en: "Fields" },
  listValuesTitle: { ru: "Списки", en: "Lists" },
  archiveSection: { ru: "Раздел", en: "Section" },
  archiveRow: { ru: "Строка", en: "Row" },
  archiveField: { ru: "Поле", en: "Field" },
  archiveAddress: { ru: "Где было", en: "Old address" },
  archiveValue: { ru: "Значение", en: "Value" },
  archiveFormulaOverwritten: {
    ru: "введено поверх формулы вычисляемой ячейки; формула восстановлена",
    en: "typed over a computed cell's formula; the formula was restored",
  },
  archiveHiddenRowGone: {
    ru: "скрытое поле: его строку удалили или переименовали, пока поле было скрыто",
    en: "hidden field: its row was deleted or renamed while the field was hidden",
  },
  archiveDisplaced: {
    ru: "ваша ячейка: новая разметка листа заняла это место",
    en: "your cell: the sheet's new layout needs this place",
  },
  reviewTitle: { ru: "Сводка плана по ключевому клиенту", en: "Key account plan summary" },
  reviewPlanPanel: { ru: "План", en: "Plan" },
  reviewSalesPanel: { ru: "Продажи", en: "Sales" },
  reviewMoneyPanel: { ru: "Бюджет, промо, кредит, KPI", en: "Budget, promos, credit, KPI" },
  reviewSpending: { ru: "Затраты на мероприятия", en: "Spending on activities" },
  reviewBudgetLeft: { ru: "Остаток бюджета", en: "Budget left" },
  reviewNextTierGap: { ru: "До следующей ступени скидки", en: "To the next discount tier" },
  reviewNextTierThreshold: { ru: "Порог следующей ступени", en: "Next tier threshold" },
  reviewNextTierRate: { ru: "Скидка следующей ступени", en: "Next tier rate" },
  reviewPromoCount: { ru: "Промоакций оценено", en: "Promos evaluated" },
  reviewPromoIncremental: { ru: "Прирост продаж от промо", en: "Incremental sales from promos" },
  reviewPromoReturn: { ru: "Отдача промо", en: "Promo return" },
  reviewPromoUnprofitable: { ru: "Убыточных промо", en: "Unprofitable promos" },
  reviewRisks: {
    ru: "Главные риски (вероятность × влияние)",
    en: "Biggest risks (probability × impact)",
  },
  reviewRiskScore: { ru: "Оценка", en: "Score" },
  reviewActivities: { ru: "Ближайшие мероприятия", en: "Next activities" },
  reviewDecisionMakers: { ru: "Принимают решение", en: "Decision makers" },
  reviewSupporters: { ru: "Сторонники", en: "Supporters" },
  reviewOpponents: { ru: "Противники", en: "Opponents" },
  reviewPosition: { ru: "Должность", en: "Position" },
  reviewDmu: { ru: "Группа принятия решения", en: "Decision-making unit" },
  reviewMore: { ru: "… и ещё ", en: "… and more: " },
  listError: { ru: "Выберите значение из списка.", en: "Pick a value from the list." },
  badValueTitle: { ru: "Недопустимое значение", en: "Invalid value" },
} as const satisfies Record<string, Bilingual>;

/** A layout text in the workbook language. */
export function text(key: keyof typeof TEXTS, lang: Lang): string {
  return TEXTS[key][lang];
}

/** Cut `s` to at most `max` characters (Excel's limits on prompt titles and messages), ending with `…` when cut. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** The error message of a numeric / date validation with its bounds, in the workbook language. */
export function boundsMessage(
  kind: "whole" | "decimal" | "date",
  min: string | null,
  max: string | null,
  lang: Lang
): string {
  const what =
    kind === "whole"
      ? { ru: "целое число", en: "a whole number" }
      : kind === "date"
        ? { ru: "дату", en: "a date" }
        : { ru: "число", en: "a number" };
  if (lang === "ru") {
    const range =
      min !== null && max !== null
        ? ` от ${min} до ${max}`
        : min !== null
          ? ` не меньше ${min}`
          : max !== null
            ? ` не больше ${max}`
            : "";
    return `Введите ${what.ru}${range}.`;
  }
  const range =
    min !== null && max !== null
      ? ` from ${min} to ${max}`
      : min !== null
        ? ` of at least ${min}`
        : max !== null
          ? ` of at most ${max}`
          : "";
  return `Enter ${what.en}${range}.`;
}
