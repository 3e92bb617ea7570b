import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TEMPLATE_VERSION } from "../version";
import { DEFAULT_CONFIG } from "./defaults";
import { parseConfig } from "./parse";
import { configTablesFrom, editableGrids } from "../testing/config-tables";

const GOLDEN = join(__dirname, "__golden__", "default-config.json");

function parsedDefault() {
  return parseConfig(configTablesFrom(editableGrids(DEFAULT_CONFIG)));
}

describe("DEFAULT_CONFIG", () => {
  it("parses back from its Config tables to exactly the golden file (regenerate with UPDATE_GOLDEN=1 on purpose)", () => {
    const result = parsedDefault();
    if (!result.ok) throw new Error(JSON.stringify(result.findings, null, 2));
    const text = `${JSON.stringify(result.config, null, 2)}\n`;
    if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, "utf8"));
    expect(result.config).toEqual(DEFAULT_CONFIG);
  });

  it("has the settings of spec sections 6 and 8 (protect_sheets FALSE)", () => {
    expect(DEFAULT_CONFIG.settings).toEqual({
      language: "ru",
      currency: "RUB",
      fiscalYearStartMonth: 1,
      reviewCadenceMonths: 3,
      maxDiscount: 0.25,
      maxCreditDepthDays: 90,
      grossMargin: null,
      templateVersion: TEMPLATE_VERSION,
      protectSheets: false,
      referenceConfig: "",
    });
  });

  it("has every section of spec section 3 on its sheet", () => {
    const sections = DEFAULT_CONFIG.sections.map((s) => `${s.sheet}/${s.key}/${s.kind}`);
    expect(sections).toEqual([
      "ActionPlan/PlanHeader/form",
      "ActionPlan/Team/table",
      "ActionPlan/Assortment/table",
      "ActionPlan/SalesPlan/table",
      "ActionPlan/SalesActual/table",
      "ActionPlan/DiscountTiers/table",
      "ActionPlan/Activities/table",
      "ActionPlan/Risks/table",
      "ActionPlan/KPI/table",
      "Dossier/ClientProfile/form",
      "Dossier/Environment/table",
      "Dossier/History/table",
      "Dossier/DecisionGroup/table",
      "Dossier/Competitors/table",
    ]);
  });

  it("marks core and required fields exactly as the spec", () => {
    const flagged = (pred: (f: (typeof DEFAULT_CONFIG.fields)[number]) => boolean) =>
      DEFAULT_CONFIG.fields.filter(pred).map((f) => `${f.section}.${f.key}`);
    expect(flagged((f) => f.required)).toEqual([
      "PlanHeader.client_name",
      "PlanHeader.kam_name",
      "PlanHeader.client_segment",
      "PlanHeader.plan_start",
      "PlanHeader.plan_period",
      "PlanHeader.budget_method",
      "Team.member",
      "Team.role",
      "Assortment.item",
      "SalesPlan.item",
      "SalesActual.item",
      "DiscountTiers.condition",
      "DiscountTiers.basis_period",
      "DiscountTiers.threshold",
      "DiscountTiers.rate",
      "Activities.activity",
      "Risks.risk",
      "KPI.kpi",
      "KPI.period",
      "KPI.target",
      "KPI.weight",
      "ClientProfile.opportunity_1y",
      "ClientProfile.last_review",
      "Environment.name",
      "History.subject",
      "DecisionGroup.person",
      "DecisionGroup.role",
      "Competitors.name",
      "Competitors.type",
    ]);
    const nonCore = flagged((f) => !f.core);
    // The §9 fields are not core: a workbook whose Config predates them stays a valid Config.
    expect(nonCore).toEqual([
      "PlanHeader.discount_earned",
      "PlanHeader.as_of",
      "PlanHeader.actuals_through",
      "PlanHeader.plan_to_date",
      "PlanHeader.actual_to_date",
      "PlanHeader.fulfillment_to_date",
      "PlanHeader.forecast_total",
      "PlanHeader.forecast_gap",
      "PlanHeader.plan_status",
      "PlanHeader.approved_by",
      "PlanHeader.approved_on",
      "PlanHeader.plan_version",
      "PlanHeader.completeness",
      "Team.commitments",
      "Assortment.category",
      "Assortment.note",
      "DiscountTiers.tier",
      "DiscountTiers.accrual",
      "Activities.owner",
      "Activities.status",
      "Activities.goal",
      "Activities.kind",
      "Activities.item",
      "Activities.effect_from",
      "Activities.effect_to",
      "Activities.baseline",
      "Activities.incremental",
      "Activities.incremental_per_cost",
      "Activities.promo_return",
      "Risks.probability",
      "Risks.impact",
      "Risks.mitigation",
      "Risks.owner",
      "KPI.unit",
      "KPI.direction",
      "KPI.metric",
      "ClientProfile.client_description",
      "ClientProfile.client_history",
      "ClientProfile.headcount",
      "ClientProfile.org_structure",
      "ClientProfile.mission",
      "ClientProfile.positioning",
      "ClientProfile.industry_trends",
      "ClientProfile.culture",
      "ClientProfile.financials",
      "ClientProfile.client_budget",
      "ClientProfile.previous_suppliers",
      "ClientProfile.decision_process",
      "ClientProfile.relationship_status",
      "Environment.party_type",
      "Environment.name",
      "Environment.note",
      "History.kind",
      "History.subject",
      "History.outcome",
      "History.amount",
      "DecisionGroup.position",
      "DecisionGroup.influence",
      "DecisionGroup.last_contact",
      "DecisionGroup.our_contact",
      "Competitors.offering",
      "Competitors.strengths",
      "Competitors.weaknesses",
      "Competitors.threat",
      "Competitors.our_response",
    ]);
  });

  it("has every list the fields use, with the values of the spec", () => {
    const lists = new Map(DEFAULT_CONFIG.lists.map((l) => [l.key, l.values.map((v) => v.value)]));
    for (const f of DEFAULT_CONFIG.fields)
      if (f.type.kind === "list") expect(lists.has(f.type.list)).toBe(true);
    expect(lists.get("team_roles")).toEqual([
      "kam",
      "executive_sponsor",
      "sales_support",
      "technical",
      "logistics",
      "finance",
      "marketing",
      "other",
    ]);
    expect(lists.get("dmu_roles")).toEqual([
      "decision_maker",
      "gatekeeper",
      "technical",
      "economic",
      "user",
      "adviser",
      "informant",
    ]);
    expect(lists.get("competitor_types")).toEqual([
      "direct",
      "budget_contender",
      "inertia",
      "do_it_yourself",
    ]);
    expect(lists.get("relationship_status")).toEqual([
      "new",
      "developing",
      "stable",
      "partnership",
      "at_risk",
    ]);
    expect(lists.get("period_types")).toEqual(["month", "quarter", "half_year", "year"]);
    expect(lists.get("activity_kinds")).toEqual(["meeting", "promo", "training", "event", "other"]);
    expect(lists.get("kpi_directions")).toEqual(["higher_better", "lower_better"]);
    expect(lists.get("kpi_metrics")).toEqual(["sales", "other"]);
    expect(lists.get("plan_statuses")).toEqual(["draft", "on_review", "approved", "archived"]);
    expect([...lists.keys()].sort()).toEqual([
      "accrual_types",
      "activity_kinds",
      "activity_status",
      "assortment_status",
      "attitudes",
      "budget_methods",
      "competitor_types",
      "discount_conditions",
      "dmu_roles",
      "history_kinds",
      "kpi_directions",
      "kpi_metrics",
      "levels",
      "outcomes",
      "party_types",
      "period_types",
      "plan_periods",
      "plan_statuses",
      "relationship_status",
      "segments",
      "team_roles",
    ]);
  });

  it("labels everything in both languages and keeps help within Excel’s 255-character input prompt", () => {
    for (const f of DEFAULT_CONFIG.fields) {
      expect(f.label.ru).not.toBe("");
      expect(f.label.en).not.toBe("");
      expect(f.help.ru.length).toBeGreaterThan(0);
      expect(f.help.ru.length).toBeLessThanOrEqual(255);
      expect(f.help.en.length).toBeLessThanOrEqual(255);
      expect(f.label.ru).toMatch(/[А-Яа-яЁё]|KPI|КАМ/);
    }
  });

  it("bounds amounts at 0, percents at 0–1, deferral 0–365, influence 1–5, time share 1 %–100 %", () => {
    const field = (section: string, key: string) =>
      DEFAULT_CONFIG.fields.find((f) => f.section === section && f.key === key);
    for (const f of DEFAULT_CONFIG.fields.filter((x) => x.type.kind === "amount"))
      expect(f.min).toBe(0);
    for (const f of DEFAULT_CONFIG.fields.filter((x) => x.type.kind === "percent"))
      expect(f.max).toBe(1);
    expect([
      field("PlanHeader", "credit_depth_days")?.min,
      field("PlanHeader", "credit_depth_days")?.max,
    ]).toEqual([0, 365]);
    expect([
      field("DecisionGroup", "influence")?.min,
      field("DecisionGroup", "influence")?.max,
    ]).toEqual([1, 5]);
    expect([field("Team", "time_share")?.min, field("Team", "time_share")?.max]).toEqual([0.01, 1]);
    expect([field("KPI", "target")?.min, field("KPI", "target")?.max]).toEqual([null, null]);
  });
});
