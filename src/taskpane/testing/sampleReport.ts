import type { PlanNumbers } from "../../domain/calc/types";
import type { KamConfig } from "../../domain/config/types";
import type { Finding } from "../../domain/findings";
import type { CheckReport } from "../../domain/report";
import type { Month } from "../../domain/periods";
import type { Lang } from "../../domain/values";

/** A small configuration for pane tests (the pane reads only settings and counts). */
export const SAMPLE_CONFIG: KamConfig = {
  settings: {
    language: "ru",
    currency: "RUB",
    fiscalYearStartMonth: 1,
    reviewCadenceMonths: 3,
    maxDiscount: 0.25,
    maxCreditDepthDays: 90,
    grossMargin: null,
    templateVersion: "1.0.0",
    protectSheets: false,
    referenceConfig: "",
  },
  sections: [
    {
      key: "PlanHeader",
      sheet: "ActionPlan",
      kind: "form",
      label: { ru: "Заголовок плана", en: "Plan header" },
      order: 1,
      hidden: false,
    },
  ],
  fields: [],
  lists: [],
};

const MONTHS: Month[] = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"];

/** Numbers of a half-year plan: 100 000,00 a month planned, 90 000,00 actual in the first quarter. */
export const SAMPLE_NUMBERS: PlanNumbers = {
  months: MONTHS,
  blocks: [
    { key: "q1", months: MONTHS.slice(0, 3) },
    { key: "q2", months: MONTHS.slice(3) },
    { key: "h1", months: MONTHS },
  ],
  planEnd: 46203,
  monthlyPlan: Object.fromEntries(MONTHS.map((m) => [m, 10_000_000])),
  monthlyActual: Object.fromEntries(MONTHS.map((m, i) => [m, i < 3 ? 9_000_000 : 0])),
  rollups: { total: { q1: 30_000_000, q2: 30_000_000, h1: 60_000_000, total: 60_000_000 } },
  actualRollups: { total: { q1: 27_000_000, q2: 0, h1: 27_000_000, total: 27_000_000 } },
  fulfillment: { total: { q1: 0.9, q2: 0, h1: 0.45, total: 0.45 } },
  salesPlanTotal: 60_000_000,
  discounts: [],
  discountTotal: 1_800_000,
  netSalesTotal: 58_200_000,
  budgetAmount: 1_200_000,
  spending: 1_500_000,
  creditNeed: Object.fromEntries(MONTHS.map((m) => [m, 9_677_419])),
  creditRequired: 10_000_000,
  creditUtilization: 1.25,
  kpiFulfillment: [0.9],
  kpiScore: 0.9,
  nextReview: null,
  // As of March 2027: the first quarter is done at 90 %, the forecast carries that rate on.
  actualsThrough: "2027-03",
  planToDate: 30_000_000,
  actualToDate: 27_000_000,
  totalFulfillmentToDate: 0.9,
  forecastTotal: 54_000_000,
  forecastGap: -6_000_000,
  rollupsToDate: { total: { q1: 30_000_000, q2: 0, h1: 30_000_000, total: 30_000_000 } },
  actualRollupsToDate: { total: { q1: 27_000_000, q2: 0, h1: 27_000_000, total: 27_000_000 } },
  fulfillmentToDate: { total: { q1: 0.9, q2: null, h1: 0.9, total: 0.9 } },
  discountEarned: null,
  nextTier: [],
  promos: [],
};

const FINDINGS: Readonly<Record<Lang, readonly Finding[]>> = {
  ru: [
    {
      severity: "error",
      code: "REQUIRED_MISSING",
      sheet: "ActionPlan",
      cell: "C4",
      name: "kam_name",
      message: "Не заполнено поле «КАМ».",
    },
    {
      severity: "error",
      code: "KPI_WEIGHTS_NOT_100",
      sheet: "ActionPlan",
      cell: "G60",
      name: null,
      message: "Сумма весов KPI 90 %, а должна быть 100 %.",
    },
    {
      severity: "error",
      code: "DMU_NO_DECISION_MAKER",
      sheet: "Dossier",
      cell: "A40",
      name: "DecisionGroup",
      message: "В ГПР нет лица, принимающего решение.",
    },
    {
      severity: "warning",
      code: "TEAM_NO_EXECUTIVE_SPONSOR",
      sheet: "ActionPlan",
      cell: "A25",
      name: "Team",
      message: "В команде нет поручителя.",
    },
    {
      severity: "info",
      code: "DMU_ROLE_UNCOVERED",
      sheet: null,
      cell: null,
      name: "DecisionGroup",
      message: "Не известна техническая роль.",
    },
  ],
  en: [
    {
      severity: "error",
      code: "REQUIRED_MISSING",
      sheet: "ActionPlan",
      cell: "C4",
      name: "kam_name",
      message: "The field “KAM” is empty.",
    },
    {
      severity: "error",
      code: "KPI_WEIGHTS_NOT_100",
      sheet: "ActionPlan",
      cell: "G60",
      name: null,
      message: "KPI weights sum to 90 %, not 100 %.",
    },
    {
      severity: "error",
      code: "DMU_NO_DECISION_MAKER",
      sheet: "Dossier",
      cell: "A40",
      name: "DecisionGroup",
      message: "The decision group has no decision maker.",
    },
    {
      severity: "warning",
      code: "TEAM_NO_EXECUTIVE_SPONSOR",
      sheet: "ActionPlan",
      cell: "A25",
      name: "Team",
      message: "No executive sponsor in the team.",
    },
    {
      severity: "info",
      code: "DMU_ROLE_UNCOVERED",
      sheet: null,
      cell: null,
      name: "DecisionGroup",
      message: "No technical role is known.",
    },
  ],
};

/** A check report with three errors, a warning and a hint (one without a cell), messages in `lang`. */
export function sampleReport(lang: Lang): CheckReport {
  return {
    language: lang,
    config: SAMPLE_CONFIG,
    plan: {
      config: SAMPLE_CONFIG,
      form: { credit_limit: 8_000_000 },
      formRefs: {},
      tables: {},
      workbookTemplateVersion: "1.0.0",
    },
    numbers: SAMPLE_NUMBERS,
    findings: FINDINGS[lang],
    summary: { counts: { error: 3, warning: 1, info: 1 }, completeness: 0.8 },
  };
}
