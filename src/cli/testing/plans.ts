import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { KamConfig } from "../../domain/config/types";
import { serialOfDate } from "../../domain/periods";
import type { CellValue, Lang } from "../../domain/values";
import { buildLayout } from "../../layout/build";
import type { WorkbookValues } from "../../layout/types";
import { writeWorkbook } from "../../xlsx/write";

/** The label of a list value in `lang` (what the dropdown writes into the cell). */
export function listLabel(
  list: string,
  value: string,
  lang: Lang,
  config: KamConfig = DEFAULT_CONFIG
): string {
  const found = config.lists.find((l) => l.key === list)?.values.find((v) => v.value === value);
  if (!found) throw new Error(`no value ${value} in list ${list}`);
  return found.label[lang];
}

/**
 * A complete one-year plan from 2027-01 that has no errors (warnings are
 * allowed): two sales items, a KAM and a sponsor, KPIs weighing 100 %, a
 * decision group with a decision maker who supports us, all four competitor
 * types, a volume discount, activities within the budget, approved (spec §9);
 * actuals for January and February.
 */
export function completePlanValues(lang: Lang = "ru"): WorkbookValues {
  const l = (list: string, value: string): string => listLabel(list, value, lang);
  const months = (values: readonly number[]): Record<string, CellValue> =>
    Object.fromEntries(values.map((v, i) => [`2027-${String(i + 1).padStart(2, "0")}`, v]));
  return {
    form: {
      client_name: "ООО «Альфа»",
      kam_name: "Иванова Анна",
      client_segment: l("segments", "key"),
      plan_start: serialOfDate(2027, 1, 1),
      plan_period: l("plan_periods", "year"),
      checkpoint_period: l("period_types", "quarter"),
      budget_method: l("budget_methods", "percent_of_turnover"),
      budget_rate: 0.02,
      credit_limit: 5_000_000,
      credit_depth_days: 30,
      opportunity_1y: 20_000_000,
      last_review: serialOfDate(2026, 12, 1),
      plan_status: l("plan_statuses", "approved"),
      approved_by: "Орлов Сергей",
      approved_on: serialOfDate(2026, 12, 20),
      plan_version: "1.0",
    },
    tables: {
      Team: [
        { member: "Иванова Анна", role: l("team_roles", "kam"), time_share: 0.5 },
        { member: "Петров Олег", role: l("team_roles", "executive_sponsor"), time_share: 0.1 },
      ],
      Assortment: [
        { item: "Молоко", status: l("assortment_status", "current") },
        { item: "Кефир", status: l("assortment_status", "expand") },
      ],
      SalesPlan: [
        {
          item: "Молоко",
          ...months([
            100000, 120000.5, 90000, 110000, 100000, 100000, 100000, 100000, 100000, 100000, 100000,
            150000,
          ]),
        },
        {
          item: "Кефир",
          ...months([50000, 50000, 50000, 0, 0, 60000, 60000, 60000, 60000, 60000, 60000, 70000]),
        },
      ],
      SalesActual: [{ item: "Молоко", "2027-01": 95000, "2027-02": 130000 }],
      DiscountTiers: [
        {
          tier: "Объём-1",
          condition: l("discount_conditions", "volume"),
          basis_period: l("period_types", "quarter"),
          threshold: 300000,
          rate: 0.02,
        },
        {
          tier: "Объём-2",
          condition: l("discount_conditions", "volume"),
          basis_period: l("period_types", "quarter"),
          threshold: 450000,
          rate: 0.03,
        },
      ],
      Activities: [
        {
          activity: "Встреча с закупкой",
          date: serialOfDate(2027, 2, 15),
          cost: 10000,
          status: l("activity_status", "planned"),
          owner: "Петров",
        },
        {
          activity: "Промо",
          date: serialOfDate(2027, 5, 1),
          cost: 50000,
          status: l("activity_status", "cancelled"),
        },
      ],
      KPI: [
        {
          kpi: "Выручка",
          period: l("period_types", "quarter"),
          target: 500000,
          actual: 450000,
          weight: 0.7,
        },
        { kpi: "Доля полки", period: l("period_types", "quarter"), target: 0.3, weight: 0.3 },
      ],
      DecisionGroup: [
        {
          person: "Смирнов",
          role: l("dmu_roles", "decision_maker"),
          attitude: l("attitudes", "supporter"),
          // Contacted on the day the CLI tests' "overdue review" falls due (spec §10: DMU_CONTACT_STALE).
          last_contact: serialOfDate(2027, 6, 1),
        },
        {
          person: "Козлова",
          role: l("dmu_roles", "technical"),
          attitude: l("attitudes", "neutral"),
        },
        { person: "Орлов", role: l("dmu_roles", "economic"), attitude: l("attitudes", "neutral") },
        { person: "Белова", role: l("dmu_roles", "user"), attitude: l("attitudes", "supporter") },
      ],
      Competitors: [
        { name: "Бета", type: l("competitor_types", "direct") },
        { name: "Ремонт офиса", type: l("competitor_types", "budget_contender") },
        { name: "Оставить как есть", type: l("competitor_types", "inertia") },
        { name: "Своё производство", type: l("competitor_types", "do_it_yourself") },
      ],
    },
    archive: [],
  };
}

/** An .xlsx of the default layout holding `values` (a year from 2027-01 unless told otherwise). */
export async function workbookWith(
  values: WorkbookValues,
  options: { lang?: Lang; config?: KamConfig } = {}
): Promise<Buffer> {
  const lang = options.lang ?? "ru";
  return writeWorkbook(
    buildLayout(options.config ?? DEFAULT_CONFIG, {
      lang,
      start: "2027-01",
      period: "year",
      values,
    })
  );
}
