/**
 * `template_build_ms`: building the layout of the default template and writing it to an .xlsx
 * buffer (median of several runs after a warm-up).
 * `xlsx_apply_patched_1000_ms`: apply-config's work on a plan with 1,000 sales items (12 months
 * each): read, carry the values, render the new layout and patch it into the user's package
 * (src/xlsx/patch), median of 5 runs; `xlsx_apply_regenerated_1000_ms` is the same apply the way it
 * was before the patcher (render only, the user's package thrown away), for comparison.
 */
import { completePlanValues } from "../src/cli/testing/plans";
import { DEFAULT_CONFIG } from "../src/domain/config/defaults";
import { firstDayOfMonth, planMonths } from "../src/domain/periods";
import type { CellValue } from "../src/domain/values";
import { buildLayout } from "../src/layout/build";
import { carryValues } from "../src/layout/carry-values";
import type { ArchiveRow, WorkbookLayout } from "../src/layout/types";
import { patchWorkbook } from "../src/xlsx/patch";
import { readWorkbookBuffer } from "../src/xlsx/read";
import { writeWorkbook } from "../src/xlsx/write";

async function median(times: number, once: () => Promise<number>): Promise<number> {
  await once();
  const runs: number[] = [];
  for (let i = 0; i < times; i++) runs.push(await once());
  runs.sort((a, b) => a - b);
  return Math.round((runs[Math.floor(times / 2)] ?? 0) * 10) / 10;
}

/** A year plan with `items` sales items, written by the .xlsx writer. */
async function bigPlan(items: number): Promise<Buffer> {
  const values = completePlanValues();
  const months = planMonths(firstDayOfMonth("2027-01"), "year");
  const sales = Array.from({ length: items }, (_, i) =>
    Object.fromEntries<CellValue>([
      ["item", `Позиция ${i + 1}`],
      ...months.map((m, j): [string, number] => [m, 1000 + i + j]),
    ])
  );
  const layout = buildLayout(DEFAULT_CONFIG, {
    lang: "ru",
    start: "2027-01",
    period: "year",
    values: { ...values, tables: { ...values.tables, SalesPlan: sales } },
  });
  return writeWorkbook(layout);
}

/** apply-config's steps on `bytes`, patched or regenerated; ms. */
async function apply(bytes: Buffer, patched: boolean): Promise<number> {
  const started = performance.now();
  const snapshot = readWorkbookBuffer(bytes, "plan.xlsx");
  const months = planMonths(firstDayOfMonth("2027-01"), "year");
  const carried = carryValues(snapshot, DEFAULT_CONFIG, months);
  const layoutFor = (extra: readonly ArchiveRow[]): WorkbookLayout =>
    buildLayout(DEFAULT_CONFIG, {
      lang: "ru",
      start: "2027-01",
      period: "year",
      values: { ...carried.values, archive: [...carried.values.archive, ...extra] },
    });
  if (patched)
    await patchWorkbook({
      original: bytes,
      fileName: "plan.xlsx",
      snapshot,
      layoutFor,
      archiveBefore: carried.values.archive.length - carried.archived.length,
      displacedReason: "",
    });
  else await writeWorkbook(layoutFor([]));
  return performance.now() - started;
}

export async function run(): Promise<Record<string, number>> {
  const template_build_ms = await median(7, async () => {
    const started = performance.now();
    await writeWorkbook(
      buildLayout(DEFAULT_CONFIG, { lang: "ru", start: "2027-01", period: "year" })
    );
    return performance.now() - started;
  });
  const plan = await bigPlan(1000);
  return {
    template_build_ms,
    xlsx_apply_patched_1000_ms: await median(5, () => apply(plan, true)),
    xlsx_apply_regenerated_1000_ms: await median(5, () => apply(plan, false)),
  };
}
