import type { PlanNumbers } from "./calc/types";
import type { ReferenceProblem } from "./config/reference-location";
import type { KamConfig } from "./config/types";
import type { Finding, Severity } from "./findings";
import type { Plan } from "./plan";
import type { Lang } from "./values";

/** Counts by severity and how complete the plan is. */
export interface CheckSummary {
  readonly counts: Readonly<Record<Severity, number>>;
  /**
   * `completeness` (spec §10), 0–1: the mean over visible sections of a form's
   * filled share and a table's 1 (a data row) or 0 (none).
   */
  readonly completeness: number;
}

/** What `checkWorkbook` returns: everything the task pane, the ribbon and the CLI show. */
export interface CheckReport {
  readonly language: Lang;
  /** The configuration used: the reference when given, else the workbook's own Config, or the default when it is missing or broken. */
  readonly config: KamConfig;
  readonly plan: Plan;
  readonly numbers: PlanNumbers;
  /** Sorted: errors first, then by sheet and cell. */
  readonly findings: readonly Finding[];
  readonly summary: CheckSummary;
}

/** Options of a check: today is an argument, never read from the clock inside the core. */
export interface CheckOptions {
  /** `YYYY-MM-DD`. */
  readonly today: string;
  /** Language of the messages; default: the workbook's `language` setting. */
  readonly lang?: Lang;
  /**
   * The SKAM's reference configuration (spec §11, `--config REF.xlsx`): when given, the checks
   * use its settings and fields instead of the workbook's own, and every difference of the
   * workbook's Config from it is a CONFIG_DRIFT finding.
   */
  readonly reference?: KamConfig;
  /** The workbook names a reference (`reference_config`) the caller could not read: a REFERENCE_UNREACHABLE finding says why. */
  readonly referenceProblem?: { readonly where: string; readonly problem: ReferenceProblem };
}
