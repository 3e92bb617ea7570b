import type { PlanNumbers } from "../calc/types";
import type { Finding } from "../findings";
import { makeFinding, type FindingArgs, type FindingPlace } from "../text/messages";
import type { FindingCode } from "../codes";
import type { FieldKey, FormFieldKey, TableKey } from "../config/keys";
import type { Plan, PlanRow } from "../plan";
import type { Lang } from "../values";

/** What every rule check gets besides the plan: the message language and today (never read from a clock). */
export interface CheckContext {
  readonly lang: Lang;
  /** Today as an Excel serial. */
  readonly today: number;
}

/** A rule check of spec section 5: plan and its numbers in, findings out; never throws for a user's mistake. */
export type RuleCheck = (plan: Plan, numbers: PlanNumbers, ctx: CheckContext) => readonly Finding[];

/** The place of a form field: its value cell and its defined name (the name alone when the cell is unknown). */
export function formPlace(plan: Plan, key: FormFieldKey): FindingPlace {
  const ref = plan.formRefs[key];
  return { sheet: ref?.sheet ?? null, cell: ref?.cell ?? null, name: key };
}

/** The place of one cell of a table row, with the table's name; the table itself when the cell is unknown. */
export function rowPlace(plan: Plan, table: TableKey, row: PlanRow, field: FieldKey): FindingPlace {
  const ref = row.refs[field];
  if (ref) return { sheet: ref.sheet, cell: ref.cell, name: table };
  return tablePlace(plan, table);
}

/** The place of a whole table: its header's top-left cell and its name. */
export function tablePlace(plan: Plan, table: TableKey): FindingPlace {
  const ref = plan.tables[table]?.ref;
  const section = plan.config.sections.find((s) => s.key === table);
  return { sheet: ref?.sheet ?? section?.sheet ?? null, cell: ref?.cell ?? null, name: table };
}

/** `makeFinding` in the context's language. */
export function finding<C extends FindingCode>(
  ctx: CheckContext,
  code: C,
  place: FindingPlace,
  args: FindingArgs[C]
): Finding {
  return makeFinding(code, ctx.lang, place, args);
}
