import type { PlanNumbers } from "../calc/types";
import { formNumber, formText } from "../calc/values";
import type { FormFieldKey } from "../config/keys";
import type { Finding } from "../findings";
import { firstDayOfMonth } from "../periods";
import type { Plan } from "../plan";
import { formatSerialDate } from "../text/format";
import { finding, formPlace, type CheckContext } from "./context";
import { listLabel, quotedList } from "./labels";

/** A PlanHeader field the configuration shows (a workbook whose Config predates it has none). */
function shown(plan: Plan, key: FormFieldKey): boolean {
  return plan.config.fields.some((f) => f.section === "PlanHeader" && f.key === key && !f.hidden);
}

/** plan_status's key; an empty cell is the default, draft (spec §9). */
function status(plan: Plan): string {
  return formText(plan, "plan_status") ?? "draft";
}

/**
 * `APPROVAL_INCOMPLETE` (spec §9): the status is approved and approved_by or
 * approved_on is empty. The finding sits on the first empty field and names
 * every empty one.
 */
export function approvalIncompleteFindings(
  plan: Plan,
  _numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  if (!shown(plan, "plan_status") || status(plan) !== "approved") return [];
  const empty = (["approved_by", "approved_on"] as const).filter(
    (key) =>
      shown(plan, key) &&
      (key === "approved_on" ? formNumber(plan, key) === null : formText(plan, key) === null)
  );
  const first = empty[0];
  if (first === undefined) return [];
  const labels = empty.map(
    (key) =>
      plan.config.fields.find((f) => f.section === "PlanHeader" && f.key === key)?.label[
        ctx.lang
      ] ?? key
  );
  return [
    finding(ctx, "APPROVAL_INCOMPLETE", formPlace(plan, first), {
      status: listLabel(plan, "plan_statuses", "approved", ctx.lang),
      missing: quotedList(labels, ctx.lang),
    }),
  ];
}

/**
 * `PLAN_NOT_APPROVED` (info, spec §9): today is on or after the plan's start
 * (the 1st of plan_start's month, spec §7) and the status is draft (or empty)
 * or on_review.
 */
export function planNotApprovedFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const first = numbers.months[0];
  if (!shown(plan, "plan_status") || first === undefined) return [];
  const start = firstDayOfMonth(first);
  const current = status(plan);
  if (ctx.today < start || (current !== "draft" && current !== "on_review")) return [];
  return [
    finding(ctx, "PLAN_NOT_APPROVED", formPlace(plan, "plan_status"), {
      status: listLabel(plan, "plan_statuses", current, ctx.lang),
      start: formatSerialDate(start, ctx.lang),
    }),
  ];
}
