import { completenessOf } from "./completeness";
import type { Finding, Severity } from "./findings";
import type { Plan } from "./plan";
import type { CheckSummary } from "./report";

/**
 * Counts of findings by severity and the plan's completeness (spec §10: the
 * mean over visible sections, see `completenessOf`).
 */
export function summarize(plan: Plan, findings: readonly Finding[]): CheckSummary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return { counts, completeness: completenessOf(plan, findings) };
}
