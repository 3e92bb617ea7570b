import type { PlanNumbers } from "../domain/calc/types";
import type { Plan } from "../domain/plan";
import type { WorkbookValues } from "../layout/types";
import type { ActualsTarget, SalesRowValues } from "./actuals";

/**
 * Glue between a read workbook and `mergeActuals`: the target (plan months,
 * planned items, current `SalesActual` rows) from the typed plan, its numbers
 * and the workbook's values; and the values with the new `SalesActual` rows.
 */

/** The import target of a workbook. Months are the plan's (empty when plan_start or plan_period is missing). */
export function actualsTargetOf(
  plan: Plan,
  numbers: PlanNumbers,
  values: WorkbookValues
): ActualsTarget {
  const planItems: string[] = [];
  for (const row of plan.tables.SalesPlan?.rows ?? []) {
    const item = row.values.item;
    if (typeof item === "string" && item.trim() !== "") planItems.push(item);
  }
  return { months: numbers.months, planItems, rows: values.tables.SalesActual ?? [] };
}

/** The workbook's values with `SalesActual` replaced by `rows`; every other value is kept as it was. */
export function withSalesActual(
  values: WorkbookValues,
  rows: readonly SalesRowValues[]
): WorkbookValues {
  return { ...values, tables: { ...values.tables, SalesActual: rows } };
}
