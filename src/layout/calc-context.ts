import type { FieldKey, FormFieldKey, TableKey } from "../domain/config/keys";
import type { KamConfig } from "../domain/config/types";
import type { Lang, Month } from "../domain/values";
import { headerOf } from "./table-columns";
import type { TableColumnLayout } from "./types";

/**
 * What the formula builders need to know about the rest of the layout: the
 * configuration, the plan months, the form fields that have a defined name and
 * the headers of every table column. A formula never refers to a name or a
 * column that is not in the layout (it falls back to an empty result instead).
 */
export interface FormulaContext {
  readonly config: KamConfig;
  readonly lang: Lang;
  readonly months: readonly Month[];
  /** Keys of form fields placed in the layout (each has a defined name). */
  readonly formKeys: ReadonlySet<string>;
  /** Columns of every table section placed in the layout, by section key. */
  readonly tables: ReadonlyMap<string, readonly TableColumnLayout[]>;
}

/** The header of `table`'s column `key`, or null when the table or column is not in the layout. */
export function columnHeader(
  ctx: FormulaContext,
  table: TableKey,
  key: FieldKey | Month
): string | null {
  const columns = ctx.tables.get(table);
  return columns ? headerOf(columns, key) : null;
}

/** True when the form field `key` has a defined name in the layout. */
export function hasName(ctx: FormulaContext, key: FormFieldKey): boolean {
  return ctx.formKeys.has(key);
}
