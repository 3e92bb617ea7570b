import { configFromSnapshot } from "../domain/config/from-snapshot";
import type { KamConfig } from "../domain/config/types";
import { firstDayOfMonth, planMonths } from "../domain/periods";
import type { Grid, Month } from "../domain/values";
import { carryValues } from "../layout/carry-values";
import { restructureRefusals } from "../layout/preconditions";
import type { WorkbookValues } from "../layout/types";
import { mergeActuals, type ActualsTarget } from "../domain/portfolio/actuals";
import { withSalesActual } from "../domain/portfolio/import-actuals";
import { columnsFit, defaultHeaderRow, readPastedActuals } from "./import-actuals-grid";

import { adapterText, errorCode, failureOfCode } from "./messages";
import { languageOf, planFacts } from "./plan-facts";
import { readForWrite } from "./write-preflight";
import { failureOfOutcome, restructureInPlace } from "./rebuild";
import type { ActualsColumns, ImportActualsOptions, ImportActualsResult } from "./types";

/** The merge target from the carried values: the plan's months, `SalesPlan` items as first spelled, current `SalesActual` rows. */
function targetOf(values: WorkbookValues, months: readonly Month[]): ActualsTarget {
  const planItems: string[] = [];
  for (const row of values.tables.SalesPlan ?? []) {
    const item = row.item;
    if (typeof item === "string" && item.trim() !== "") planItems.push(item);
  }
  return { months, planItems, rows: values.tables.SalesActual ?? [] };
}

/** Failure results that change nothing. */
function refused(
  reason: Extract<ImportActualsResult, { ok: false }>["reason"],
  message: string,
  findings: Extract<ImportActualsResult, { ok: false }>["findings"] = []
): ImportActualsResult {
  return { ok: false, reason, findings, message };
}

/**
 * Fill `SalesActual` from a pasted range, inside one `Excel.run`: read the
 * workbook (its two syncs), read the range with the chosen columns and merge
 * by item and month (pure, `mergeActuals`: an imported cell replaces the old
 * value, unknown items are added and reported, months outside the plan
 * reported, not written), then rebuild the plan sheets from the workbook's own
 * configuration with every value carried exactly as apply carries them (`carryValues`) and
 * only `SalesActual` replaced — the same all-or-nothing transaction
 * (`replaceWithLayout`), so the syncs are those of apply. Nothing to write
 * (no readable row in the plan's months) leaves the workbook untouched.
 */
export async function importActualsIn(
  context: Excel.RequestContext,
  grid: Grid,
  columns: ActualsColumns,
  options: ImportActualsOptions & { readonly budget?: number | undefined }
): Promise<ImportActualsResult> {
  const { onProgress } = options;
  onProgress?.({ step: "reading", fraction: 0.1 });
  const preflight = await readForWrite(context, options.uiLang ?? null);
  if (!preflight.ok) return refused(preflight.reason, preflight.message);
  const { read } = preflight;
  const lang = options.uiLang ?? languageOf(read.snapshot) ?? "ru";
  const reading = configFromSnapshot(read.snapshot);
  if (reading.findings.length > 0)
    return refused(
      "config_invalid",
      adapterText("config_invalid", lang, { n: reading.findings.length }),
      reading.findings
    );
  if (reading.source !== "workbook" || !read.snapshot.tables.some((t) => t.name === "SalesActual"))
    return refused("no_plan", adapterText("no_plan", lang));
  const config: KamConfig = reading.config;
  // Spec §8: the same refusal as the CLI's import-actuals (a deleted name, a renamed table: change nothing).
  const broken = restructureRefusals(read.snapshot, config, lang);
  if (broken.length > 0)
    return refused(
      "structure_broken",
      adapterText("structure_broken", lang, { details: broken.map((f) => f.message).join(" ") }),
      broken
    );
  const facts = planFacts(read.snapshot, config);
  const start = facts.start;
  if (!start || !facts.period) return refused("no_months", adapterText("no_months", lang));
  const headerRow = options.headerRow ?? defaultHeaderRow(grid) ?? 0;
  if (!columnsFit(columns, Math.max(0, ...grid.map((r) => r.length))))
    return refused("columns_invalid", adapterText("columns_invalid", lang));

  onProgress?.({ step: "computing", fraction: 0.4 });
  const pasted = readPastedActuals(grid, columns, headerRow, options.firstLine ?? 1);
  const months = planMonths(firstDayOfMonth(start), facts.period);
  const carried = carryValues(read.snapshot, config, months);
  const merged = mergeActuals(targetOf(carried.values, months), pasted.records, pasted.badRows);
  if (merged.report.cellsWritten === 0) {
    onProgress?.({ step: "done", fraction: 1 });
    return { ok: true, report: merged.report, written: false, archived: 0, syncs: read.syncs };
  }
  onProgress?.({ step: "writing", fraction: 0.6 });
  // Spec §8: restructured in place, as apply does (the plan sheets keep their identity).
  const { outcome, displaced } = await restructureInPlace(context, read, {
    config,
    lang: config.settings.language,
    start,
    period: facts.period,
    values: withSalesActual(carried.values, merged.rows),
    archivedNow: carried.archived,
    budget: options.budget,
  });
  onProgress?.({ step: "done", fraction: 1 });
  if (outcome.kind === "done")
    return {
      ok: true,
      report: merged.report,
      written: true,
      archived: carried.archived.length + displaced,
      syncs: read.syncs + outcome.syncs,
    };
  const failure = failureOfOutcome(outcome, lang);
  return refused(failure.reason, failure.message);
}

/**
 * `importActualsIn` in its own `Excel.run` with `delayForCellEdit`; an error
 * Excel raises during the reads (nothing written yet) becomes a refusal with a
 * ru/en message, as `runWriteAction` does for apply.
 */
export async function importActuals(
  grid: Grid,
  columns: ActualsColumns,
  options: ImportActualsOptions & {
    readonly budget?: number | undefined;
    readonly runOptions?: Excel.RunOptions;
  } = {}
): Promise<ImportActualsResult> {
  try {
    return await Excel.run(options.runOptions ?? { delayForCellEdit: true }, (context) =>
      importActualsIn(context, grid, columns, options)
    );
  } catch (error) {
    const code = errorCode(error);
    const reason = failureOfCode(code);
    return refused(reason, adapterText(reason, options.uiLang ?? "ru", { code }));
  }
}
