import { parseA1 } from "../domain/read/a1";
import type { KamConfig } from "../domain/config/types";
import { firstDayOfMonth, planMonths, type PlanPeriod } from "../domain/periods";
import type { Lang, Month } from "../domain/values";
import { buildLayout, planPeriodValues } from "../layout/build";
import { archivedReferences, type ArchivedReferences } from "./archived-references";
import { carryValues } from "../layout/carry-values";
import { expectedStructure, restructureRefusals } from "../layout/preconditions";
import { adapterText, errorCode, failureOfCode } from "./messages";
import type { WorkbookRead } from "./read";
import { replaceWithLayout, type ReplaceOutcome } from "./transaction";
import { DEFAULT_CONFIG } from "../domain/config/defaults";
import { text } from "../domain/text/layout";
import type { CellValue } from "../domain/values";
import { SHEET, SPARE_ROWS } from "../layout/sheets";
import type { ArchiveRow, WorkbookLayout, WorkbookValues } from "../layout/types";
import { planInPlace } from "./in-place";
import { writeInPlace } from "./in-place-transaction";
import type { ChartChange } from "./in-place-write";
import { languageOf, planFacts } from "./plan-facts";
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
  /** Restructure in place (needs IN_PLACE_EXCEL_API); false: replace the sheets (default true). */
  readonly inPlace?: boolean | undefined;
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
  let carriedArchived: readonly ArchiveRow[] = [];
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
    const carried = carryValues(read.snapshot, plan.config, months, {
      keepRowPositions: read.sheetCells !== undefined && plan.inPlace !== false,
    });
    carriedArchived = carried.archived;
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
  if (values && read.sheetCells && plan.inPlace !== false) {
    // Spec §8: the plan sheets keep their identity; restructured in place (in-place.ts).
    plan.onProgress?.({ step: "writing", fraction: 0.6 });
    const written = await restructureInPlace(context, read, {
      config: plan.config,
      lang: plan.lang,
      start: plan.start,
      period: plan.period,
      values,
      archivedNow: carriedArchived,
      budget: plan.budget,
    });
    plan.onProgress?.({ step: "done", fraction: 1 });
    if (written.outcome.kind === "done") {
      const refs = written.references;
      const followed = refs.formulas.length + refs.names.length;
      return {
        ok: true,
        archived: archived + written.displaced,
        syncs: read.syncs + written.outcome.syncs,
        ...(followed + refs.broken.length > 0
          ? { references: { followed, broken: refs.broken } }
          : {}),
      };
    }
    return {
      ok: false,
      findings: [],
      ...failureOfOutcome(written.outcome, plan.uiLang ?? plan.lang),
    };
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

/**
 * Names the rebuild owns (lower case): the layout's (form fields, list sources), every field key of the
 * configuration and the default one, and the names of values this rebuild archived. Any other name is
 * the user's and is never touched.
 */
function ownNames(
  read: WorkbookRead,
  config: KamConfig,
  archivedNow: readonly ArchiveRow[]
): ReadonlySet<string> {
  const own = new Set<string>();
  for (const f of [...config.fields, ...DEFAULT_CONFIG.fields]) own.add(f.key.toLowerCase());
  for (const row of archivedNow) if (row.rowKey === null) own.add(row.field.toLowerCase());
  for (const n of read.snapshot.names)
    if (n.sheet === SHEET.lists || n.sheet === SHEET.calc) own.add(n.name.toLowerCase());
  return own;
}

/**
 * Table rows padded with empty records so that no table loses rows in place: a table that had L body rows
 * keeps at least L (its values, then empty rows, then the layout's spare rows).
 */
function padTables(values: WorkbookValues, read: WorkbookRead): WorkbookValues {
  const tables: Record<string, readonly Readonly<Record<string, CellValue>>[]> = {};
  for (const [key, rows] of Object.entries(values.tables)) {
    const old = read.snapshot.tables.find((t) => t.name === key);
    const want = old ? old.rows.length - SPARE_ROWS : 0;
    tables[key] =
      rows.length >= want
        ? rows
        : [...rows, ...Array.from({ length: want - rows.length }, () => ({}))];
  }
  return { ...values, tables };
}

/** The layout's charts on sheets that exist: whether one of that name is there and, when known, what it was. */
function chartChanges(
  read: WorkbookRead,
  plan: { readonly config: KamConfig; readonly lang: Lang },
  layout: WorkbookLayout
): ChartChange[] {
  const facts = planFacts(read.snapshot, plan.config);
  const oldLang = languageOf(read.snapshot) ?? plan.lang;
  const before =
    facts.start && facts.period
      ? buildLayout(plan.config, { lang: oldLang, start: facts.start, period: facts.period })
      : null;
  return layout.sheets.flatMap((s) =>
    (s.charts ?? []).flatMap((chart) => {
      const names = read.sheetCharts?.get(s.name);
      if (!names) return [];
      const old =
        before?.sheets.find((x) => x.name === s.name)?.charts?.find((c) => c.name === chart.name) ??
        null;
      return [{ sheet: s.name, chart, exists: names.includes(chart.name), before: old }];
    })
  );
}

/** What an in-place restructuring writes: the new layout's inputs and the values carried into it. */
export interface InPlaceInput {
  readonly config: KamConfig;
  readonly lang: Lang;
  readonly start: Month;
  readonly period: PlanPeriod;
  readonly values: WorkbookValues;
  /** What this carrying moved to the Archive (their names are the rebuild's to delete). */
  readonly archivedNow: readonly ArchiveRow[];
  readonly budget?: number | undefined;
}

/**
 * Restructure the workbook in place to the layout of `input` (spec §8): plan (`planInPlace`), then write
 * all-or-nothing (`writeInPlace`). Returns how it ended and how many user cells went to Archive.
 */
export async function restructureInPlace(
  context: Excel.RequestContext,
  read: WorkbookRead,
  input: InPlaceInput
): Promise<{ outcome: ReplaceOutcome; displaced: number; references: ArchivedReferences }> {
  const layoutFor = (extra: readonly ArchiveRow[]): WorkbookLayout =>
    buildLayout(input.config, {
      lang: input.lang,
      start: input.start,
      period: input.period,
      tableOrder: tableOrderOf(read),
      values: {
        ...padTables(input.values, read),
        archive: [...input.values.archive, ...extra],
      },
    });
  const planned = planInPlace(
    read,
    input.config,
    ownNames(read, input.config, input.archivedNow),
    layoutFor,
    text("archiveDisplaced", input.lang)
  );
  const inPlace = {
    ...planned,
    references: archivedReferences(read, planned, input.archivedNow.length),
  };
  const outcome = await writeInPlace(
    context,
    read,
    inPlace,
    chartChanges(read, input, inPlace.layout),
    input.budget
  );
  return { outcome, displaced: inPlace.displaced.length, references: inPlace.references };
}

/** The workbook's tables, sheet by sheet from the top: the order an in-place rebuild keeps. */
function tableOrderOf(read: WorkbookRead): string[] {
  const top = (address: string): number => parseA1(address.split(":")[0] ?? "")?.row ?? 0;
  return [...read.snapshot.tables]
    .sort((a, b) => a.sheet.localeCompare(b.sheet) || top(a.address) - top(b.address))
    .map((t) => t.name);
}
