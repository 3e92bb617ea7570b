import { DEFAULT_CONFIG, type DefaultSectionRow } from "./defaults";
import type { DEFAULT_LISTS } from "./default-lists";
import type { DOSSIER_FIELDS } from "./default-fields-dossier";
import type { ACTION_PLAN_FIELDS } from "./default-fields-plan";

/**
 * Keys of the default catalogue as types, derived from it (spec §3): a
 * misspelt core key (`'credit_limt'`) fails to compile. Configurations may add
 * custom fields, so values read from a Config stay `string`; these types are
 * for the keys the code names itself.
 */

type DefaultField = (typeof ACTION_PLAN_FIELDS)[number] | (typeof DOSSIER_FIELDS)[number];

/** A section of the default catalogue (`PlanHeader`, `SalesPlan`, …). */
export type SectionKey = DefaultSectionRow[0];

/** A table section of the default catalogue (`Team`, `SalesPlan`, `KPI`, …); also its Excel table name. */
export type TableKey = Extract<
  DefaultSectionRow,
  readonly [string, string, "table", ...string[]]
>[0];

/** A form section of the default catalogue (`PlanHeader`, `ClientProfile`). */
export type FormKey = Extract<DefaultSectionRow, readonly [string, string, "form", ...string[]]>[0];

/** A field key of the default catalogue, in any section (`credit_limit`, `item`, …). */
export type FieldKey = DefaultField["key"];

/** The field keys the default catalogue puts in section `S`: `FieldKeyOf<"KPI">` is `kpi_name | period | …`. */
export type FieldKeyOf<S extends SectionKey> = Extract<
  DefaultField,
  { readonly section: S }
>["key"];

/** A form field key of the default catalogue (also the field's defined name: `plan_start`). */
export type FormFieldKey = FieldKeyOf<FormKey>;

/** A list key of the default catalogue (`segments`, `plan_periods`, …). */
export type ListKey = (typeof DEFAULT_LISTS)[number]["key"];

const FIELD_KEYS: ReadonlySet<string> = new Set(DEFAULT_CONFIG.fields.map((f) => f.key));

/**
 * True when `key` is a field key of the default catalogue: narrows a key read
 * from a Config (custom fields included) so a `switch` over core keys has its
 * `case` labels checked.
 */
export function isFieldKey(key: string): key is FieldKey {
  return FIELD_KEYS.has(key);
}
