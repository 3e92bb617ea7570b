import { createWorkbookActions } from "../src/excel/actions";
import { DEFAULT_CONFIG } from "../src/domain/config/defaults";
import { serialOfDate } from "../src/domain/periods";
import { syncInChunks } from "../src/excel/chunks";
import { layoutSteps } from "../src/excel/render";
import { buildLayout } from "../src/layout/build";
import { ExcelDouble, installExcelDouble } from "../src/testing/excel-double";

/** A double holding a plan with `items` sales items (12 months each), rendered by the adapter's own writer. */
async function filledWorkbook(items: number): Promise<void> {
  const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}`);
  const sales = Array.from({ length: items }, (_, i) =>
    Object.fromEntries<string | number>([
      ["item", `Товар ${i + 1}`],
      ...months.map((m, j): [string, number] => [m, 1000 + i + j]),
    ])
  );
  const values = {
    form: {
      plan_start: serialOfDate(2027, 1, 1),
      plan_period: "Год",
      client_name: "ООО «Ромашка»",
    },
    tables: { SalesPlan: sales, SalesActual: sales.slice(0, items / 2) },
    archive: [],
  };
  const layout = buildLayout(DEFAULT_CONFIG, {
    lang: "ru",
    start: "2027-01",
    period: "year",
    values,
  });
  await Excel.run(async (context) => {
    const written = await syncInChunks(context, layoutSteps(context, layout));
    if (!written.ok) throw written.error;
  });
}

/**
 * A rebuild (build with overwrite) of a plan with 5,000 sales items: past the
 * 4 MB request budget, so it is sent in chunks. Returns its syncs and its
 * largest request (KB, under 5,120 — Excel on the web's limit — and under the
 * 4,096 budget).
 */
async function chunkedBuild(): Promise<Record<string, number>> {
  const double = new ExcelDouble();
  const restore = installExcelDouble(double);
  try {
    await filledWorkbook(5000);
    double.resetStats();
    const built = await createWorkbookActions().buildTemplate({
      lang: "ru",
      start: "2027-01",
      period: "year",
      overwrite: true,
    });
    if (!built.ok) throw new Error(built.message);
    return {
      syncs_build_5000: double.syncCount,
      max_request_kb_build_5000: Math.round((double.maxRequestBytes / 1024) * 10) / 10,
    };
  } finally {
    restore();
  }
}

/**
 * Syncs per action for 10 and 1,000 sales items on the Excel double, and the
 * largest request of an apply with 1,000 items (KB). Targets: build ≤ 3,
 * check ≤ 2, apply ≤ 4 syncs, equal within each pair; request < 5,120 KB.
 * Then the chunked rebuild of 5,000 items (`chunkedBuild`).
 */
export async function run(): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const items of [10, 1000]) {
    const double = new ExcelDouble();
    const restore = installExcelDouble(double);
    try {
      const actions = createWorkbookActions();
      double.resetStats();
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "year" });
      const buildSyncs = double.syncCount;
      const filled = new ExcelDouble();
      installExcelDouble(filled);
      await filledWorkbook(items);
      double.model = filled.model;
      installExcelDouble(double);
      double.resetStats();
      await actions.buildTemplate({
        lang: "ru",
        start: "2027-01",
        period: "year",
        overwrite: true,
      });
      rows[`syncs_build_${items}`] = Math.max(buildSyncs, double.syncCount);
      double.resetStats();
      await actions.check({ today: "2027-02-01" });
      rows[`syncs_check_${items}`] = double.syncCount;
      double.resetStats();
      const applied = await actions.applyConfiguration();
      if (!applied.ok) throw new Error(applied.message);
      rows[`syncs_apply_${items}`] = double.syncCount;
      if (items === 1000)
        rows.max_request_kb_apply_1000 = Math.round((double.maxRequestBytes / 1024) * 10) / 10;
    } finally {
      restore();
    }
  }
  return { ...rows, ...(await replacedApply()), ...(await chunkedBuild()) };
}

/**
 * The same apply over 1,000 items through the old design (the sheets replaced, as on an Excel without
 * ExcelApi 1.9): its largest request, to compare with the in-place one (issue #11: no worse by > 10 %).
 */
async function replacedApply(): Promise<Record<string, number>> {
  const double = new ExcelDouble();
  const restore = installExcelDouble(double);
  try {
    await filledWorkbook(1000);
    double.resetStats();
    const applied = await createWorkbookActions({
      supports: (_set, version) => Number(version) < 1.9,
    }).applyConfiguration();
    if (!applied.ok) throw new Error(applied.message);
    return {
      max_request_kb_apply_1000_replaced: Math.round((double.maxRequestBytes / 1024) * 10) / 10,
    };
  } finally {
    restore();
  }
}
