import type { FieldKey, FormFieldKey, TableKey } from "../config/keys";
import type { Plan, PlanRow, TypedValue } from "../plan";

/** The number in a typed value, or null (empty, invalid, or not a number). */
export function numberOf(value: TypedValue | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** The text (or list key) in a typed value, or null. */
export function textOf(value: TypedValue | null | undefined): string | null {
  return typeof value === "string" ? value : null;
}

/** A form field's number (amount: minor units; percent: fraction; date: serial), or null. */
export function formNumber(plan: Plan, key: FormFieldKey): number | null {
  return numberOf(plan.form[key]);
}

/** A form field's text or list key, or null. */
export function formText(plan: Plan, key: FormFieldKey): string | null {
  return textOf(plan.form[key]);
}

/** The body rows of a table section; none when the table is missing. */
export function tableRows(plan: Plan, key: TableKey): readonly PlanRow[] {
  const table = plan.tables[key];
  return table?.present ? table.rows : [];
}

/** True when the table section exists in the workbook. */
export function tablePresent(plan: Plan, key: TableKey): boolean {
  return plan.tables[key]?.present === true;
}

/** A row's number field, or null. */
export function rowNumber(row: PlanRow, key: FieldKey): number | null {
  return numberOf(row.values[key]);
}

/** A row's text or list-key field, or null. */
export function rowText(row: PlanRow, key: FieldKey): string | null {
  return textOf(row.values[key]);
}
