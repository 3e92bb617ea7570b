import type { ListDef } from "./types";

/** [value key, Russian label, English label], in display order. */
type ListRow = readonly [string, string, string];

function list<const K extends string>(
  key: K,
  rows: readonly ListRow[]
): ListDef & { readonly key: K } {
  return {
    key,
    values: rows.map(([value, ru, en], i) => ({ value, label: { ru, en }, order: i + 1 })),
  };
}

/** Every list of the default configuration (spec section 3), keys language-neutral, labels ru/en. */
export const DEFAULT_LISTS = [
  list("segments", [
    ["strategic", "Стратегический", "Strategic"],
    ["key", "Ключевой", "Key"],
    ["developing", "Развивающийся", "Developing"],
  ]),
  list("plan_periods", [
    ["quarter", "Квартал", "Quarter"],
    ["half_year", "Полугодие", "Half year"],
    ["year", "Год", "Year"],
  ]),
  list("plan_statuses", [
    ["draft", "Черновик", "Draft"],
    ["on_review", "На согласовании", "On review"],
    ["approved", "Утверждён", "Approved"],
    ["archived", "В архиве", "Archived"],
  ]),
  list("period_types", [
    ["month", "Месяц", "Month"],
    ["quarter", "Квартал", "Quarter"],
    ["half_year", "Полугодие", "Half year"],
    ["year", "Год", "Year"],
  ]),
  list("budget_methods", [
    ["percent_of_turnover", "Процент от оборота", "Percent of turnover"],
    ["fixed", "Фиксированная сумма", "Fixed amount"],
  ]),
  list("team_roles", [
    ["kam", "КАМ", "KAM"],
    ["executive_sponsor", "Поручитель (Executive Sponsor)", "Executive sponsor"],
    ["sales_support", "Поддержка продаж", "Sales support"],
    ["technical", "Технический специалист", "Technical specialist"],
    ["logistics", "Логистика", "Logistics"],
    ["finance", "Финансы", "Finance"],
    ["marketing", "Маркетинг", "Marketing"],
    ["other", "Другое", "Other"],
  ]),
  list("assortment_status", [
    ["current", "Текущая", "Current"],
    ["expand", "Расширить", "Expand"],
    ["new", "Новая", "New"],
    ["reduce", "Сократить", "Reduce"],
    ["delist", "Вывести", "Delist"],
  ]),
  list("discount_conditions", [
    ["volume", "За объём", "Volume"],
    ["assortment", "За ассортимент", "Assortment"],
    ["payment_discipline", "За платёжную дисциплину", "Payment discipline"],
    ["promo", "Промо", "Promo"],
    ["other", "Другое", "Other"],
  ]),
  list("accrual_types", [
    ["on_invoice", "В накладной", "On invoice"],
    ["retro_bonus", "Ретро-бонус", "Retro bonus"],
  ]),
  list("activity_status", [
    ["planned", "Запланировано", "Planned"],
    ["done", "Выполнено", "Done"],
    ["cancelled", "Отменено", "Cancelled"],
  ]),
  list("activity_kinds", [
    ["meeting", "Встреча", "Meeting"],
    ["promo", "Промоакция", "Promo"],
    ["training", "Обучение", "Training"],
    ["event", "Мероприятие", "Event"],
    ["other", "Другое", "Other"],
  ]),
  list("kpi_directions", [
    ["higher_better", "Больше — лучше", "Higher is better"],
    ["lower_better", "Меньше — лучше", "Lower is better"],
  ]),
  list("kpi_metrics", [
    ["sales", "Продажи (план продаж)", "Sales (the sales plan)"],
    ["other", "Другое", "Other"],
  ]),
  list("levels", [
    ["low", "Низкий", "Low"],
    ["medium", "Средний", "Medium"],
    ["high", "Высокий", "High"],
  ]),
  list("relationship_status", [
    ["new", "Новые", "New"],
    ["developing", "Развиваются", "Developing"],
    ["stable", "Стабильные", "Stable"],
    ["partnership", "Партнёрство", "Partnership"],
    ["at_risk", "Под угрозой", "At risk"],
  ]),
  list("party_types", [
    ["client", "Клиент", "Client"],
    ["competitor", "Конкурент", "Competitor"],
    ["supplier", "Поставщик", "Supplier"],
    ["bank", "Банк", "Bank"],
    ["auditor", "Аудитор", "Auditor"],
    ["consultant", "Консультант", "Consultant"],
    ["other", "Другое", "Other"],
  ]),
  list("history_kinds", [
    ["delivery", "Поставка", "Delivery"],
    ["tender", "Тендер", "Tender"],
  ]),
  list("outcomes", [
    ["won", "Выиграли", "Won"],
    ["lost", "Проиграли", "Lost"],
    ["participated", "Участвовали", "Participated"],
    ["cancelled", "Отменён", "Cancelled"],
  ]),
  list("dmu_roles", [
    ["decision_maker", "ЛПР (принимает решение)", "Decision maker"],
    ["gatekeeper", "Привратник", "Gatekeeper"],
    ["technical", "Технический эксперт", "Technical buyer"],
    ["economic", "Экономический покупатель", "Economic buyer"],
    ["user", "Пользователь", "User"],
    ["adviser", "Советник", "Adviser"],
    ["informant", "Информатор", "Informant"],
  ]),
  list("attitudes", [
    ["supporter", "Сторонник", "Supporter"],
    ["neutral", "Нейтрален", "Neutral"],
    ["opponent", "Противник", "Opponent"],
  ]),
  list("competitor_types", [
    ["direct", "Прямой конкурент", "Direct competitor"],
    ["budget_contender", "Претендент на бюджет", "Budget contender"],
    ["inertia", "Инерция (ничего не менять)", "Inertia (change nothing)"],
    ["do_it_yourself", "Сделают сами", "Do it yourself"],
  ]),
] as const satisfies readonly ListDef[];

/**
 * List values the calculations and checks rely on: a SKAM may relabel or
 * reorder them, but deleting one is `CONFIG_INVALID` (e.g. without `kam`
 * every plan would get `TEAM_NO_KAM`).
 */
export const CORE_LIST_VALUES: Readonly<Record<string, readonly string[]>> = {
  plan_periods: ["quarter", "half_year", "year"],
  period_types: ["month", "quarter", "half_year", "year"],
  budget_methods: ["percent_of_turnover", "fixed"],
  team_roles: ["kam", "executive_sponsor"],
  activity_status: ["cancelled"],
  dmu_roles: ["decision_maker", "technical", "economic", "user"],
  attitudes: ["supporter"],
  competitor_types: ["direct", "budget_contender", "inertia", "do_it_yourself"],
};
