import type { PlanNumbers } from "../calc/types";
import { formNumber, rowText, tablePresent, tableRows } from "../calc/values";
import type { Finding } from "../findings";
import type { Plan } from "../plan";
import { finding, formPlace, tablePlace, type CheckContext } from "./context";
import { formatSerialDate } from "../text/format";
import { amountText, listLabel, quotedList } from "./labels";

/**
 * `OPPORTUNITY_BELOW_PLAN`: opportunity_1y below the planned sales of the
 * plan's first 12 months, or of the whole plan when it is shorter (not scaled
 * to a year, spec §7). Nothing while opportunity_1y or the plan's months are missing.
 */
export function opportunityFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const opportunity = formNumber(plan, "opportunity_1y");
  if (opportunity === null || numbers.months.length === 0) return [];
  const months = numbers.months.slice(0, 12);
  const planned = months.reduce((sum, m) => sum + (numbers.monthlyPlan[m] ?? 0), 0);
  if (opportunity >= planned) return [];
  return [
    finding(ctx, "OPPORTUNITY_BELOW_PLAN", formPlace(plan, "opportunity_1y"), {
      opportunity: amountText(plan, opportunity, ctx.lang),
      plan: amountText(plan, planned, ctx.lang),
      months: months.length,
    }),
  ];
}

/**
 * `REVIEW_OVERDUE`: next_review (EDATE(last_review, review_cadence_months))
 * before today. Names last_review, the cell a person updates after a review.
 */
export function reviewFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const last = formNumber(plan, "last_review");
  if (last === null || numbers.nextReview === null || numbers.nextReview >= ctx.today) return [];
  return [
    finding(ctx, "REVIEW_OVERDUE", formPlace(plan, "last_review"), {
      last: formatSerialDate(last, ctx.lang),
      next: formatSerialDate(numbers.nextReview, ctx.lang),
      today: formatSerialDate(ctx.today, ctx.lang),
    }),
  ];
}

const KNOWN_ROLES = ["technical", "economic", "user"] as const;

/**
 * Decision group (ГПР) rules, naming the DecisionGroup table; they run on an
 * empty group too (an empty group is exactly what they point out), not on a
 * missing table: `DMU_NO_DECISION_MAKER`, `DMU_NO_SUPPORTER`, and one
 * `DMU_ROLE_UNCOVERED` (info) for each of technical, economic, user nobody holds.
 */
export function decisionGroupFindings(
  plan: Plan,
  _numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  if (!tablePresent(plan, "DecisionGroup")) return [];
  const rows = tableRows(plan, "DecisionGroup");
  const roles = new Set(rows.map((row) => rowText(row, "role")));
  const attitudes = new Set(rows.map((row) => rowText(row, "attitude")));
  const place = tablePlace(plan, "DecisionGroup");
  const findings: Finding[] = [];
  if (!roles.has("decision_maker")) {
    findings.push(
      finding(ctx, "DMU_NO_DECISION_MAKER", place, {
        role: listLabel(plan, "dmu_roles", "decision_maker", ctx.lang),
      })
    );
  }
  if (!attitudes.has("supporter")) {
    findings.push(
      finding(ctx, "DMU_NO_SUPPORTER", place, {
        attitude: listLabel(plan, "attitudes", "supporter", ctx.lang),
      })
    );
  }
  for (const role of KNOWN_ROLES) {
    if (!roles.has(role))
      findings.push(
        finding(ctx, "DMU_ROLE_UNCOVERED", place, {
          role: listLabel(plan, "dmu_roles", role, ctx.lang),
        })
      );
  }
  return findings;
}

const COMPETITOR_TYPES = ["direct", "budget_contender", "inertia", "do_it_yourself"] as const;

/**
 * `COMPETITOR_TYPES_UNCOVERED`: one finding listing the competitor types no
 * row of Competitors considers (also for an empty table; not for a missing one).
 */
export function competitorFindings(
  plan: Plan,
  _numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  if (!tablePresent(plan, "Competitors")) return [];
  const types = new Set(tableRows(plan, "Competitors").map((row) => rowText(row, "type")));
  const missing = COMPETITOR_TYPES.filter((type) => !types.has(type));
  if (missing.length === 0) return [];
  return [
    finding(ctx, "COMPETITOR_TYPES_UNCOVERED", tablePlace(plan, "Competitors"), {
      types: quotedList(
        missing.map((type) => listLabel(plan, "competitor_types", type, ctx.lang)),
        ctx.lang
      ),
      count: missing.length,
    }),
  ];
}
