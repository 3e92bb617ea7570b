import { writeFile } from "node:fs/promises";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { CellValue, Lang, Month } from "../../domain/values";
import { buildLayout } from "../../layout/build";
import type { PlanPeriod, WorkbookValues } from "../../layout/types";
import { writeWorkbook } from "../../xlsx/write";
import { PERIOD_MONTHS, addMonths, serialOfIso } from "../../domain/periods";

/**
 * Real plan workbooks for the portfolio tests and the bench: the default
 * layout filled with values (not formulas), written by the project's .xlsx
 * writer. `aPlanValues({ client: 'ООО Ромашка', team: [['Иванов', 0.6]] })`.
 */

/** What varies between generated plans. */
export interface PlanSpec {
  readonly client?: string;
  readonly kam?: string;
  readonly start?: Month;
  readonly period?: PlanPeriod;
  /** [member, time_share]; the first one is the KAM. */
  readonly team?: readonly (readonly [string, number])[];
  /** item → amounts per plan month in order (currency units). */
  readonly sales?: Readonly<Record<string, readonly number[]>>;
  readonly actuals?: Readonly<Record<string, readonly number[]>>;
  readonly lastReview?: string;
  readonly budgetFixed?: number;
  readonly activityCost?: number;
  readonly creditLimit?: number;
  /** Extra form values by key (override the defaults). */
  readonly form?: Readonly<Record<string, CellValue>>;
}

/** The months of a plan from `start`. */
export function monthsFrom(start: Month, count: number): Month[] {
  return Array.from({ length: count }, (_, i) => addMonths(start, i));
}

function salesRows(
  sales: Readonly<Record<string, readonly number[]>>,
  months: readonly Month[]
): Record<string, CellValue>[] {
  return Object.entries(sales).map(([item, amounts]) => {
    const row: Record<string, CellValue> = { item };
    months.forEach((month, i) => (row[month] = amounts[i] ?? null));
    return row;
  });
}

/** The values of a well-filled plan. */
export function aPlanValues(spec: PlanSpec = {}): WorkbookValues {
  const start = spec.start ?? "2027-01";
  const period = spec.period ?? "year";
  const months = monthsFrom(start, PERIOD_MONTHS[period]);
  const team = spec.team ?? [
    [spec.kam ?? "Иванов Иван", 0.5],
    ["Петров Пётр", 0.1],
  ];
  const sales = spec.sales ?? {
    "Молоко 3,2%": months.map(() => 100000),
    "Сыр Российский": months.map(() => 50000),
  };
  return {
    form: {
      client_name: spec.client ?? "ООО «Ромашка»",
      kam_name: spec.kam ?? "Иванов Иван",
      client_segment: "key",
      plan_start: serialOfIso(`${start}-01`),
      plan_period: period,
      checkpoint_period: period === "quarter" ? "month" : "quarter",
      budget_method: "fixed",
      budget_fixed: spec.budgetFixed ?? 50000,
      credit_limit: spec.creditLimit ?? 1000000,
      credit_depth_days: 30,
      opportunity_1y: 5000000,
      last_review: serialOfIso(spec.lastReview ?? `${start}-01`),
      ...spec.form,
    },
    tables: {
      Team: team.map(([member, share], i) => ({
        member,
        role: i === 0 ? "kam" : "executive_sponsor",
        time_share: share,
      })),
      Assortment: Object.keys(sales).map((item) => ({ item, status: "current" })),
      SalesPlan: salesRows(sales, months),
      SalesActual: salesRows(spec.actuals ?? {}, months),
      Activities: [
        {
          activity: "Стратегическая сессия",
          date: serialOfIso(`${start}-15`),
          cost: spec.activityCost ?? 20000,
          status: "planned",
          owner: "Иванов",
        },
      ],
      KPI: [
        {
          kpi: "Выручка",
          period: period === "quarter" ? "quarter" : "quarter",
          target: 100,
          actual: 90,
          weight: 0.7,
        },
        { kpi: "Доля полки", period: "quarter", target: 10, actual: 12, weight: 0.3 },
      ],
      DecisionGroup: [
        {
          person: "Сидоров",
          role: "decision_maker",
          attitude: "supporter",
          last_contact: serialOfIso(`${start}-01`),
        },
        { person: "Кузнецова", role: "technical", attitude: "neutral" },
        { person: "Смирнов", role: "economic", attitude: "neutral" },
        { person: "Попова", role: "user", attitude: "supporter" },
      ],
      Competitors: [
        { name: "Альфа", type: "direct" },
        { name: "Ремонт офиса", type: "budget_contender" },
        { name: "Всё как есть", type: "inertia" },
        { name: "Своё производство", type: "do_it_yourself" },
      ],
    },
    archive: [],
  };
}

/** An .xlsx of a plan with `values` (default layout and config). */
export async function planWorkbook(
  values: WorkbookValues,
  options: { readonly lang?: Lang; readonly start?: Month; readonly period?: PlanPeriod } = {}
): Promise<Buffer> {
  const period = options.period ?? (values.form.plan_period as PlanPeriod | undefined) ?? "year";
  const layout = buildLayout(DEFAULT_CONFIG, {
    lang: options.lang ?? "ru",
    start: options.start ?? "2027-01",
    period,
    values,
  });
  return writeWorkbook(layout);
}

/** Write a generated plan to `path`. */
export async function writePlanFile(
  path: string,
  spec: PlanSpec = {},
  lang: Lang = "ru"
): Promise<void> {
  await writeFile(
    path,
    await planWorkbook(aPlanValues(spec), {
      lang,
      start: spec.start ?? "2027-01",
      period: spec.period ?? "year",
    })
  );
}
