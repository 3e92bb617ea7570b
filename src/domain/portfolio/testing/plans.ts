import type { PlanNumbers } from "../../calc/types";
import { DEFAULT_CONFIG } from "../../config/defaults";
import type { Plan, PlanRow, PlanTable, TypedValue } from "../../plan";
import { monthKeys } from "../../periods";
import type { CheckReport } from "../../report";

/**
 * Small typed plans for the portfolio tests, built directly (the Plan type is
 * plain data): `aPlan({ client_name: 'X' }, { Team: [{ member: 'A' }] })`.
 * Month amounts in table rows are given as `{ '2027-01': minor }` under `months`.
 */

/** A table row: field values, plus month amounts in minor units for sales tables. */
export interface RowSpec {
  readonly [field: string]: TypedValue | null | Readonly<Record<string, number>> | undefined;
  readonly months?: Readonly<Record<string, number>>;
}

function row(spec: RowSpec, index: number, sheet: string): PlanRow {
  const values: Record<string, TypedValue | null> = {};
  for (const [k, v] of Object.entries(spec))
    if (k !== "months" && v !== undefined && (v === null || typeof v !== "object")) values[k] = v;
  const months = spec.months ?? {};
  return {
    index,
    values,
    refs: Object.fromEntries(
      Object.keys(values).map((k, c) => [
        k,
        { sheet, cell: `${String.fromCharCode(65 + c)}${index + 11}` },
      ])
    ),
    months,
    filledMonths: monthKeys(months),
    monthRefs: {},
  };
}

/** A plan on the default configuration with the given form values and table rows. */
export function aPlan(
  form: Readonly<Record<string, TypedValue | null>>,
  tables: Readonly<Record<string, readonly RowSpec[]>> = {}
): Plan {
  const planTables: Record<string, PlanTable> = {};
  for (const section of DEFAULT_CONFIG.sections.filter((s) => s.kind === "table")) {
    const rows = (tables[section.key] ?? []).map((r, i) => row(r, i, section.sheet));
    const monthColumns = [...new Set(rows.flatMap((r) => monthKeys(r.months)))].sort();
    planTables[section.key] = {
      key: section.key,
      present: true,
      ref: { sheet: section.sheet, cell: "A10" },
      rows,
      monthColumns,
    };
  }
  return {
    config: DEFAULT_CONFIG,
    form,
    formRefs: {},
    tables: planTables,
    workbookTemplateVersion: "1.0.0",
  };
}

/** Computed numbers with everything empty/zero, overridden by `over`. */
export function someNumbers(over: Partial<PlanNumbers> = {}): PlanNumbers {
  return {
    months: [],
    blocks: [],
    planEnd: null,
    monthlyPlan: {},
    monthlyActual: {},
    rollups: { total: { total: 0 } },
    actualRollups: { total: { total: 0 } },
    fulfillment: {},
    salesPlanTotal: 0,
    discounts: [],
    discountTotal: 0,
    netSalesTotal: 0,
    budgetAmount: null,
    spending: 0,
    creditNeed: {},
    creditRequired: 0,
    creditUtilization: null,
    kpiFulfillment: [],
    kpiScore: null,
    nextReview: null,
    actualsThrough: null,
    planToDate: null,
    actualToDate: null,
    totalFulfillmentToDate: null,
    forecastTotal: null,
    forecastGap: null,
    rollupsToDate: { total: { total: 0 } },
    actualRollupsToDate: { total: { total: 0 } },
    fulfillmentToDate: {},
    discountEarned: null,
    nextTier: [],
    promos: [],
    ...over,
  };
}

/** A check report around a plan: numbers, findings and counts as given. */
export function aReport(
  plan: Plan,
  numbers: PlanNumbers,
  findings: CheckReport["findings"] = [],
  completeness = 1
): CheckReport {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return {
    language: "ru",
    config: plan.config,
    plan,
    numbers,
    findings,
    summary: { counts, completeness },
  };
}
