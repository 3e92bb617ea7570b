import { calculatePlan } from "../../calc/calculate";
import { planOf, type PlanSpec } from "../../calc/testing/plan-fixture";
import type { FindingCode } from "../../codes";
import type { Finding } from "../../findings";
import { serialOfIso } from "../../periods";
import type { TypedValue } from "../../plan";
import type { Lang } from "../../values";
import { ruleFindings } from "..";

type Row = Readonly<Record<string, TypedValue | null>>;

/** Serial of an ISO date for test data (NaN for a bad one, so a typo fails loudly). */
export const d = (iso: string): number => serialOfIso(iso) ?? Number.NaN;

const months = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"];
const monthly = (amount: number): Record<string, number> =>
  Object.fromEntries(months.map((m) => [m, amount]));

/**
 * A half-year plan from 2027-01 without any rule finding (for today in
 * 2027-01-10 … 2027-04-09): tests change one thing and expect one finding.
 */
export const CLEAN: Required<Pick<PlanSpec, "form">> & {
  readonly tables: Readonly<Record<string, readonly Row[]>>;
} = {
  form: {
    client_name: "ООО «Ромашка»",
    kam_name: "Иван Петров",
    client_segment: "key",
    plan_start: d("2027-01-01"),
    plan_period: "half_year",
    checkpoint_period: "quarter",
    budget_method: "percent_of_turnover",
    budget_rate: 0.03,
    credit_limit: 5_000_000_00,
    credit_depth_days: 30,
    opportunity_1y: 2_000_000_00,
    last_review: d("2027-01-10"),
    plan_status: "approved",
    approved_by: "Сергей Орлов",
    approved_on: d("2026-12-20"),
  },
  tables: {
    Team: [
      { member: "Иван Петров", role: "kam", time_share: 0.5 },
      { member: "Анна Смирнова", role: "executive_sponsor", time_share: 0.1 },
    ],
    Assortment: [{ item: "Молоко 3,2%" }, { item: "Кефир 1%" }],
    SalesPlan: [
      { item: "Молоко 3,2%", ...monthly(100_000_00) },
      { item: "Кефир 1%", ...monthly(50_000_00) },
    ],
    SalesActual: [
      { item: "Молоко 3,2%", "2027-01": 90_000_00, "2027-02": 95_000_00, "2027-03": 0 },
    ],
    DiscountTiers: [
      {
        tier: "Базовая",
        condition: "volume",
        basis_period: "quarter",
        threshold: 300_000_00,
        rate: 0.02,
      },
      {
        tier: "Большая",
        condition: "volume",
        basis_period: "quarter",
        threshold: 400_000_00,
        rate: 0.03,
      },
    ],
    Activities: [
      {
        activity: "Промоакция",
        date: d("2027-03-15"),
        cost: 20_000_00,
        status: "planned",
        owner: "Анна Смирнова",
      },
    ],
    KPI: [
      { kpi: "Выручка", period: "quarter", target: 450_000, weight: 0.7 },
      { kpi: "Доля полки", period: "quarter", target: 0.3, weight: 0.3 },
    ],
    DecisionGroup: [
      {
        person: "Олег",
        role: "decision_maker",
        attitude: "supporter",
        last_contact: d("2027-01-10"),
      },
      { person: "Мария", role: "technical", attitude: "neutral" },
      { person: "Пётр", role: "economic", attitude: "neutral" },
      { person: "Елена", role: "user", attitude: "supporter" },
    ],
    Competitors: [
      { name: "Комбинат", type: "direct" },
      { name: "Реклама", type: "budget_contender" },
      { name: "Как есть", type: "inertia" },
      { name: "Своя марка", type: "do_it_yourself" },
    ],
  },
};

/** The clean plan with some form values and whole tables replaced. */
export function cleanWith(
  form: Readonly<Record<string, TypedValue | null>> = {},
  tables: Readonly<Record<string, readonly Row[]>> = {},
  rest: Omit<PlanSpec, "form" | "tables"> = {}
): PlanSpec {
  return { ...rest, form: { ...CLEAN.form, ...form }, tables: { ...CLEAN.tables, ...tables } };
}

/** Rule findings of a plan spec (today 2027-02-01 unless told). */
export function findingsOf(
  spec: PlanSpec,
  today = "2027-02-01",
  lang: Lang = "ru"
): readonly Finding[] {
  const plan = planOf(spec);
  return ruleFindings(plan, calculatePlan(plan), { lang, today: d(today) });
}

/** Only the findings of one code. */
export function withCode(findings: readonly Finding[], code: FindingCode): readonly Finding[] {
  return findings.filter((f) => f.code === code);
}

/** A message with every kind of space (Intl's narrow no-break space in `1 234,56`) as a plain space. */
export const plain = (message: string | undefined): string => (message ?? "").replace(/\s/g, " ");
