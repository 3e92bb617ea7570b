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
      "МОЛОКО фев\u00a02027: 2\u00a0000,00\u00a0₽ → 2\u00a0500,00\u00a0₽ (+500,00\u00a0₽; +25\u00a0%)"
    );
    expect(ru).toContain("~ План продаж, итого");
    const en = renderDiffText(diff, next.config, "en", { before: "old.xlsx", after: "new.xlsx" });
    expect(en).toContain("Plan changes: old.xlsx → new.xlsx");
    expect(en).toContain(
      "Feb 2027: RUB\u00a02,000.00 → RUB\u00a02,500.00 (+RUB\u00a0500.00; +25%)"
    );
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

describe("changed after approval (spec §9)", () => {
  const approved = {
    client_name: "ООО Ромашка",
    plan_status: "approved",
    approved_by: "Орлов",
    approved_on: 46376,
    plan_version: "1.2",
  };
  const sales = (amount: number) => ({
    SalesPlan: [{ item: "Молоко", months: { "2027-01": amount } }],
    SalesActual: [{ item: "Молоко", months: { "2027-01": 90_00 } }],
  });
  const side = (form: Record<string, string | number>, amount: number, actual = 90_00) => ({
    plan: aPlan(form, {
      ...sales(amount),
      SalesActual: [{ item: "Молоко", months: { "2027-01": actual } }],
    }),
    numbers: someNumbers({ salesPlanTotal: amount }),
  });

  it("says so when the old version was approved and a planned amount differs", () => {
    const diff = diffPlans(side(approved, 100_00), side(approved, 120_00));
    expect(diff.changedAfterApproval).toEqual({ by: "Орлов", on: 46376, version: "1.2" });
    const text = renderDiffText(diff, aPlan({}).config, "ru", { before: "a", after: "b" });
    expect(text).toContain(
      "Внимание: план изменён после утверждения (утвердил Орлов, 20.12.2026, версия 1.2)."
    );
    const en = renderDiffText(diff, aPlan({}).config, "en", { before: "a", after: "b" });
    expect(en).toContain("Changed after approval: the old version was approved (by Орлов, on 20");
    expect(
      (diffToJson(diff, aPlan({}).config, { before: "a", after: "b" }) as Record<string, unknown>)
        .changed_after_approval
    ).toEqual({ approved_by: "Орлов", approved_on: "2026-12-20", plan_version: "1.2" });
  });

  it("says so when a KPI target changes, formatting the change with its percent", () => {
    const kpi = (target: number) => ({
      plan: aPlan(approved, { KPI: [{ kpi: "Выручка", target, weight: 1 }] }),
      numbers: someNumbers(),
    });
    const diff = diffPlans(kpi(100), kpi(120));
    expect(diff.changedAfterApproval).not.toBeNull();
    expect(renderDiffText(diff, aPlan({}).config, "ru", { before: "a", after: "b" })).toContain(
      "Цель: 100 → 120 (+20; +20\u00a0%)"
    );
  });

  it("stays quiet when only actuals or texts changed, or the old version was not approved", () => {
    expect(
      diffPlans(side(approved, 100_00), side({ ...approved, kam_name: "Иванов" }, 100_00, 95_00))
        .changedAfterApproval
    ).toBeNull();
    const draft = { ...approved, plan_status: "draft" };
    expect(diffPlans(side(draft, 100_00), side(draft, 120_00)).changedAfterApproval).toBeNull();
  });

  it("shows changed totals with the change as an amount and percent, ratios in points", () => {
    const diff = diffPlans(
      { plan: aPlan({}), numbers: someNumbers({ salesPlanTotal: 300_000_00, kpiScore: 0.8 }) },
      { plan: aPlan({}), numbers: someNumbers({ salesPlanTotal: 330_000_00, kpiScore: 0.85 }) }
    );
    const text = renderDiffText(diff, aPlan({}).config, "en", { before: "a", after: "b" });
    expect(text).toContain("RUB\u00a0300,000.00 → RUB\u00a0330,000.00 (+RUB\u00a030,000.00; +10%)");
    expect(text).toContain("80% → 85% (+5\u00a0pp)");
  });
});
