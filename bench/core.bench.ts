/**
 * Core rows (issue 4):
 * - `core_check_large_ms`: `checkWorkbook` (Config parse + read + calculate + every check + summary) on
 *   a large plan: 500 sales items × 36 months of plan and of actual, 200 KPI rows, 100 discount tiers,
 *   300 activities. A plan period is at most a year, so the 36 month columns are a stress input
 *   (the plan is a year; the 24 extra columns give SALES_MONTHS_MISMATCH). The snapshot is built once;
 *   the row is the median of several timed runs after a warm-up.
 * - `core_scaling_ratio_10x`: the same for 10× the rows ÷ the large time (linear is 10; target ≤ 12).
 */
import { performance } from "node:perf_hooks";
import { checkWorkbook } from "../src/domain/check";
import type { WorkbookSnapshot } from "../src/domain/snapshot";
import { aPlan, monthsFrom, serial } from "../src/domain/testing/builders";

const TODAY = { today: "2027-02-01" } as const;

/** A large plan snapshot; `scale` multiplies every table's rows. */
export function largeSnapshot(scale = 1): WorkbookSnapshot {
  const months = monthsFrom("2027-01", 36);
  const b = aPlan().starting("2027-01").lasting("year").months(months);
  const amounts = (i: number): Record<string, number> =>
    Object.fromEntries(months.map((m, j) => [m, 1000 + ((i * 37 + j * 11) % 500) * 10.25]));
  const items = 500 * scale;
  b.rows(
    "SalesPlan",
    Array.from({ length: items }, (_, i) => ({ item: `Товар ${i + 1}`, ...amounts(i) }))
  );
  b.rows(
    "SalesActual",
    Array.from({ length: items }, (_, i) => ({ item: `Товар ${i + 1}`, ...amounts(i + 3) }))
  );
  b.rows(
    "Assortment",
    Array.from({ length: items }, (_, i) => ({ item: `Товар ${i + 1}` }))
  );
  const periods = ["month", "quarter", "half_year", "year"];
  b.rows(
    "KPI",
    Array.from({ length: 200 * scale }, (_, i) => ({
      kpi: `KPI ${i + 1}`,
      period: b.label("period_types", periods[i % 4] ?? "quarter"),
      target: 100 + i,
      actual: 90 + (i % 20),
      weight: 1 / (200 * scale),
    }))
  );
  const conditions = ["volume", "assortment", "payment_discipline", "promo", "other"];
  b.rows(
    "DiscountTiers",
    Array.from({ length: 100 * scale }, (_, i) => ({
      tier: `Ступень ${i + 1}`,
      condition: b.label("discount_conditions", conditions[i % 5] ?? "volume"),
      basis_period: b.label("period_types", periods[(i >> 2) % 4] ?? "quarter"),
      threshold: 100_000 * (i + 1),
      rate: 0.001 * ((i % 20) + 1),
    }))
  );
  b.rows(
    "Activities",
    Array.from({ length: 300 * scale }, (_, i) => ({
      activity: `Мероприятие ${i + 1}`,
      date: serial("2027-01-01") + (i % 400),
      cost: 1000 + i,
      status: b.label("activity_status", i % 7 === 0 ? "cancelled" : "planned"),
    }))
  );
  return b.snapshot();
}

/** Median wall time of `runs` calls of `fn`, in ms, after one warm-up call. */
function medianMs(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** The two core rows. */
export async function run(): Promise<Record<string, number>> {
  const large = largeSnapshot(1);
  const huge = largeSnapshot(10);
  const largeMs = medianMs(() => checkWorkbook(large, TODAY), 9);
  const hugeMs = medianMs(() => checkWorkbook(huge, TODAY), 5);
  return Promise.resolve({
    core_check_large_ms: Math.round(largeMs * 10) / 10,
    core_scaling_ratio_10x: Math.round((hugeMs / largeMs) * 100) / 100,
  });
}
