import type { PlanNumbers } from "../calc/types";
import type { Plan } from "../plan";
import type { ActualsTarget, SalesRowValues } from "./actuals";

/**
 * Glue between a read workbook and `mergeActuals`: the target (plan months,
 * planned items, current `SalesActual` rows) from the typed plan, its numbers
 * and the workbook's values; and the values with the new `SalesActual` rows.
 * The values are the layout's `WorkbookValues`, seen here only through their tables
 * (the core does not import the layout).
 */

/** The part of a workbook's values this glue reads and replaces: the table rows by table key. */
export interface TableValues {
  readonly tables: Readonly<Record<string, readonly SalesRowValues[]>>;
}

/** The import target of a workbook. Months are the plan's (empty when plan_start or plan_period is missing). */
export function actualsTargetOf(
  plan: Plan,
  numbers: PlanNumbers,
  values: TableValues
): ActualsTarget {
  const planItems: string[] = [];
  for (const row of plan.tables.SalesPlan?.rows ?? []) {
    const item = row.values.item;
    if (typeof item === "string" && item.trim() !== "") planItems.push(item);
  }
  return { months: numbers.months, planItems, rows: values.tables.SalesActual ?? [] };
}

/** The workbook's values with `SalesActual` replaced by `rows`; every other value is kept as it was. */
export function withSalesActual<V extends TableValues>(
  values: V,
  rows: readonly SalesRowValues[]
): V {
  return { ...values, tables: { ...values.tables, SalesActual: rows } };
}
