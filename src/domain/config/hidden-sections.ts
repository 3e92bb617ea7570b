import type { FindingCode } from "../codes";
import type { Finding } from "../findings";
import type { SectionKey } from "./keys";
import type { KamConfig } from "./types";

/**
 * Rule codes that are about more than the section their finding names (spec §11: a hidden
 * section's checks are skipped): the code is dropped when any of these sections is hidden.
 * Findings that name a hidden section's table or a field of a hidden form section are
 * dropped by name; this table covers the rules that judge a section from elsewhere
 * (an item missing from a hidden Assortment, a team without a KAM, a budget against
 * hidden activities).
 */
export const RULE_SECTIONS: Readonly<Partial<Record<FindingCode, readonly SectionKey[]>>> = {
  PLAN_START_NOT_MONTH_START: ["PlanHeader"],
  PLAN_START_OFF_FISCAL: ["PlanHeader"],
  CHECKPOINTS_MISSING: ["PlanHeader"],
  CHECKPOINT_NOT_SHORTER_THAN_PLAN: ["PlanHeader"],
  CREDIT_LIMIT_EXCEEDED: ["PlanHeader"],
  CREDIT_DEPTH_ABOVE_MAX: ["PlanHeader"],
  BUDGET_EXCEEDED: ["PlanHeader", "Activities"],
  SALES_MONTHS_MISMATCH: ["SalesPlan"],
  KPI_PERIOD_LONGER_THAN_PLAN: ["KPI"],
  KPI_PERIOD_MISALIGNED: ["KPI"],
  KPI_SHORTER_THAN_CHECKPOINT: ["KPI"],
  KPI_WEIGHTS_NOT_100: ["KPI"],
  DATE_OUTSIDE_PLAN: ["Activities"],
  DISCOUNT_TIERS_NOT_MONOTONIC: ["DiscountTiers"],
  DISCOUNT_ABOVE_MAX: ["DiscountTiers"],
  DISCOUNT_BASIS_LONGER_THAN_PLAN: ["DiscountTiers"],
  TEAM_NO_KAM: ["Team"],
  TEAM_NO_EXECUTIVE_SPONSOR: ["Team"],
  SALES_ITEM_NOT_IN_ASSORTMENT: ["SalesPlan", "Assortment"],
  ACTUAL_ITEM_NOT_IN_PLAN: ["SalesPlan", "SalesActual"],
  OPPORTUNITY_BELOW_PLAN: ["ClientProfile", "SalesPlan"],
  REVIEW_OVERDUE: ["ClientProfile"],
  DMU_NO_DECISION_MAKER: ["DecisionGroup"],
  DMU_NO_SUPPORTER: ["DecisionGroup"],
  DMU_ROLE_UNCOVERED: ["DecisionGroup"],
  COMPETITOR_TYPES_UNCOVERED: ["Competitors"],
};

/** Keys of the hidden sections of a configuration. */
export function hiddenSections(config: KamConfig): ReadonlySet<string> {
  return new Set(config.sections.filter((s) => s.hidden).map((s) => s.key));
}

/** The configuration without its hidden sections (and their fields): what is read and checked. */
export function visibleSectionsOf(config: KamConfig): KamConfig {
  const hidden = hiddenSections(config);
  if (hidden.size === 0) return config;
  return {
    ...config,
    sections: config.sections.filter((s) => !hidden.has(s.key)),
    fields: config.fields.filter((f) => !hidden.has(f.section)),
  };
}

/**
 * The findings without those about a hidden section (spec §11): a finding naming a hidden
 * table or a field of a hidden form section, or of a rule that judges a hidden section
 * (RULE_SECTIONS). Everything else is kept, in order.
 */
export function withoutHiddenSections(
  findings: readonly Finding[],
  config: KamConfig
): readonly Finding[] {
  const hidden = hiddenSections(config);
  if (hidden.size === 0) return findings;
  const hiddenForms = new Set(
    config.sections.filter((s) => hidden.has(s.key) && s.kind === "form").map((s) => s.key)
  );
  const names = new Set(
    [...hidden, ...config.fields.filter((f) => hiddenForms.has(f.section)).map((f) => f.key)].map(
      (n) => n.toLowerCase()
    )
  );
  return findings.filter(
    (f) =>
      !(f.name !== null && names.has(f.name.toLowerCase())) &&
      !(RULE_SECTIONS[f.code] ?? []).some((s) => hidden.has(s))
  );
}
