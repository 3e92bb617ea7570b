import { fieldTypeOf } from "./field-types";
import type { FieldDef } from "./types";

/** Options of one default field: C (core) and req (required) as the spec marks them, bounds in the field's unit. */
export interface FieldFlags {
  readonly core?: boolean;
  readonly req?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** A default field before its section and order are known. */
export type FieldSpec = Omit<FieldDef, "section" | "order">;

/**
 * One field of the default catalogue: `type` in the spec's spelling
 * (`text`, `list:segments`, …), labels and help as [ru, en]. The key stays a
 * literal type, so the catalogue defines `FieldKey` (config/keys.ts).
 */
export function f<const K extends string>(
  key: K,
  type: string,
  label: readonly [string, string],
  help: readonly [string, string],
  flags: FieldFlags = {}
): FieldSpec & { readonly key: K } {
  const fieldType = fieldTypeOf(type, null);
  if (!fieldType) throw new Error(`Bad default field type ${type}`);
  return {
    key,
    label: { ru: label[0], en: label[1] },
    type: fieldType,
    required: flags.req ?? false,
    min: flags.min ?? null,
    max: flags.max ?? null,
    help: { ru: help[0], en: help[1] },
    hidden: false,
    core: flags.core ?? false,
  };
}

/** The fields of one section, ordered 1, 2, 3… as listed (section and keys keep their literal types). */
export function sectionFields<const S extends string, T extends FieldSpec>(
  section: S,
  specs: readonly T[]
): (T & { readonly section: S; readonly order: number })[] {
  return specs.map((spec, i) => ({ section, ...spec, order: i + 1 }));
}

/** Core and required (`C req` in the spec). */
export const CR: FieldFlags = { core: true, req: true };
/** Core, optional. */
export const C: FieldFlags = { core: true };
