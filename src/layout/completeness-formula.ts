import { completenessSections } from "../domain/completeness";
import type { FormulaContext } from "./calc-context";
import { columnRef } from "./refs";

/**
 * `completeness` (spec §10) as a formula: the mean over the sections
 * `completenessSections` names of a form's filled share (a value cell counts
 * when its trimmed text is not empty) and a table's 1 when any input cell of
 * its body is not empty (the readers skip rows whose every input cell is
 * empty), else 0. A field or column not in the layout counts as empty.
 */
export function completenessFormula(ctx: FormulaContext): string {
  const terms: string[] = [];
  for (const { section, fields } of completenessSections(ctx.config)) {
    if (section.kind === "form") {
      const filled = fields
        .filter((f) => ctx.formKeys.has(f.key))
        .map((f) => `(LEN(TRIM(${f.key}))>0)`);
      terms.push(filled.length === 0 ? "0" : `(${filled.join("+")})/${fields.length}`);
      continue;
    }
    const columns = ctx.tables.get(section.key) ?? [];
    const inputs = columns.filter((c) => !c.locked).map((c) => columnRef(section.key, c.header));
    terms.push(
      inputs.length === 0
        ? "0"
        : `IF(${inputs.map((ref) => `SUMPRODUCT(LEN(TRIM(${ref})))`).join("+")}>0,1,0)`
    );
  }
  return terms.length === 0 ? "1" : `(${terms.join("+")})/${terms.length}`;
}
