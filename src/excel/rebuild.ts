import type { KamConfig } from "../domain/config/types";
import { firstDayOfMonth, planMonths, type PlanPeriod } from "../domain/periods";
import type { Lang, Month } from "../domain/values";
import { buildLayout, planPeriodValues } from "../layout/build";
import { carryValues } from "../layout/carry-values";
import { expectedStructure, restructureRefusals } from "../layout/preconditions";
import { adapterText, errorCode, failureOfCode } from "./messages";
import type { WorkbookRead } from "./read";
import { replaceWithLayout, type ReplaceOutcome } from "./transaction";
import type { ActionFailure, ActionResult, ProgressListener } from "./types";

/** What a rebuild needs: the configuration to build, the plan's language, start and period, and whether to keep the workbook's values. */
export interface RebuildPlan {
  readonly config: KamConfig;
  readonly lang: Lang;
  readonly start: Month;
  readonly period: PlanPeriod;
  /** Carry the values of the sheets (apply, upgrade, build with overwrite); false for a fresh template. */
  readonly keepValues: boolean;
  /** Build with overwrite: the chosen start and period replace plan_start / plan_period (apply keeps the sheet's own). */
  readonly setPeriod?: boolean;
  readonly onProgress?: ProgressListener | undefined;
  /** The pane's language for a failure's message (default `lang`). */
  readonly uiLang?: Lang | undefined;
  /** Estimated bytes per request (default REQUEST_BUDGET_BYTES); tests lower it to force chunks. */
  readonly budget?: number | undefined;
}

/**
 * Compute (pure core) and write (one sync; more only past the request budget) a new layout over a workbook that
 * was already read: values carried by key with `carryValues` (removed fields
 * and months → Archive), the layout built, the plan sheets replaced in one
 * recoverable batch. Returns the ActionResult the pane shows.
 */
export async function rebuild(
  context: Excel.RequestContext,
  read: WorkbookRead,
  plan: RebuildPlan
): Promise<ActionResult> {
  plan.onProgress?.({ step: "computing", fraction: 0.4 });
  let values;
  let archived = 0;
  if (plan.keepValues) {
    // Spec §8: a deleted name, a renamed table or a deleted sheet → refuse, change nothing (the CLI does the same).
    const refusals = restructureRefusals(
      read.snapshot,
      expectedStructure(read.snapshot, plan.config),
      plan.lang
    );
    if (refusals.length > 0)
      return {
        ok: false,
        reason: "structure_broken",
        findings: refusals,
        message: adapterText("structure_broken", plan.uiLang ?? plan.lang, {
          details: refusals.map((f) => f.message).join(" "),
        }),
      };
    const months = planMonths(firstDayOfMonth(plan.start), plan.period);
    const carried = carryValues(read.snapshot, plan.config, months);
    values = plan.setPeriod
      ? {
          ...carried.values,
          form: {
            ...carried.values.form,
            ...planPeriodValues(plan.config, plan.lang, plan.start, plan.period),
          },
        }
      : carried.values;
    archived = carried.archived.length;
  }
  const layout = buildLayout(
    plan.config,
    values
      ? { lang: plan.lang, start: plan.start, period: plan.period, values }
      : { lang: plan.lang, start: plan.start, period: plan.period }
  );
  plan.onProgress?.({ step: "writing", fraction: 0.6 });
  const outcome = await replaceWithLayout(context, read, layout, plan.budget);
  plan.onProgress?.({ step: "done", fraction: 1 });
  if (outcome.kind === "done") return { ok: true, archived, syncs: read.syncs + outcome.syncs };
  return { ok: false, findings: [], ...failureOfOutcome(outcome, plan.uiLang ?? plan.lang) };
}

/**
 * What the pane says when a rebuild's write failed: restored (the workbook is as it was; the reason from Excel's
 * error code) or stuck (recovery failed too: the message names the `~bak` sheets that hold the old data).
 */
export function failureOfOutcome(
  outcome: Exclude<ReplaceOutcome, { kind: "done" }>,
  lang: Lang
): { reason: ActionFailure; message: string } {
  const code = errorCode(outcome.error);
  if (outcome.kind === "restored") {
    // A sheet a person protected with a password: `unprotect()` without it fails, and the error names
    // its location (`OfficeExtension.Error.debugInfo.errorLocation`,
    // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
    if (errorLocation(outcome.error).toLowerCase().includes("unprotect"))
      return {
        reason: "protected",
        message: adapterText("sheet_password", lang, {
          sheets: outcome.protectedSheets.map((s) => `«${s}»`).join(", "),
        }),
      };
    const reason = failureOfCode(code);
    return { reason, message: adapterText(reason, lang, { code }) };
  }
  return {
    reason: "excel_error",
    message: adapterText("stuck", lang, {
      code,
      backups: outcome.backups.map((b) => `«${b}»`).join(", "),
    }),
  };
}

/** `debugInfo.errorLocation` of an Office.js error (`WorksheetProtection.unprotect`), or "". */
function errorLocation(error: unknown): string {
  if (typeof error !== "object" || error === null || !("debugInfo" in error)) return "";
  const info: unknown = error.debugInfo;
  return typeof info === "object" && info !== null && "errorLocation" in info
    ? String(info.errorLocation)
    : "";
}
