import { planOf, type PlanSpec } from "../../calc/testing/plan-fixture";
import { serialOfIso } from "../../periods";
import type { Plan } from "../../plan";

const d = (iso: string): number => serialOfIso(iso) ?? Number.NaN;

/**
 * A half-year plan from 2027-01 for what-if tests: two items (Молоко 100 000 ₽ a month, Кефир
 * 50 000 ₽), two quarterly volume tiers (300 000 ₽ → 2 %, 400 000 ₽ → 3 %), 30 days of deferral,
 * a 3 % budget, a credit limit of 200 000 ₽, one KPI.
 */
export function aWhatIfPlan(extra: Partial<PlanSpec> = {}): Plan {
  const months = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"];
  const sales = (item: string, amount: number): Record<string, string | number> => ({
    item,
    ...Object.fromEntries(months.map((m) => [m, amount])),
  });
  return planOf({
    form: {
      plan_start: d("2027-01-01"),
      plan_period: "half_year",
      budget_method: "percent_of_turnover",
      budget_rate: 0.03,
      credit_limit: 200_000_00,
      credit_depth_days: 30,
      last_review: d("2027-01-10"),
      ...extra.form,
    },
    tables: {
      SalesPlan: [sales("Молоко 3,2%", 100_000_00), sales("Кефир 1%", 50_000_00)],
      SalesActual: [{ item: "Молоко 3,2%", "2027-01": 90_000_00 }],
      DiscountTiers: [
        {
          tier: "Базовая",
          condition: "volume",
          basis_period: "quarter",
          threshold: 300_000_00,
          rate: 0.02,
        },
        {
          tier: "Высокая",
          condition: "volume",
          basis_period: "quarter",
          threshold: 400_000_00,
          rate: 0.03,
        },
      ],
      KPI: [{ kpi: "Выручка", period: "half_year", target: 900_000, actual: 450_000, weight: 1 }],
      Activities: [{ activity: "Промо", cost: 10_000_00, status: "planned" }],
      ...extra.tables,
    },
    ...(extra.settings ? { settings: extra.settings } : {}),
  });
}
