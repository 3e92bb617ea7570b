import type { FieldDef, KamConfig, SectionDef } from "./config/types";
import type { Finding } from "./findings";
import type { Plan } from "./plan";

/** Codes that mean "filled, but wrong": the cell counts as filled for completeness. */
const FILLED_BUT_WRONG = new Set(["TYPE_INVALID", "NOT_IN_LIST", "OUT_OF_RANGE"]);

/** A section that counts for completeness, with the visible input fields that decide it. */
export interface CompletenessSection {
  readonly section: SectionDef;
  /** Visible, non-computed fields (a form's fields to fill; a table's input columns). */
  readonly fields: readonly FieldDef[];
}

/**
 * The sections completeness is the mean over (spec §10): every visible section with
 * at least one visible input field (computed fields are not typed, so they
 * neither count nor make a section count), in configuration order.
 */
export function completenessSections(config: KamConfig): readonly CompletenessSection[] {
  // A hidden section (spec §11) does not count: nobody is asked to fill it.
  return config.sections
    .filter((section) => !section.hidden)
    .map((section) => ({
      section,
      fields: config.fields.filter(
        (f) => f.section === section.key && !f.hidden && f.type.kind !== "computed"
      ),
    }))
    .filter((s) => s.fields.length > 0);
}

/**
 * `completeness` (spec §10): the mean over the visible sections of a form
 * section's filled visible fields ÷ its visible fields, and a table's 1 when it
 * has at least one data row, 0 without (a missing table has none). Computed
 * fields do not count. A cell holding a wrong value (TYPE_INVALID,
 * NOT_IN_LIST, OUT_OF_RANGE) counts as filled: it is there, just wrong; a form
 * field whose defined name is missing counts as empty. 1 when no section counts.
 * The workbook's `completeness` formula computes the same.
 */
export function completenessOf(plan: Plan, findings: readonly Finding[]): number {
  const wrong = new Set(
    findings
      .filter((f) => FILLED_BUT_WRONG.has(f.code) && f.cell !== null)
      .map((f) => `${f.sheet ?? ""}!${f.cell ?? ""}`)
  );
  const sections = completenessSections(plan.config);
  if (sections.length === 0) return 1;
  let sum = 0;
  for (const { section, fields } of sections) {
    if (section.kind === "table") {
      sum += (plan.tables[section.key]?.rows.length ?? 0) > 0 ? 1 : 0;
      continue;
    }
    let filled = 0;
    for (const field of fields) {
      const value = plan.form[field.key];
      const ref = plan.formRefs[field.key];
      if (
        (value !== null && value !== undefined) ||
        (ref !== undefined && wrong.has(`${ref.sheet}!${ref.cell}`))
      )
        filled += 1;
    }
    sum += filled / fields.length;
  }
  return sum / sections.length;
}
