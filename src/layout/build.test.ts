import { PLAN_SHEET } from "./sheets";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../domain/config/defaults";
import { TEMPLATE_VERSION } from "../domain/version";
import { buildLayout } from "./build";
import { layoutText } from "./layout-text";
import type { SheetLayout, WorkbookLayout } from "./types";

const golden = join(__dirname, "__golden__", "default-ru-2027-01-year.txt");

function sheet(layout: WorkbookLayout, name: string): SheetLayout {
  const found = layout.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("buildLayout", () => {
  const layout = buildLayout(DEFAULT_CONFIG, { lang: "ru", start: "2027-01", period: "year" });

  it("matches the reviewed golden layout of the default configuration (UPDATE_GOLDEN=1 rewrites it)", () => {
    const text = layoutText(layout);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, text);
    if (!existsSync(golden))
      throw new Error(`Golden file missing: run UPDATE_GOLDEN=1 npx jest src/layout`);
    expect(text).toBe(readFileSync(golden, "utf8"));
  });

  it("has the Summary first, the plan sheets, Config, and hidden protected helper sheets in tab order", () => {
    expect(layout.sheets.map((s) => `${s.name}:${s.visibility}`)).toEqual([
      "Summary:visible",
      "ActionPlan:visible",
      "Dossier:visible",
      "Config:visible",
      "Lists:hidden",
      "Calc:hidden",
    ]);
    expect(sheet(layout, "Calc").protection).not.toBeNull();
    expect(sheet(layout, "Config").protection).toBeNull();
  });

  it("protects the plan sheets only when Settings.protect_sheets is TRUE (spec §8: tables grow as people type)", () => {
    expect(sheet(layout, "ActionPlan").protection).toBeNull();
    expect(sheet(layout, "Dossier").protection).toBeNull();
    const config = {
      ...DEFAULT_CONFIG,
      settings: { ...DEFAULT_CONFIG.settings, protectSheets: true },
    };
    const locked = buildLayout(config, { lang: "ru", start: "2027-01", period: "year" });
    expect(sheet(locked, "ActionPlan").protection).toEqual(PLAN_SHEET);
    expect(sheet(locked, "Dossier").protection).toEqual(PLAN_SHEET);
  });

  it("names every visible form field after its key at its value cell", () => {
    const formFields = DEFAULT_CONFIG.fields.filter((f) =>
      ["PlanHeader", "ClientProfile"].includes(f.section)
    );
    expect(layout.names.map((n) => n.name).sort()).toEqual(formFields.map((f) => f.key).sort());
    const planStart = layout.names.find((n) => n.name === "plan_start");
    const cell = sheet(layout, "ActionPlan").cells.find((c) => c.address === planStart?.address);
    expect(cell?.content).toEqual({ kind: "value", value: 46388 });
    expect(cell?.locked).toBe(false);
  });

  it("gives SalesPlan one column per month and the rollups the period has, as calculated columns", () => {
    const sales = sheet(layout, "ActionPlan").tables.find((t) => t.name === "SalesPlan");
    expect(sales?.columns.map((c) => c.key)).toEqual([
      "item",
      "2027-01",
      "2027-02",
      "2027-03",
      "2027-04",
      "2027-05",
      "2027-06",
      "2027-07",
      "2027-08",
      "2027-09",
      "2027-10",
      "2027-11",
      "2027-12",
      "q1",
      "q2",
      "q3",
      "q4",
      "h1",
      "h2",
      "total",
    ]);
    const q2 = sales?.columns.find((c) => c.key === "q2");
    expect(q2?.header).toBe("Итого 2-й квартал");
    expect(q2?.formula).toBe("SUM(SalesPlan[[#This Row],[2027-04]:[2027-06]])");
    expect(q2?.locked).toBe(true);
  });

  it("has only the rollups a quarter has", () => {
    const quarter = buildLayout(DEFAULT_CONFIG, {
      lang: "en",
      start: "2027-11",
      period: "quarter",
    });
    const sales = sheet(quarter, "ActionPlan").tables.find((t) => t.name === "SalesActual");
    expect(sales?.columns.map((c) => c.header)).toEqual([
      "Item",
      "2027-11",
      "2027-12",
      "2028-01",
      "Total Q1",
      "Total",
    ]);
  });

  it("writes every computed form field as a native formula and stamps the template version", () => {
    const plan = sheet(layout, "ActionPlan");
    for (const key of [
      "plan_end",
      "budget_amount",
      "credit_required",
      "credit_utilization",
      "sales_plan_total",
      "discount_total",
      "net_sales_total",
      "kpi_score",
    ]) {
      const name = layout.names.find((n) => n.name === key);
      expect(plan.cells.find((c) => c.address === name?.address)?.content.kind).toBe("formula");
    }
    const settings = sheet(layout, "Config").tables.find((t) => t.name === "Settings");
    expect(settings?.rows).toContainEqual(["template_version", TEMPLATE_VERSION]);
    expect(settings?.rows).toContainEqual(["language", "ru"]);
  });

  it("takes dropdowns from ranges of the Lists sheet, never inline strings", () => {
    const lists = layout.sheets.flatMap((s) => s.validations).filter((v) => v.rule.kind === "list");
    expect(lists.length).toBeGreaterThan(10);
    for (const v of lists) {
      expect(v.rule.kind === "list" && v.rule.sheet).toBe("Lists");
      expect(v.rule.kind === "list" && v.rule.range).toMatch(/^[A-Z]+2:[A-Z]+\d+$/);
    }
  });

  it("keeps the values it is given and archives nothing by itself", () => {
    const filled = buildLayout(DEFAULT_CONFIG, {
      lang: "en",
      start: "2027-01",
      period: "quarter",
      values: {
        form: { client_name: "=not a formula" },
        tables: { SalesPlan: [{ item: "Bolts", "2027-02": 12.5 }] },
        archive: [],
      },
    });
    const plan = sheet(filled, "ActionPlan");
    const client = filled.names.find((n) => n.name === "client_name");
    expect(plan.cells.find((c) => c.address === client?.address)?.content).toEqual({
      kind: "value",
      value: "=not a formula",
    });
    const sales = plan.tables.find((t) => t.name === "SalesPlan");
    expect(sales?.rows[0]).toEqual(["Bolts", null, 12.5, null, null, null]);
    expect(sales?.rows).toHaveLength(1 + 5);
  });

  it("adds an Archive sheet only when values were archived", () => {
    const archived = buildLayout(DEFAULT_CONFIG, {
      lang: "ru",
      start: "2027-01",
      period: "quarter",
      values: {
        form: {},
        tables: {},
        archive: [
          {
            section: "Team",
            rowKey: "1: Иванов",
            field: "badge",
            address: "ActionPlan!E40",
            value: "x",
          },
        ],
      },
    });
    expect(archived.sheets.map((s) => s.name)).toContain("Archive");
    expect(layout.sheets.map((s) => s.name)).not.toContain("Archive");
  });
});
