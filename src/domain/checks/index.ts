import type { PlanNumbers } from "../calc/types";
import type { Finding } from "../findings";
import type { Plan } from "../plan";
import { activityDateFindings, budgetFindings } from "./activities";
import { actualsMissingFindings } from "./actuals";
import { promoFindings } from "./promos";
import { approvalIncompleteFindings, planNotApprovedFindings } from "./approval";
import type { CheckContext, RuleCheck } from "./context";
import { creditDepthFindings, creditLimitFindings } from "./credit";
import { discountBasisFindings, discountMaxFindings, tierOrderFindings } from "./discounts";
import {
  competitorFindings,
  decisionGroupFindings,
  opportunityFindings,
  reviewFindings,
} from "./dossier";
import { duplicateItemFindings, itemCoverageFindings } from "./items";
import {
  activityOwnerFindings,
  delistedItemFindings,
  dmuContactFindings,
  riskMitigationFindings,
} from "./follow-up";
import { kpiPeriodFindings, kpiTargetFindings, kpiWeightFindings } from "./kpi";
import { checkpointFindings, planStartFindings } from "./plan-period";
import { salesMonthsFindings } from "./sales-months";
import { teamFindings } from "./team";

export type { CheckContext, RuleCheck } from "./context";

/** Every rule check of spec section 5 that is not structural or a type check, in the order they run. */
export const RULE_CHECKS: readonly RuleCheck[] = [
  planStartFindings,
  checkpointFindings,
  salesMonthsFindings,
  kpiPeriodFindings,
  kpiWeightFindings,
  activityDateFindings,
  budgetFindings,
  tierOrderFindings,
  discountMaxFindings,
  discountBasisFindings,
  creditLimitFindings,
  creditDepthFindings,
  teamFindings,
  duplicateItemFindings,
  itemCoverageFindings,
  opportunityFindings,
  reviewFindings,
  decisionGroupFindings,
  competitorFindings,
  kpiTargetFindings,
  delistedItemFindings,
  riskMitigationFindings,
  activityOwnerFindings,
  dmuContactFindings,
  promoFindings,
  actualsMissingFindings,
  approvalIncompleteFindings,
  planNotApprovedFindings,
];

/** Run every rule check on a plan and its computed numbers. */
export function ruleFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  return RULE_CHECKS.flatMap((check) => check(plan, numbers, ctx));
}
