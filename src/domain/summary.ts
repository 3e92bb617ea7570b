import { REQUIRED_TABLES } from "./config/defaults";
import type { Finding, Severity } from "./findings";
import type { Plan } from "./plan";
import type { CheckSummary } from "./report";
import type { CellRef } from "./values";

/** Codes that mean "filled, but wrong": the cell counts as filled for completeness. */
const FILLED_BUT_WRONG = new Set(["TYPE_INVALID", "NOT_IN_LIST", "OUT_OF_RANGE"]);

/**
 * Counts of findings by severity and the plan's completeness: filled required
 * cells ÷ all required cells, where required cells are the required,
 * non-computed, non-hidden form fields and the required cells of every
 * non-empty row of a table. A required table (Team, SalesPlan, KPI) with no
 * rows counts as one unfilled cell. A cell holding a wrong value (TYPE_INVALID,
 * NOT_IN_LIST, OUT_OF_RANGE) counts as filled: it is there, just wrong; a form
 * field whose defined name is missing counts as unfilled. 1 when nothing is required.
 */
export function summarize(plan: Plan, findings: readonly Finding[]): CheckSummary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  const wrong = new Set(
    findings
      .filter((f) => FILLED_BUT_WRONG.has(f.code) && f.cell !== null)
      .map((f) => `${f.sheet ?? ""}!${f.cell ?? ""}`)
  );
  const isFilled = (value: unknown, ref: CellRef | undefined): boolean =>
    (value !== null && value !== undefined) ||
    (ref !== undefined && wrong.has(`${ref.sheet}!${ref.cell}`));
  // A hidden section (spec §11) does not count: nobody is asked to fill it.
  const sectionKind = new Map(
    plan.config.sections.filter((s) => !s.hidden).map((s) => [s.key, s.kind])
  );
  const required = plan.config.fields.filter(
    (f) => f.required && !f.hidden && f.type.kind !== "computed" && sectionKind.has(f.section)
  );
  let total = 0;
  let filled = 0;
  for (const field of required.filter((f) => sectionKind.get(f.section) === "form")) {
    total += 1;
    if (isFilled(plan.form[field.key], plan.formRefs[field.key])) filled += 1;
  }
  for (const table of Object.values(plan.tables)) {
    const fields = required.filter((f) => f.section === table.key);
    if (!sectionKind.has(table.key)) continue;
    if (table.rows.length === 0 && REQUIRED_TABLES.includes(table.key)) total += 1;
    for (const row of table.rows) {
      for (const field of fields) {
        total += 1;
        if (isFilled(row.values[field.key], row.refs[field.key])) filled += 1;
      }
    }
  }
  return { counts, completeness: total === 0 ? 1 : filled / total };
}
