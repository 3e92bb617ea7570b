import { TEMPLATE_VERSION } from "../version";
import { DEFAULT_LISTS } from "./default-lists";
import { DOSSIER_FIELDS } from "./default-fields-dossier";
import { ACTION_PLAN_FIELDS } from "./default-fields-plan";
import type { TableKey } from "./keys";
import type { KamConfig, SectionDef, Settings } from "./types";

export { CORE_LIST_VALUES } from "./default-lists";

/** Settings of a new workbook (spec section 6). */
export const DEFAULT_SETTINGS: Settings = {
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
};

/** [key, sheet, kind, ru, en] in display order. */
const SECTION_ROWS = [
  ["PlanHeader", "ActionPlan", "form", "Параметры плана", "Plan header"],
  ["Team", "ActionPlan", "table", "Команда", "Team"],
  ["Assortment", "ActionPlan", "table", "Ассортимент", "Assortment"],
  ["SalesPlan", "ActionPlan", "table", "План продаж", "Sales plan"],
  ["SalesActual", "ActionPlan", "table", "Факт продаж", "Actual sales"],
  ["DiscountTiers", "ActionPlan", "table", "Ступени скидок", "Discount tiers"],
  ["Activities", "ActionPlan", "table", "Развитие отношений", "Relationship activities"],
  ["Risks", "ActionPlan", "table", "Риски", "Risks"],
  ["KPI", "ActionPlan", "table", "KPI", "KPI"],
  ["ClientProfile", "Dossier", "form", "Профиль клиента", "Client profile"],
  ["Environment", "Dossier", "table", "Окружение клиента", "Client environment"],
  ["History", "Dossier", "table", "История отношений", "Relationship history"],
  ["DecisionGroup", "Dossier", "table", "Группа принятия решений (ГПР)", "Decision-making unit"],
  ["Competitors", "Dossier", "table", "Конкуренты", "Competitors"],
] as const satisfies readonly (readonly [
  string,
  SectionDef["sheet"],
  SectionDef["kind"],
  string,
  string,
])[];

/** One row of the default section catalogue: `[key, sheet, kind, ru, en]` as literal types (config/keys.ts). */
export type DefaultSectionRow = (typeof SECTION_ROWS)[number];

/** Every section of spec section 3, in display order. */
export const DEFAULT_SECTIONS: readonly SectionDef[] = SECTION_ROWS.map(
  ([key, sheet, kind, ru, en], i) => ({
    key,
    sheet,
    kind,
    label: { ru, en },
    order: i + 1,
    hidden: false,
  })
);

/**
 * The default configuration: every section, field, list and list value of
 * spec section 3 with Russian and English labels and help texts (help is the
 * cell's input prompt in Excel: at most 255 characters). Already in the
 * canonical order `parseConfig` produces, so
 * `parseConfig(configToTables(DEFAULT_CONFIG))` deep-equals it.
 *
 * Bounds (field's own unit): amounts ≥ 0; percents 0–1, except `time_share`
 * 0.01–1 (the spec's 0 < x ≤ 1 with a smallest meaningful share of 1 %);
 * `credit_depth_days` 0–365; `headcount` ≥ 0; `influence` 1–5; KPI
 * target/actual and dates open.
 */
export const DEFAULT_CONFIG: KamConfig = {
  settings: DEFAULT_SETTINGS,
  sections: DEFAULT_SECTIONS,
  fields: [...ACTION_PLAN_FIELDS, ...DOSSIER_FIELDS],
  lists: DEFAULT_LISTS,
};

/** Tables that must have at least one row (spec §7): one `REQUIRED_MISSING` naming the table otherwise. */
export const REQUIRED_TABLES: readonly string[] = [
  "Team",
  "SalesPlan",
  "KPI",
] satisfies readonly TableKey[];

/** Tables with one amount column per plan month headed `YYYY-MM`, plus rollup columns. */
export const MONTH_TABLES: readonly string[] = [
  "SalesPlan",
  "SalesActual",
] satisfies readonly TableKey[];
