import type { FormFieldKey } from "../config/keys";
import { makeFinding } from "../text/messages";
import type { ReadEnv } from "./field-value";
import type { FormReading } from "./form";

/** The input each budget method needs (spec §7): required for that method. */
const BUDGET_INPUT: Readonly<Record<string, FormFieldKey>> = {
  percent_of_turnover: "budget_rate",
  fixed: "budget_fixed",
};

/**
 * `REQUIRED_MISSING` for the budget field of the chosen method (spec §7):
 * `budget_rate` with percent_of_turnover, `budget_fixed` with fixed, when
 * that field is empty. Not when the field holds a wrong value (its own finding
 * says so), is hidden, or has no cell (NAME_MISSING says so).
 */
export function budgetMethodFindings(env: ReadEnv, reading: FormReading): void {
  const method = reading.form["budget_method"];
  const key = typeof method === "string" ? BUDGET_INPUT[method] : undefined;
  if (key === undefined) return;
  const field = env.config.fields.find((f) => f.key === key);
  const ref = reading.formRefs[key];
  if (!field || field.hidden || !ref || reading.form[key] !== null) return;
  if (reading.findings.some((f) => f.name === key)) return;
  const section = env.config.sections.find((s) => s.key === field.section);
  reading.findings.push(
    makeFinding(
      "REQUIRED_MISSING",
      env.lang,
      { sheet: ref.sheet, cell: ref.cell, name: key },
      {
        scope: "form",
        field: field.label[env.lang],
        section: section?.label[env.lang] ?? field.section,
        cell: ref.cell,
      }
    )
  );
}
