import { serialOfIso } from "../domain/periods";
import type { CellValue } from "../domain/values";

/** A date as an Excel serial (days since 1899-12-30); throws for text that is not a real ISO date (a bug in the sample). */
export function serial(iso: string): number {
  const value = serialOfIso(iso);
  if (value === null) throw new Error(`Not an ISO date: ${iso}`);
  return value;
}

/** A filled plan as raw cell values: form fields by key, table rows by field key (and `YYYY-MM` for month columns). */
export interface SamplePlan {
  readonly form: Readonly<Record<string, CellValue>>;
  readonly tables: Readonly<Record<string, readonly Readonly<Record<string, CellValue>>[]>>;
}

const MONTHS = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"];
const monthly = (amount: number): Record<string, number> =>
  Object.fromEntries(MONTHS.map((m) => [m, amount]));

/** The day the preview pretends it is, so the sample's findings (REVIEW_OVERDUE) do not drift. */
export const SAMPLE_TODAY = "2027-03-15";

/**
 * The preview's sample: a half-year plan (January–June 2027) of a coffee distributor's key client,
 * filled in Russian, with a handful of findings a KAM would meet (see `SAMPLE_FINDING_CODES`).
 * List fields hold their Russian labels, as a person picks them from the drop-down.
 */
export const SAMPLE_PLAN: SamplePlan = {
  form: {
    client_name: "ООО «Северный ветер»",
    kam_name: "Анна Иванова",
    client_segment: "Ключевой",
    plan_start: serial("2027-01-01"),
    plan_period: "Полугодие",
    checkpoint_period: "Квартал",
    budget_method: "Процент от оборота",
    budget_rate: 0.02,
    credit_limit: 500_000,
    credit_depth_days: 30,
    client_description: "Сеть из 120 кофеен в Северо-Западном регионе.",
    relationship_status: "Развиваются",
    opportunity_1y: 9_000_000,
    last_review: serial("2026-12-01"),
    plan_status: "Утверждён",
    approved_by: "Сергей Орлов",
    approved_on: serial("2026-12-20"),
    plan_version: "1.0",
  },
  tables: {
    Team: [
      {
        member: "Анна Иванова",
        role: "КАМ",
        commitments: "Ведёт клиента, готовит план",
        time_share: 0.5,
      },
      {
        member: "Олег Петров",
        role: "Поддержка продаж",
        commitments: "Заказы и отгрузки",
        time_share: 0.3,
      },
    ],
    Assortment: [
      { item: "Кофе в зёрнах", category: "Кофе", status: "Текущая" },
      { item: "Чай листовой", category: "Чай", status: "Расширить" },
    ],
    SalesPlan: [
      { item: "Кофе в зёрнах", ...monthly(1_000_000) },
      { item: "Чай листовой", ...monthly(400_000) },
      { item: "Сиропы", ...monthly(150_000) },
    ],
    SalesActual: [
      { item: "Кофе в зёрнах", "2027-01": 950_000, "2027-02": 1_020_000 },
      { item: "Чай листовой", "2027-01": 380_000, "2027-02": 410_000 },
    ],
    DiscountTiers: [
      {
        tier: "Объём 1",
        condition: "За объём",
        basis_period: "Квартал",
        threshold: 3_000_000,
        rate: 0.02,
        accrual: "В накладной",
      },
      {
        tier: "Объём 2",
        condition: "За объём",
        basis_period: "Квартал",
        threshold: 4_500_000,
        rate: 0.03,
        accrual: "В накладной",
      },
    ],
    Activities: [
      {
        activity: "Стратегическая сессия с закупками",
        date: serial("2027-02-10"),
        owner: "Анна Иванова",
        cost: 150_000,
        status: "Запланировано",
      },
      {
        activity: "Промо «Зимний кофе»",
        kind: "Промоакция",
        item: "Кофе в зёрнах",
        date: serial("2027-02-05"),
        owner: "Анна Иванова",
        cost: 40_000,
        status: "Выполнено",
      },
      {
        activity: "Дегустация новых сортов",
        date: serial("2027-04-20"),
        owner: "Олег Петров",
        cost: 80_000,
        status: "Запланировано",
      },
    ],
    Risks: [
      {
        risk: "Переход сети на собственную обжарку",
        probability: "Средний",
        impact: "Высокий",
        mitigation: "Предложить эксклюзивный купаж",
        owner: "Анна Иванова",
      },
    ],
    KPI: [
      { kpi: "Выручка", unit: "руб.", period: "Полугодие", target: 9_300_000, weight: 0.6 },
      { kpi: "Доля ассортимента на полке", unit: "%", period: "Квартал", target: 0.8, weight: 0.3 },
    ],
    DecisionGroup: [
      {
        person: "Сергей Смирнов",
        position: "Финансовый директор",
        role: "Экономический покупатель",
        attitude: "Нейтрален",
      },
      {
        person: "Мария Кузнецова",
        position: "Категорийный менеджер",
        role: "Пользователь",
        attitude: "Противник",
      },
    ],
    Competitors: [
      { name: "Кофе-Импорт", type: "Прямой конкурент", strengths: "Цена", threat: "Высокий" },
    ],
  },
};

/**
 * What checking the sample must find (on `SAMPLE_TODAY`): KPI weights 90 %, no executive sponsor,
 * syrups not in the assortment, credit need above the limit, activities above the budget, no decision
 * maker and no supporter in the decision group, only direct competitors considered, a 1-year
 * opportunity below the plan, an overdue dossier review, and (a hint) no technical role known.
 */
export const SAMPLE_FINDING_CODES = [
  "KPI_WEIGHTS_NOT_100",
  "TEAM_NO_EXECUTIVE_SPONSOR",
  "SALES_ITEM_NOT_IN_ASSORTMENT",
  "CREDIT_LIMIT_EXCEEDED",
  "BUDGET_EXCEEDED",
  "DMU_NO_DECISION_MAKER",
  "DMU_NO_SUPPORTER",
  "COMPETITOR_TYPES_UNCOVERED",
  "OPPORTUNITY_BELOW_PLAN",
  "REVIEW_OVERDUE",
  "DMU_ROLE_UNCOVERED",
] as const;
