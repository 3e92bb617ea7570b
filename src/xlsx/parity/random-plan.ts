import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { ListDef, Settings } from "../../domain/config/types";
import { fromMinor, toMinor } from "../../domain/money";
import {
  addMonths,
  periodMonths,
  planMonths,
  serialOfDate,
  parseMonth,
  type PlanPeriod,
} from "../../domain/periods";
import type { CellValue, Lang, Month } from "../../domain/values";
import type { WorkbookValues } from "../../layout/types";

/** One plan of the parity test: how to build it and the values typed into it. */
export interface ParityCase {
  readonly name: string;
  readonly lang: Lang;
  readonly start: Month;
  readonly period: PlanPeriod;
  readonly values: WorkbookValues;
  /** Settings that differ from the run's configuration (spec §10: `gross_margin`). */
  readonly settings?: Partial<Settings>;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same plans. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const chance = (r: Rand, p: number): boolean => r() < p;
const cents = (r: Rand, max: number): number => int(r, 0, max * 100) / 100;

const list = (key: string): ListDef | undefined => DEFAULT_CONFIG.lists.find((l) => l.key === key);

/** A list value in a random spelling the readers accept: key, ru or en label, random case, sometimes padded. */
export function spell(r: Rand, listKey: string, value: string): string {
  const v = list(listKey)?.values.find((x) => x.value === value);
  const base = v ? pick(r, [v.value, v.label.ru, v.label.en]) : value;
  const cased = pick(r, [base, base, base.toUpperCase(), base.toLowerCase()]);
  return chance(r, 0.15) ? ` ${cased} ` : cased;
}

function randomValue(r: Rand, listKey: string): string {
  const values = list(listKey)?.values ?? [];
  return spell(r, listKey, pick(r, values).value);
}

/** A random filled plan (values only, never formulas). */
export function randomCase(seed: number): ParityCase {
  const r = rng(seed);
  const lang: Lang = chance(r, 0.5) ? "ru" : "en";
  const period = pick(r, ["quarter", "half_year", "year"] as const);
  const start = addMonths("2025-01", int(r, 0, 72));
  const months = planMonths(
    serialOfDate(parseMonth(start).year, parseMonth(start).month, 1),
    period
  );
  const { year, month } = parseMonth(start);
  const form: Record<string, CellValue> = {
    client_name: `Client ${seed}`,
    plan_start: serialOfDate(year, month, chance(r, 0.8) ? 1 : int(r, 2, 28)),
    plan_period: spell(r, "plan_periods", period),
  };
  if (chance(r, 0.85)) form.budget_method = randomValue(r, "budget_methods");
  if (chance(r, 0.7)) form.budget_rate = int(r, 0, 1000) / 10000;
  if (chance(r, 0.7)) form.budget_fixed = cents(r, 50000);
  if (chance(r, 0.8)) form.credit_limit = chance(r, 0.2) ? 0 : cents(r, 500000);
  if (chance(r, 0.8)) form.credit_depth_days = int(r, 0, 120);
  if (chance(r, 0.8)) form.last_review = serialOfDate(year, month, 1) - int(r, 0, 400);
  // Completeness: some of the dossier filled, a blank-looking text counts as empty.
  if (chance(r, 0.5)) form.mission = chance(r, 0.2) ? "   " : "Mission";
  if (chance(r, 0.5)) form.headcount = int(r, 1, 5000);

  const salesRows = (n: number, prefix: string): Record<string, CellValue>[] =>
    Array.from({ length: n }, (_, i) => {
      const row: Record<string, CellValue> = { item: `${prefix} ${i + 1}` };
      for (const m of months)
        if (chance(r, 0.8)) row[m] = chance(r, 0.1) ? int(r, 0, 5000) : cents(r, 200000);
      return row;
    });
  const plan = salesRows(int(r, 0, 8), "Item");
  const actual = salesRows(int(r, 0, 6), "Item");
  asOfDraws(seed, months, form, actual);
  const monthSum = (ms: readonly Month[]): number =>
    fromMinor(
      plan.reduce((s, row) => s + ms.reduce((t, m) => t + toMinor(Number(row[m] ?? 0)), 0), 0)
    );

  const tiers = Array.from({ length: int(r, 0, 7) }, () => {
    const basis = pick(r, ["month", "quarter", "half_year", "year"]);
    const size = periodMonths(basis) ?? 1;
    // Thresholds exactly equal to a block's sales are the edge that matters.
    const exact = monthSum(months.slice(0, size));
    const row: Record<string, CellValue> = {
      tier: "T",
      condition: chance(r, 0.05) ? "xyz" : randomValue(r, "discount_conditions"),
      basis_period: spell(r, "period_types", basis),
      threshold: chance(r, 0.3) ? exact : chance(r, 0.1) ? 0 : cents(r, 300000 * size),
      rate: int(r, 0, 1500) / 10000,
    };
    if (chance(r, 0.05)) row.rate = null;
    return row;
  });
  const activities: Record<string, CellValue>[] = Array.from({ length: int(r, 0, 5) }, (_, i) => ({
    activity: `A${i}`,
    cost: chance(r, 0.9) ? cents(r, 20000) : null,
    status: chance(r, 0.8) ? randomValue(r, "activity_status") : null,
  }));
  const kpi: Record<string, CellValue>[] = Array.from({ length: int(r, 0, 5) }, (_, i) => ({
    kpi: `K${i}`,
    period: randomValue(r, "period_types"),
    target: chance(r, 0.15) ? 0 : (chance(r, 0.05) ? -1 : 1) * (int(r, 1, 100000) / 100),
    actual: chance(r, 0.8) ? int(r, 0, 100000) / 100 : null,
    weight: int(r, 0, 100) / 100,
    direction: chance(r, 0.5) ? randomValue(r, "kpi_directions") : null,
  }));
  const risks = chance(r, 0.5) ? [{ risk: "R", probability: randomValue(r, "levels") }] : [];
  const settings = economicsDraws(seed, months, period, { actual, activities, kpi, tiers });
  const tables = {
    Risks: risks,
    SalesPlan: plan,
    SalesActual: actual,
    DiscountTiers: tiers,
    Activities: activities,
    KPI: kpi,
  };
  return {
    name: `random-${seed}`,
    lang,
    start,
    period,
    values: { form, tables, archive: [] },
    settings,
  };
}

/**
 * Spec §10 draws from their own generator (the other values of a seed stay as
 * they were): a tier whose threshold equals the first block's actual, promo
 * activities (kind in any spelling, an item of the plan in another spelling or
 * none, effect months from before the plan to after it, costs empty, 0 or
 * not), sales KPIs over the plan period without an actual, and sometimes a
 * gross margin.
 */
function economicsDraws(
  seed: number,
  months: readonly Month[],
  period: PlanPeriod,
  rows: {
    readonly actual: readonly Record<string, CellValue>[];
    readonly activities: Record<string, CellValue>[];
    readonly kpi: Record<string, CellValue>[];
    readonly tiers: Record<string, CellValue>[];
  }
): Partial<Settings> {
  const r = rng(seed * 104729 + 3);
  if (chance(r, 0.5)) {
    const basis = pick(r, ["month", "quarter"]);
    const size = periodMonths(basis) ?? 1;
    const exact = rows.actual.reduce(
      (s, row) =>
        s + months.slice(0, size).reduce((t, m) => t + toMinor(Number(row[m] ?? 0) || 0), 0),
      0
    );
    rows.tiers.push({
      condition: randomValue(r, "discount_conditions"),
      basis_period: spell(r, "period_types", basis),
      threshold: fromMinor(exact),
      rate: int(r, 1, 900) / 10000,
    });
  }
  const day = (i: number): number => {
    const month = addMonths(months[0] ?? "2027-01", i);
    const { year, month: m } = parseMonth(month);
    return serialOfDate(year, m, int(r, 1, 28));
  };
  for (let i = int(r, 0, 4); i > 0; i--) {
    const from = int(r, -2, months.length);
    const row: Record<string, CellValue> = {
      activity: `P${i}`,
      kind: chance(r, 0.85)
        ? spell(r, "activity_kinds", "promo")
        : randomValue(r, "activity_kinds"),
      date: chance(r, 0.9) ? day(from) : null,
      cost: chance(r, 0.15) ? null : chance(r, 0.1) ? 0 : cents(r, 50000),
      status: chance(r, 0.7) ? null : randomValue(r, "activity_status"),
    };
    if (chance(r, 0.6)) {
      const n = int(r, 1, 6);
      row.item = pick(r, [` item ${n}`, `ITEM  ${n}`, `Item ${n}`]);
    }
    if (chance(r, 0.4)) row.effect_from = day(from + int(r, -1, 1));
    if (chance(r, 0.4)) row.effect_to = day(from + int(r, 0, 2));
    rows.activities.push(row);
  }
  if (chance(r, 0.5))
    rows.kpi.push({
      kpi: "Sales",
      metric: spell(r, "kpi_metrics", "sales"),
      period: spell(r, "period_types", chance(r, 0.8) ? period : "month"),
      target: int(r, 1, 2000000),
      actual: chance(r, 0.8) ? null : int(r, 0, 2000000),
      weight: 0.1,
    });
  return chance(r, 0.6) ? { grossMargin: int(r, 0, 60) / 100 } : {};
}

/**
 * Spec §9 draws from their own generator (so the other values of a seed stay
 * as they were): actuals cut after a random month (sometimes none at all), a 0
 * or a blank-looking " " typed into a month, and sometimes an `as_of` from two
 * months before the plan to two months after it.
 */
function asOfDraws(
  seed: number,
  months: readonly Month[],
  form: Record<string, CellValue>,
  actual: Record<string, CellValue>[]
): void {
  const r = rng(seed * 7919 + 17);
  const through = int(r, -1, months.length - 1);
  for (const row of actual)
    months.forEach((m, i) => {
      if (i > through) row[m] = null;
    });
  const first = actual[0];
  const at = months[through];
  if (first !== undefined && at !== undefined && chance(r, 0.25)) first[at] = 0;
  const later = months[through + 1];
  if (first !== undefined && later !== undefined && chance(r, 0.2)) first[later] = " ";
  if (chance(r, 0.35)) {
    const start = firstDay(months[0] ?? "2027-01");
    form.as_of = start + int(r, -62, months.length * 31 + 62);
  }
}

const firstDay = (month: Month): number => {
  const { year, month: m } = parseMonth(month);
  return serialOfDate(year, m, 1);
};

/** The edge cases the issue names, each a small plan. */
export function edgeCases(): readonly ParityCase[] {
  const base = (
    start: Month,
    period: PlanPeriod,
    form: Record<string, CellValue>,
    tables: WorkbookValues["tables"]
  ): WorkbookValues => {
    const { year, month } = parseMonth(start);
    return {
      form: { plan_start: serialOfDate(year, month, 1), plan_period: period, ...form },
      tables,
      archive: [],
    };
  };
  return [
    {
      name: "empty-plan",
      lang: "ru",
      start: "2027-01",
      period: "year",
      values: base("2027-01", "year", {}, {}),
    },
    {
      name: "one-month-without-sales",
      lang: "en",
      start: "2027-04",
      period: "quarter",
      values: base(
        "2027-04",
        "quarter",
        { credit_depth_days: 45, credit_limit: 1000 },
        { SalesPlan: [{ item: "A", "2027-04": 1000, "2027-06": 2500.55 }] }
      ),
    },
    {
      name: "thresholds-equal-to-sales",
      lang: "ru",
      start: "2027-01",
      period: "half_year",
      values: base(
        "2027-01",
        "half_year",
        {},
        {
          SalesPlan: [
            {
              item: "A",
              "2027-01": 0.7,
              "2027-02": 0.1,
              "2027-03": 1000,
              "2027-04": 333.33,
              "2027-05": 333.33,
              "2027-06": 333.34,
            },
          ],
          DiscountTiers: [
            { condition: "volume", basis_period: "quarter", threshold: 1000.8, rate: 0.03 },
            { condition: "Volume", basis_period: "quarter", threshold: 1000.8, rate: 0.05 },
            { condition: "За объём", basis_period: "month", threshold: 0.8, rate: 0.1 },
            { condition: "promo", basis_period: "half_year", threshold: 2001.5, rate: 0.015 },
            { condition: "promo", basis_period: "year", threshold: 2001.5, rate: 0.02 },
          ],
        }
      ),
    },
    {
      name: "february-vs-january",
      lang: "ru",
      start: "2028-01",
      period: "quarter",
      values: base(
        "2028-01",
        "quarter",
        { credit_depth_days: 30, credit_limit: 0 },
        { SalesPlan: [{ item: "A", "2028-01": 31000, "2028-02": 29000, "2028-03": 1234.57 }] }
      ),
    },
    ...asOfEdgeCases(base),
    {
      name: "economics-earned-next-tier-promo",
      lang: "ru",
      start: "2027-01",
      period: "half_year",
      settings: { grossMargin: 0.25 },
      values: base(
        "2027-01",
        "half_year",
        {},
        {
          SalesPlan: [
            { item: "A", "2027-01": 100, "2027-02": 100, "2027-03": 100, "2027-04": 100 },
          ],
          SalesActual: [
            {
              item: "a ",
              "2027-01": 90,
              "2027-02": 110.01,
              "2027-03": 100,
              "2027-04": 60,
              "2027-05": 0,
            },
            { item: "B", "2027-01": 5 },
          ],
          DiscountTiers: [
            { condition: "volume", basis_period: "quarter", threshold: 300.01, rate: 0.02 },
            { condition: "volume", basis_period: "quarter", threshold: 150, rate: 0.01 },
            { condition: "promo", basis_period: "month", threshold: 60, rate: 0.05 },
          ],
          Activities: [
            {
              activity: "Promo A",
              kind: "promo",
              item: "A",
              date: firstDay("2027-04") + 3,
              cost: 10,
            },
            { activity: "Promo all", kind: "Промоакция", date: firstDay("2027-05"), cost: 0 },
            { activity: "Late", kind: "promo", date: firstDay("2027-06"), cost: 5 },
          ],
          KPI: [{ kpi: "Sales", metric: "sales", period: "half_year", target: 600, weight: 1 }],
        }
      ),
    },
    {
      name: "credit-limit-zero-kpi-target-zero",
      lang: "en",
      start: "2027-02",
      period: "quarter",
      values: base(
        "2027-02",
        "quarter",
        { credit_depth_days: 60, credit_limit: 0 },
        {
          SalesPlan: [{ item: "A", "2027-02": 2800, "2027-03": 3100 }],
          KPI: [
            { kpi: "K1", period: "quarter", target: 0, actual: 5, weight: 0.5 },
            { kpi: "K2", period: "quarter", target: 10, actual: 7.5, weight: 0.5 },
            { kpi: "K3", period: "quarter", target: 5, actual: 3, direction: "lower_better" },
            { kpi: "K4", period: "quarter", target: 5, actual: 12, direction: "Меньше — лучше" },
            { kpi: "K5", period: "quarter", target: 0, actual: 1, direction: "lower_better" },
          ],
        }
      ),
    },
  ];
}

/** Spec §9's edge decisions on one quarter from 2027-04 (plan 100 + 200 + 300). */
function asOfEdgeCases(
  base: (
    start: Month,
    period: PlanPeriod,
    form: Record<string, CellValue>,
    tables: WorkbookValues["tables"]
  ) => WorkbookValues
): readonly ParityCase[] {
  const plan = [{ item: "A", "2027-04": 100, "2027-05": 200, "2027-06": 300.01 }];
  const quarter = (
    name: string,
    form: Record<string, CellValue>,
    actual: readonly Record<string, CellValue>[]
  ): ParityCase => ({
    name,
    lang: "en",
    start: "2027-04",
    period: "quarter",
    values: base("2027-04", "quarter", form, { SalesPlan: plan, SalesActual: actual }),
  });
  return [
    quarter("no-actuals", {}, []),
    quarter("zero-actual-counts-for-t", {}, [{ item: "A", "2027-04": 90, "2027-05": 0 }]),
    quarter("t-at-last-month", {}, [{ item: "A", "2027-06": 77.77 }]),
    quarter("as-of-before-plan", { as_of: firstDay("2027-03") + 14 }, [
      { item: "A", "2027-04": 5 },
    ]),
    quarter("as-of-after-plan", { as_of: firstDay("2027-09") }, [{ item: "A", "2027-04": 5 }]),
    quarter("as-of-mid-plan", { as_of: firstDay("2027-05") + 30 }, [
      { item: "A", "2027-04": 33.33, "2027-06": 10 },
    ]),
  ];
}
