import type { FindingCode } from "../domain/codes";
import type { Finding } from "../domain/findings";
import type { Plan } from "../domain/plan";
import type { CellRef } from "../domain/values";

/** Where a finding sends the user: a form field's cell, or a table column's body cells. */
export type InputTarget =
  | { readonly kind: "field"; readonly field: string }
  | { readonly kind: "column"; readonly table: string; readonly column: string };

/**
 * Findings about a computed value (a formula cell the user cannot type into), and the input their
 * message tells the user to change first. One entry per code; a code not listed here goes to its own cell.
 *
 * - `BUDGET_EXCEEDED` sits on `budget_amount` (a formula); the message says "cut costs…", so the
 *   activities' cost column.
 * - `CREDIT_LIMIT_EXCEEDED`: "raise the limit…", so `credit_limit` (an input; named here so the
 *   choice is written down, not left to where the check happened to put the finding).
 * - `DISCOUNT_ABOVE_MAX` on `discount_total` (the effective rate, a formula): "lower the rates", so
 *   the tiers' rate column. The per-tier finding already sits on its rate cell and is not moved.
 * - `KPI_WEIGHTS_NOT_100` sits on the KPI table's header: "adjust the weights", so the weight column.
 */
export const COMPUTED_FINDING_INPUTS: Readonly<Partial<Record<FindingCode, InputTarget>>> = {
  BUDGET_EXCEEDED: { kind: "column", table: "Activities", column: "cost" },
  CREDIT_LIMIT_EXCEEDED: { kind: "field", field: "credit_limit" },
  DISCOUNT_ABOVE_MAX: { kind: "column", table: "DiscountTiers", column: "rate" },
  KPI_WEIGHTS_NOT_100: { kind: "column", table: "KPI", column: "weight" },
};

/** A finding's own cell, or null when it has none. */
export function findingCell(finding: Finding): CellRef | null {
  return finding.sheet !== null && finding.cell !== null
    ? { sheet: finding.sheet, cell: finding.cell }
    : null;
}

/** `E80:E82` from the first and last cell of one column (a single cell stays `E80`). */
function spanOf(first: CellRef, last: CellRef): CellRef {
  return first.cell === last.cell
    ? first
    : { sheet: first.sheet, cell: `${first.cell}:${last.cell}` };
}

/** Is the finding's own cell a computed field (a formula), as opposed to an input or a table cell? */
function onComputedField(finding: Finding, plan: Plan): boolean {
  if (finding.name === null) return false;
  const field = plan.config.fields.find((f) => f.key === finding.name);
  return field?.type.kind === "computed";
}

function resolve(target: InputTarget, plan: Plan): CellRef | null {
  if (target.kind === "field") return plan.formRefs[target.field] ?? null;
  const rows = plan.tables[target.table]?.rows ?? [];
  const refs = rows.flatMap((row) => {
    const ref = row.refs[target.column];
    return ref ? [ref] : [];
  });
  const first = refs[0];
  const last = refs[refs.length - 1];
  return first && last ? spanOf(first, last) : null;
}

/**
 * The cell (or column of cells) a click on `finding` selects: the input its message tells the user
 * to change when the finding is about a computed value or a whole table (see
 * `COMPUTED_FINDING_INPUTS`), else the finding's own cell; null when it has no place in the workbook.
 * A finding of a listed code that already sits on an input cell (a tier's own rate) keeps its cell.
 */
export function findingTarget(finding: Finding, plan: Plan | null): CellRef | null {
  const own = findingCell(finding);
  const target = COMPUTED_FINDING_INPUTS[finding.code];
  if (plan === null || target === undefined) return own;
  const movable =
    target.kind === "field" ||
    onComputedField(finding, plan) ||
    (finding.name === target.table && plan.tables[target.table]?.ref?.cell === finding.cell);
  if (!movable) return own;
  return resolve(target, plan) ?? own;
}
