import type { PlanNumbers } from "../calc/types";
import type { KamConfig } from "../config/types";
import type { Bilingual } from "../values";

/**
 * The computed totals of a plan, before and after a change. Keys are the
 * spec's computed field keys; `spending` and `actual_total` are the two
 * figures the summary and diff add (activities' cost, all actual sales).
 */

/** How a total is shown: money (minor units), a ratio (fraction) or a date (serial). */
export type TotalKind = "amount" | "ratio" | "date";

/** One computed total before and after. */
export interface TotalChange {
  readonly key: string;
  readonly label: Bilingual;
  readonly kind: TotalKind;
  readonly before: number | null;
  readonly after: number | null;
  readonly changed: boolean;
}

const TOTALS: readonly (readonly [
  string,
  TotalKind,
  (n: PlanNumbers) => number | null,
  Bilingual,
])[] = [
  ["plan_end", "date", (n) => n.planEnd, { ru: "Окончание плана", en: "Plan end" }],
  [
    "sales_plan_total",
    "amount",
    (n) => n.salesPlanTotal,
    { ru: "План продаж, итого", en: "Sales plan total" },
  ],
  [
    "actual_total",
    "amount",
    (n) => n.actualRollups.total?.total ?? 0,
    { ru: "Факт продаж, итого", en: "Actual sales total" },
  ],
  [
    "discount_total",
    "amount",
    (n) => n.discountTotal,
    { ru: "Скидки, итого", en: "Discount total" },
  ],
  [
    "net_sales_total",
    "amount",
    (n) => n.netSalesTotal,
    { ru: "Продажи за вычетом скидок", en: "Net sales total" },
  ],
  ["budget_amount", "amount", (n) => n.budgetAmount, { ru: "Бюджет", en: "Budget" }],
  [
    "spending",
    "amount",
    (n) => n.spending,
    { ru: "Затраты на мероприятия", en: "Spending on activities" },
  ],
  [
    "credit_required",
    "amount",
    (n) => n.creditRequired,
    { ru: "Потребность в кредите", en: "Credit required" },
  ],
  [
    "credit_utilization",
    "ratio",
    (n) => n.creditUtilization,
    { ru: "Использование лимита", en: "Credit utilization" },
  ],
  ["kpi_score", "ratio", (n) => n.kpiScore, { ru: "Оценка KPI", en: "KPI score" }],
  [
    "fulfillment_to_date",
    "ratio",
    (n) => n.totalFulfillmentToDate,
    { ru: "Выполнение на дату", en: "Fulfillment to date" },
  ],
  [
    "forecast_total",
    "amount",
    (n) => n.forecastTotal,
    { ru: "Прогноз за период", en: "Forecast total" },
  ],
  ["next_review", "date", (n) => n.nextReview, { ru: "Следующий пересмотр", en: "Next review" }],
];

/** Every computed total before and after; labels from the configuration's field labels where it has the field. */
export function diffTotals(
  before: PlanNumbers,
  after: PlanNumbers,
  config: KamConfig
): TotalChange[] {
  return TOTALS.map(([key, kind, pick, fallback]) => {
    const a = pick(before);
    const b = pick(after);
    const label = config.fields.find((f) => f.key === key)?.label ?? fallback;
    const changed =
      a === null || b === null ? a !== b : Math.abs(a - b) > (kind === "ratio" ? 1e-12 : 0);
    return { key, label, kind, before: a, after: b, changed };
  });
}
