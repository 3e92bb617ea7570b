import type { FieldDef } from "../config/types";
import type { Bilingual } from "../values";

/**
 * A SKAM's custom field for tests: optional, not core, a text without bounds, no help, order 99;
 * `overrides` set anything else (`{ order: 1 }`, `{ help: … }`).
 */
export function aCustomField(
  section: string,
  key: string,
  label: Bilingual,
  overrides: Partial<FieldDef> = {}
): FieldDef {
  return {
    section,
    key,
    label,
    type: { kind: "text" },
    required: false,
    min: null,
    max: null,
    help: { ru: "", en: "" },
    order: 99,
    hidden: false,
    core: false,
    ...overrides,
  };
}
