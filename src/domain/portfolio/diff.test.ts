import { diffPlans } from "./diff";
import { changeCount, diffToJson, renderDiffText } from "./diff-render";
import { aPlan, someNumbers } from "./testing/plans";

const base = aPlan(
  { client_name: "ООО Ромашка", budget_rate: 0.05, plan_start: 46388, client_segment: "key" },
  {
    Team: [
      { member: "Иванов", role: "kam", time_share: 0.5 },
      { member: "Петров", role: "finance", time_share: 0.1 },
    ],
    SalesPlan: [{ item: "Молоко", months: { "2027-01": 100000, "2027-02": 200000 } }],
    KPI: [{ kpi: "Выручка", target: 100, weight: 1 }],
  }
);

describe("diffPlans", () => {
  it("finds nothing between a plan and itself", () => {
    const diff = diffPlans(
      { plan: base, numbers: someNumbers() },
      { plan: base, numbers: someNumbers() }
    );
    expect(diff.equal).toBe(true);
    expect(changeCount(diff)).toBe(0);
    expect(
      renderDiffText(diff, base.config, "ru", { before: "a.xlsx", after: "b.xlsx" })
    ).toContain("Различий нет.");
  });

  it("names changed fields, rows matched by key, sales per item and month, and totals", () => {
    const next = aPlan(
      {
        client_name: "ООО Ромашка-Трейд",
        budget_rate: 0.06,
        plan_start: 46388,
        client_segment: "strategic",
      },
      {
        Team: [
          { member: "  иванов ", role: "kam", time_share: 0.7 },
          { member: "Сидорова", role: "logistics", time_share: 0.2 },
        ],
        SalesPlan: [
          { item: "МОЛОКО", months: { "2027-01": 100000, "2027-02": 250000 } },
          { item: "Сыр", months: { "2027-01": 5000 } },
        ],
        KPI: [{ kpi: "Выручка", target: 100, weight: 1 }],
      }
    );
    const diff = diffPlans(
      { plan: base, numbers: someNumbers({ salesPlanTotal: 300000 }) },
      { plan: next, numbers: someNumbers({ salesPlanTotal: 355000 }) }
    );
    expect(diff.equal).toBe(false);
    expect(diff.form.map((c) => [c.field, c.before, c.after])).toEqual([
      ["client_name", "ООО Ромашка", "ООО Ромашка-Трейд"],
      ["client_segment", "key", "strategic"],
      ["budget_rate", 0.05, 0.06],
    ]);
    const team = diff.tables.find((t) => t.section === "Team");
    expect(team?.added.map((r) => r.key)).toEqual(["Сидорова"]);
    expect(team?.removed.map((r) => [r.key, r.beforeRow])).toEqual([["Петров", 2]]);
    expect(team?.changed.map((r) => r.fields.map((f) => [f.field, f.before, f.after]))).toEqual([
      [
        ["member", "Иванов", "  иванов "],
        ["time_share", 0.5, 0.7],
      ],
    ]);
    const sales = diff.tables.find((t) => t.section === "SalesPlan");
    expect(sales?.added.map((r) => r.key)).toEqual(["Сыр"]);
    expect(diff.sales).toEqual([
      { section: "SalesPlan", item: "МОЛОКО", month: "2027-02", before: 200000, after: 250000 },
      { section: "SalesPlan", item: "Сыр", month: "2027-01", before: 0, after: 5000 },
    ]);
    expect(diff.totals.find((t) => t.key === "sales_plan_total")).toMatchObject({
      before: 300000,
      after: 355000,
      changed: true,
    });

    const ru = renderDiffText(diff, next.config, "ru", { before: "old.xlsx", after: "new.xlsx" });
    expect(ru).toContain("Изменения плана: old.xlsx → new.xlsx");
    expect(ru).toMatch(/Клиент.*: «ООО Ромашка» → «ООО Ромашка-Трейд»/);
    expect(ru).toContain("5\u00a0% → 6\u00a0%");
    expect(ru).toContain("Ключевой");
    expect(ru).toContain("+ Сидорова (добавлена строка 2)");
    expect(ru).toContain("− Петров (удалена строка 2)");
    expect(ru).toContain(
      "МОЛОКО фев\u00a02027: 2\u00a0000,00\u00a0₽ → 2\u00a0500,00\u00a0₽ (+500,00\u00a0₽)"
    );
    expect(ru).toContain("~ План продаж, итого");
    const en = renderDiffText(diff, next.config, "en", { before: "old.xlsx", after: "new.xlsx" });
    expect(en).toContain("Plan changes: old.xlsx → new.xlsx");
    expect(en).toContain("Feb 2027: RUB\u00a02,000.00 → RUB\u00a02,500.00 (+RUB\u00a0500.00)");
    expect(en).toContain("Key");

    const json = diffToJson(diff, next.config, { before: "old.xlsx", after: "new.xlsx" }) as Record<
      string,
      unknown
    >;
    expect(json.equal).toBe(false);
    expect(json.sales).toEqual([
      { section: "SalesPlan", item: "МОЛОКО", month: "2027-02", before: 2000, after: 2500 },
      { section: "SalesPlan", item: "Сыр", month: "2027-01", before: 0, after: 50 },
    ]);
    expect((json.totals as Record<string, unknown>).sales_plan_total).toEqual({
      before: 3000,
      after: 3550,
      changed: true,
    });
  });

  it("pairs rows with the same key in order and reports a duplicate added", () => {
    const a = aPlan({}, { KPI: [{ kpi: "Выручка", target: 1, weight: 0.5 }] });
    const b = aPlan(
      {},
      {
        KPI: [
          { kpi: "Выручка", target: 1, weight: 0.5 },
          { kpi: "выручка", target: 2, weight: 0.5 },
        ],
      }
    );
    const diff = diffPlans(
      { plan: a, numbers: someNumbers() },
      { plan: b, numbers: someNumbers() }
    );
    const kpi = diff.tables.find((t) => t.section === "KPI");
    expect(kpi?.changed).toEqual([]);
    expect(kpi?.added.map((r) => [r.key, r.afterRow])).toEqual([["выручка", 2]]);
  });

  it("reports changed settings of the Config sheet", () => {
    const a = aPlan({});
    const b = {
      ...aPlan({}),
      config: { ...a.config, settings: { ...a.config.settings, maxDiscount: 0.3 } },
    };
    const diff = diffPlans(
      { plan: a, numbers: someNumbers() },
      { plan: b, numbers: someNumbers() }
    );
    expect(diff.settings).toEqual([{ key: "maxDiscount", before: 0.25, after: 0.3 }]);
    expect(diff.configChanged).toBe(false);
    expect(diff.equal).toBe(false);
  });
});

describe("diffToJson keys", () => {
  it("gives row keys as machine values (a discount threshold in currency units)", () => {
    const a = aPlan(
      {},
      {
        DiscountTiers: [
          { condition: "volume", basis_period: "quarter", threshold: 10000000, rate: 0.02 },
        ],
      }
    );
    const b = aPlan(
      {},
      {
        DiscountTiers: [
          { condition: "volume", basis_period: "quarter", threshold: 10000000, rate: 0.03 },
        ],
      }
    );
    const diff = diffPlans(
      { plan: a, numbers: someNumbers() },
      { plan: b, numbers: someNumbers() }
    );
    const json = diffToJson(diff, b.config, { before: "a", after: "b" }) as {
      tables: { changed: { key_values: unknown[]; fields: unknown[] }[] }[];
    };
    expect(json.tables[0]?.changed[0]?.key_values).toEqual(["volume", "quarter", 100000]);
    expect(json.tables[0]?.changed[0]?.fields).toEqual([
      { section: "DiscountTiers", field: "rate", before: 0.02, after: 0.03 },
    ]);
    expect(renderDiffText(diff, b.config, "ru", { before: "a", after: "b" })).toMatch(
      /~ За объём \/ Квартал \/ 100\u00a0000,00\u00a0₽ \(строка 1\): [^\n]*2\u00a0% → 3\u00a0%/
    );
  });
});
