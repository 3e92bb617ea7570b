import { DEFAULT_CONFIG } from "../domain/config/defaults";
import { serialOfDate } from "../domain/periods";
import { buildLayout } from "../layout/build";
import {
  chartLines,
  ExcelDouble,
  installExcelDouble,
  snapshotOfModel,
} from "../testing/excel-double";
import { dumpModel } from "../testing/workbook-dump/from-model";
import { diffDumps } from "../testing/workbook-dump/compare";
import {
  callStep,
  dataStep,
  estimateBytes,
  REQUEST_BUDGET_BYTES,
  rowBands,
  syncInChunks,
} from "./chunks";
import { layoutSteps, queueLayout } from "./render";
import { onDouble } from "./testing/on-double";

describe("rowBands", () => {
  it("keeps every band under the limit and covers each row once, in order", () => {
    const sizes = [5, 5, 5, 12, 1, 1, 1, 30, 2];
    const bands = rowBands(sizes.length, (r) => sizes[r] ?? 0, 10);
    expect(bands).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 1 },
      { start: 3, count: 1 },
      { start: 4, count: 3 },
      { start: 7, count: 1 },
      { start: 8, count: 1 },
    ]);
    expect(rowBands(4, () => 1, 100)).toEqual([{ start: 0, count: 4 }]);
    expect(rowBands(0, () => 1, 100)).toEqual([]);
  });
});

describe("syncInChunks", () => {
  it("syncs only when the next step would pass the budget, keeps the order, and stops at a failing sync", async () => {
    const double = new ExcelDouble();
    const restore = installExcelDouble(double);
    try {
      const rows = Array.from({ length: 6 }, (_, i) => [[`строка ${i}`.repeat(50)]]);
      const budget = estimateBytes(rows[0]) * 2 + 10;
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        const steps = rows.map((v, i) =>
          dataStep(v, (x) => {
            sheet.getRange(`A${i + 1}`).values = x;
          })
        );
        expect(await syncInChunks(context, steps, budget)).toEqual({ ok: true, syncs: 3 });
        expect(double.requests.map((r) => r.operations)).toEqual([2, 2, 2]);
        const values = sheet.getRange("A1:A6").load("values");
        await context.sync();
        expect(values.values.map((r) => String(r[0]))).toEqual(rows.map((r) => r[0]?.[0]));
        double.resetStats();
        double.failSync(2);
        const out = await syncInChunks(
          context,
          [
            callStep(() => {
              sheet.getRange("B1").values = [[1]];
            }),
            callStep(() => {
              sheet.getRange("B2").values = [[2]];
            }),
          ],
          300
        );
        expect(out).toMatchObject({ ok: false, syncs: 2 });
        expect(double.syncCount).toBe(2);
      });
    } finally {
      restore();
    }
  });
});

describe("chunked rebuild", () => {
  it("builds the same workbook in many syncs when the budget is lowered, each request under it", async () => {
    const single = onDouble();
    const one = await single.actions
      .buildTemplate({ lang: "en", start: "2027-01", period: "year" })
      .finally(single.restore);
    expect(one).toEqual({ ok: true, archived: 0, syncs: 3 });
    const budget = 48 * 1024;
    const chunked = onDouble(new ExcelDouble(), { requestBudgetBytes: budget });
    const many = await chunked.actions
      .buildTemplate({ lang: "en", start: "2027-01", period: "year" })
      .finally(chunked.restore);
    expect(many.ok && many.syncs).toBeGreaterThan(10);
    expect(Math.max(...chunked.double.requests.map((r) => r.bytes))).toBeLessThanOrEqual(budget);
    expect(diffDumps(dumpModel(chunked.double.model), dumpModel(single.double.model))).toEqual([]);
    expect(chartLines(chunked.double.model)).toEqual(chartLines(single.double.model));
  });

  it("rebuilds a 5,000-item plan (over 5 MB as one batch) in two write requests under the 4 MB budget, keeping every value", async () => {
    const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}`);
    const sales = Array.from({ length: 5000 }, (_, i) =>
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
      tables: { SalesPlan: sales, SalesActual: sales.slice(0, 2500) },
      archive: [],
    };
    const layout = buildLayout(DEFAULT_CONFIG, {
      lang: "ru",
      start: "2027-01",
      period: "year",
      values,
    });
    const oneBatch = new ExcelDouble();
    const undo = installExcelDouble(oneBatch);
    await expect(
      Excel.run(async (context) => {
        queueLayout(context, layout);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    undo();

    const { double, actions, restore } = onDouble();
    try {
      await Excel.run(async (context) => {
        const written = await syncInChunks(context, layoutSteps(context, layout));
        expect(written).toEqual({ ok: true, syncs: 2 });
      });
      double.resetStats();
      const rebuilt = await actions.buildTemplate({
        lang: "ru",
        start: "2027-01",
        period: "year",
        overwrite: true,
      });
      // In place (spec §8): the read (2 syncs: the tables' formulas come out of the sheets' used ranges,
      // so the response stays under the cap) and the data in two write requests under the budget.
      expect(rebuilt).toEqual({ ok: true, archived: 0, syncs: 4 });
      const bytes = double.requests.map((r) => r.bytes);
      expect(Math.max(...bytes)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
      expect(bytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(REQUEST_BUDGET_BYTES);
      const plan = snapshotOfModel(double.model).tables.find((t) => t.name === "SalesPlan");
      expect(plan?.rows.length).toBe(5005);
      expect(plan?.rows[4999]?.slice(0, 2)).toEqual(["Товар 5000", 5999]);
    } finally {
      restore();
    }
  }, 60_000);
});
