import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { KamConfig } from "../../domain/config/types";
import { serialOfDate } from "../../domain/periods";
import type { CellValue, Lang } from "../../domain/values";
import type { WorkbookValues } from "../types";

/** A list value's label in `lang`, as the dropdown writes it. */
function label(list: string, value: string, lang: Lang): string {
  const found = DEFAULT_CONFIG.lists
    .find((l) => l.key === list)
    ?.values.find((v) => v.value === value);
  if (!found) throw new Error(`no value ${value} in list ${list}`);
  return found.label[lang];
}

const ITEMS = [
  "Молоко 3,2% 1 л",
  "Молоко 2,5% 1 л",
  "Кефир 1% 0,9 л",
  "Кефир 3,2% 0,9 л",
  "Ряженка 4% 0,5 л",
  "Йогурт питьевой клубника",
  "Йогурт питьевой персик",
  "Творог 5% 200 г",
  "Творог 9% 200 г",
  "Сметана 15% 300 г",
  "Сметана 20% 300 г",
  "Масло сливочное 82,5%",
  "Сыр Российский",
  "Сыр Голландский",
  "Снежок 2,5% 0,5 л",
] as const;

/** The review plan's configuration: the default one with a gross margin of 25 %, so promos have a return. */
export const REVIEW_PLAN_CONFIG: KamConfig = {
  ...DEFAULT_CONFIG,
  settings: { ...DEFAULT_CONFIG.settings, grossMargin: 0.25 },
};

const LONG =
  "Сеть из 120 магазинов у дома в трёх областях; закупки централизованы, решения по ассортименту принимает категорийный менеджер раз в квартал, промо согласуется за два месяца. ";

/**
 * A filled one-year plan from 2027-01 with 15 sales items and four months of
 * actuals (January–April), long dossier texts, six risks, nine activities
 * (three promos: one on an item and one on all items evaluated by April, one
 * in May not yet) and a seven-person decision group: what a KAM takes to a review meeting
 * (the print test, the Summary's LibreOffice test, the screenshots).
 */
export function reviewPlanValues(lang: Lang = "ru"): WorkbookValues {
  const l = (list: string, value: string): string => label(list, value, lang);
  const month = (m: number): string => `2027-${String(m).padStart(2, "0")}`;
  const plan = ITEMS.map((item, i) => {
    const row: Record<string, CellValue> = { item };
    for (let m = 1; m <= 12; m++) row[month(m)] = 40000 + i * 5000 + m * 1000 + (i % 3) * 0.25;
    return row;
  });
  const actual = ITEMS.map((item, i) => {
    const row: Record<string, CellValue> = { item };
    for (let m = 1; m <= 4; m++) row[month(m)] = 38000 + i * 5000 + m * 900 + (i % 4) * 0.5;
    return row;
  });
  const date = (m: number, d: number): number => serialOfDate(2027, m, d);
  return {
    form: {
      client_name: "ООО «Северная звезда»",
      kam_name: "Иванова Анна",
      client_segment: l("segments", "strategic"),
      plan_start: date(1, 1),
      plan_period: l("plan_periods", "year"),
      checkpoint_period: l("period_types", "quarter"),
      budget_method: l("budget_methods", "percent_of_turnover"),
      budget_rate: 0.015,
      credit_limit: 3_000_000,
      credit_depth_days: 21,
      client_description: LONG.repeat(2),
      client_history: LONG,
      org_structure: LONG,
      decision_process: LONG.repeat(2),
      opportunity_1y: 12_000_000,
      opportunity_3_5y: 40_000_000,
      last_review: date(1, 20),
    },
    tables: {
      Team: [
        {
          member: "Иванова Анна",
          role: l("team_roles", "kam"),
          time_share: 0.5,
          commitments: LONG,
        },
        { member: "Петров Олег", role: l("team_roles", "executive_sponsor"), time_share: 0.1 },
        { member: "Сидорова Мария", role: l("team_roles", "logistics"), time_share: 0.2 },
      ],
      Assortment: ITEMS.map((item, i) => ({
        item,
        category: i < 7 ? "Напитки" : "Густые",
        status: l("assortment_status", i === 14 ? "new" : "current"),
      })),
      SalesPlan: plan,
      SalesActual: actual,
      DiscountTiers: [
        {
          tier: "Объём-1",
          condition: l("discount_conditions", "volume"),
          basis_period: l("period_types", "quarter"),
          threshold: 2_000_000,
          rate: 0.02,
        },
        {
          tier: "Объём-2",
          condition: l("discount_conditions", "volume"),
          basis_period: l("period_types", "quarter"),
          threshold: 2_500_000,
          rate: 0.03,
        },
        {
          tier: "Оплата в срок",
          condition: l("discount_conditions", "payment_discipline"),
          basis_period: l("period_types", "half_year"),
          threshold: 5_000_000,
          rate: 0.01,
        },
      ],
      Activities: [
        {
          activity: "Встреча с категорийным менеджером",
          date: date(2, 10),
          owner: "Иванова",
          cost: 0,
          status: l("activity_status", "done"),
        },
        {
          activity: "Промо «Молочная неделя»",
          kind: l("activity_kinds", "promo"),
          item: "Молоко 3,2% 1 л",
          date: date(5, 12),
          owner: "Иванова",
          cost: 150_000,
          status: l("activity_status", "planned"),
          goal: "Рост продаж молока на 15 % в мае",
        },
        {
          activity: "Обучение персонала магазинов",
          date: date(6, 3),
          owner: "Сидорова",
          cost: 40_000,
          status: l("activity_status", "planned"),
        },
        {
          activity: "Выставка «Продэкспо»",
          date: date(5, 12),
          owner: "Петров",
          cost: 90_000,
          status: l("activity_status", "planned"),
        },
        {
          activity: "Дегустации в 20 магазинах",
          kind: l("activity_kinds", "promo"),
          item: "Кефир 1% 0,9 л",
          date: date(4, 20),
          owner: "Иванова",
          cost: 60_000,
          status: l("activity_status", "planned"),
        },
        {
          activity: "Скидка на всё в марте",
          kind: l("activity_kinds", "promo"),
          date: date(3, 1),
          effect_to: date(4, 30),
          owner: "Иванова",
          cost: 10_000,
          status: l("activity_status", "done"),
        },
        {
          activity: "Отменённая поездка",
          date: date(7, 1),
          owner: "Петров",
          cost: 30_000,
          status: l("activity_status", "cancelled"),
        },
        {
          activity: "Пересмотр контракта",
          date: date(9, 15),
          owner: "Петров",
          cost: 0,
          status: l("activity_status", "planned"),
        },
        {
          activity: "Годовая встреча с собственником",
          date: date(11, 25),
          owner: "Петров",
          cost: 20_000,
        },
      ],
      Risks: [
        {
          risk: "Конкурент снизит цену на молоко",
          probability: l("levels", "medium"),
          impact: l("levels", "high"),
          mitigation: "Промо и бонус за объём",
          owner: "Иванова",
        },
        {
          risk: "Задержки оплаты",
          probability: l("levels", "low"),
          impact: l("levels", "medium"),
          owner: "Сидорова",
        },
        {
          risk: "Смена категорийного менеджера",
          probability: l("levels", "high"),
          impact: l("levels", "high"),
          mitigation: LONG,
          owner: "Петров",
        },
        {
          risk: "Делистинг сметаны 20 %",
          probability: l("levels", "medium"),
          impact: l("levels", "medium"),
        },
        {
          risk: "Рост логистических затрат",
          probability: l("levels", "high"),
          impact: l("levels", "medium"),
          mitigation: "Пересмотр графика поставок",
        },
        { risk: "Сезонное падение спроса" },
      ],
      KPI: [
        {
          kpi: "Выручка",
          period: l("period_types", "year"),
          target: 9_000_000,
          actual: 2_900_000,
          weight: 0.6,
        },
        {
          kpi: "Доля полки",
          period: l("period_types", "quarter"),
          target: 0.25,
          actual: 0.22,
          weight: 0.4,
        },
      ],
      DecisionGroup: [
        {
          person: "Смирнов Игорь",
          position: "Коммерческий директор",
          role: l("dmu_roles", "decision_maker"),
          attitude: l("attitudes", "neutral"),
        },
        {
          person: "Козлова Ольга",
          position: "Категорийный менеджер",
          role: l("dmu_roles", "technical"),
          attitude: l("attitudes", "supporter"),
        },
        {
          person: "Орлов Павел",
          position: "Финансовый директор",
          role: l("dmu_roles", "economic"),
          attitude: l("attitudes", "opponent"),
        },
        {
          person: "Белова Анна",
          position: "Директор магазина",
          role: l("dmu_roles", "user"),
          attitude: l("attitudes", "supporter"),
        },
        {
          person: "Зуев Кирилл",
          position: "Логист",
          role: l("dmu_roles", "informant"),
          attitude: l("attitudes", "supporter"),
        },
        {
          person: "Глебов Илья",
          position: "Генеральный директор",
          role: l("dmu_roles", "decision_maker"),
          attitude: l("attitudes", "supporter"),
        },
        {
          person: "Юдина Вера",
          position: "Закупщик",
          role: l("dmu_roles", "gatekeeper"),
          attitude: l("attitudes", "opponent"),
        },
      ],
      Competitors: [
        {
          name: "Молочный край",
          type: l("competitor_types", "direct"),
          strengths: "Цена",
          our_response: LONG,
        },
        { name: "Ремонт магазинов", type: l("competitor_types", "budget_contender") },
        { name: "Оставить как есть", type: l("competitor_types", "inertia") },
        { name: "Собственная марка сети", type: l("competitor_types", "do_it_yourself") },
      ],
    },
    archive: [],
  };
}
