import { DEFAULT_CONFIG } from "./defaults";
import type { FieldDef, KamConfig, SectionDef } from "./types";

/**
 * Every way a plan's Config can loosen a rule of the SKAM's reference (spec §11), in one
 * place: each is a CONFIG_DRIFT error; every other difference is a warning. Tested one by
 * one in drift.test.ts.
 *
 * - `max_discount_raised`: Settings `max_discount` higher (DISCOUNT_ABOVE_MAX fires later);
 * - `max_credit_depth_raised`: Settings `max_credit_depth_days` higher (CREDIT_DEPTH_ABOVE_MAX);
 * - `review_cadence_longer`: Settings `review_cadence_months` higher (REVIEW_OVERDUE, the
 *   dossier is reviewed less often);
 * - `required_removed`: a field required in the reference is optional in the plan;
 * - `required_field_hidden`: a field required in the reference is hidden (nothing checks it);
 * - `required_field_deleted`: a field required in the reference is missing from the plan;
 * - `min_lowered` / `max_raised`: a field's bound is lower / higher, or removed;
 * - `core_section_hidden`: a section holding core fields (or required fields of the
 *   reference) is hidden in the plan and visible in the reference;
 * - `section_with_required_deleted`: a section holding required fields of the reference is
 *   missing from the plan.
 */
export const LOOSENINGS = [
  "max_discount_raised",
  "max_credit_depth_raised",
  "review_cadence_longer",
  "required_removed",
  "required_field_hidden",
  "required_field_deleted",
  "min_lowered",
  "max_raised",
  "core_section_hidden",
  "section_with_required_deleted",
] as const;

export type Loosening = (typeof LOOSENINGS)[number];

/** Settings whose higher value loosens a rule. */
export const LOOSER_WHEN_HIGHER = {
  maxDiscount: "max_discount_raised",
  maxCreditDepthDays: "max_credit_depth_raised",
  reviewCadenceMonths: "review_cadence_longer",
} as const satisfies Partial<Record<keyof KamConfig["settings"], Loosening>>;

const CORE_SECTIONS = new Set(DEFAULT_CONFIG.fields.filter((f) => f.core).map((f) => f.section));

/** A visible field of the reference that must be filled. */
function requiredVisible(field: FieldDef): boolean {
  return field.required && !field.hidden;
}

/** Whether hiding or deleting `section` drops a rule of `reference`: it holds core or required fields. */
export function sectionCarriesRules(reference: KamConfig, section: SectionDef): boolean {
  return (
    CORE_SECTIONS.has(section.key) ||
    reference.fields.some((f) => f.section === section.key && requiredVisible(f))
  );
}

/** The loosening of a field's bounds or required flag, when the plan's field loosens the reference's. */
export function fieldLoosenings(
  reference: FieldDef,
  plan: FieldDef
): Partial<Record<"required" | "hidden" | "min" | "max", Loosening>> {
  const out: Partial<Record<"required" | "hidden" | "min" | "max", Loosening>> = {};
  if (requiredVisible(reference) && !plan.required) out.required = "required_removed";
  if (requiredVisible(reference) && plan.hidden) out.hidden = "required_field_hidden";
  if (reference.min !== null && (plan.min === null || plan.min < reference.min))
    out.min = "min_lowered";
  if (reference.max !== null && (plan.max === null || plan.max > reference.max))
    out.max = "max_raised";
  return out;
}

/** Whether deleting the field from the plan drops a rule of the reference. */
export function deletedFieldLoosening(reference: FieldDef): Loosening | null {
  return requiredVisible(reference) ? "required_field_deleted" : null;
}
