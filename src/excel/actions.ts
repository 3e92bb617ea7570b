import { checkWorkbook } from "../domain/check";
import { configFromSnapshot } from "../domain/config/from-snapshot";
import { DEFAULT_CONFIG } from "../domain/config/defaults";
import type { KamConfig } from "../domain/config/types";
import { compareVersions } from "../domain/read/version";
import { TEMPLATE_VERSION } from "../domain/version";
import type { CellRef, Lang } from "../domain/values";
import { SHEET } from "../layout/sheets";
import { ADD_ROWS_COUNT, addTableRows } from "./add-rows";
import { watchWorkbookChanges } from "./changes";
import { writeFindings } from "./findings-sheet";
import { adapterText } from "./messages";
import { importActuals } from "./import-actuals";
import { applyInputs } from "./apply-inputs";
import { languageOf, planFacts, templateVersionOf } from "./plan-facts";
import type { WorkbookRead } from "./read";
import { readWorkbook } from "./read";
import {
  CHANGE_EVENTS_EXCEL_API,
  IN_PLACE_EXCEL_API,
  missingFeatures,
  officeSupports,
  READ_RUN_OPTIONS,
  writeRunOptions,
  type SupportsSet,
} from "./capabilities";
import { readForWrite } from "./write-preflight";
import { rebuild } from "./rebuild";
import { explain, runWriteAction, WorkbookActionError } from "./run";
import type {
  ActionFailure,
  ActionResult,
  BuildOptions,
  ProgressListener,
  WorkbookActions,
  WorkbookState,
} from "./types";
import { withDefaults } from "./upgrade";
import type { FetchBytes } from "./reference-config";
import { referenceOptions } from "./reference-check";

const PLAN_SHEETS = [SHEET.actionPlan, SHEET.dossier];
/** The language of the adapter's messages when the caller names none: the product's first language. */
const DEFAULT_LANG: Lang = "ru";
const OUR_SHEETS = new Set(Object.values(SHEET).map((s) => s.toLowerCase()));

function hasPlan(read: WorkbookRead): boolean {
  return read.snapshot.sheets.some((s) =>
    PLAN_SHEETS.some((p) => p.toLowerCase() === s.name.toLowerCase())
  );
}

/** Any value a person typed on the plan sheets (tables or form fields other than the template's own start/period). */
function hasData(read: WorkbookRead): boolean {
  const onPlan = (sheet: string | null): boolean =>
    sheet !== null && PLAN_SHEETS.some((p) => p.toLowerCase() === sheet.toLowerCase());
  const tableData = read.snapshot.tables.some(
    (t) => onPlan(t.sheet) && t.rows.some((r) => r.some((v) => v !== null && v !== ""))
  );
  const formData = read.snapshot.names.some(
    (n) =>
      onPlan(n.sheet) &&
      n.value !== null &&
      n.value !== "" &&
      n.name !== "plan_start" &&
      n.name !== "plan_period"
  );
  return tableData || formData;
}

/** A plan table (of the configuration) sitting on a sheet that is not ours: a renamed plan sheet. Rebuilding would collide with it. */
function foreignTable(
  read: WorkbookRead,
  config: KamConfig
): { name: string; sheet: string } | null {
  const keys = new Set([
    ...config.sections.map((s) => s.key.toLowerCase()),
    "settings",
    "sections",
    "fields",
    "lists",
    "archive",
  ]);
  const t = read.snapshot.tables.find(
    (x) => keys.has(x.name.toLowerCase()) && !OUR_SHEETS.has(x.sheet.toLowerCase())
  );
  return t ? { name: t.name, sheet: t.sheet } : null;
}

/** Apply `config` (or the workbook's own) keeping values; shared by apply and upgrade. */
async function applyWith(
  context: Excel.RequestContext,
  pick: (own: KamConfig) => KamConfig,
  onProgress: ProgressListener | undefined,
  budget: number | undefined,
  uiLang: Lang | undefined,
  inPlace: boolean
): Promise<ActionResult> {
  onProgress?.({ step: "reading", fraction: 0.1 });
  const preflight = await readForWrite(context, uiLang ?? null);
  if (!preflight.ok) return { ...preflight, findings: [] };
  const { read } = preflight;
  const reading = configFromSnapshot(read.snapshot);
  const lang = uiLang ?? languageOf(read.snapshot) ?? DEFAULT_LANG;
  if (reading.findings.length > 0) {
    return {
      ok: false,
      reason: "config_invalid",
      findings: reading.findings,
      message: adapterText("config_invalid", lang, { n: reading.findings.length }),
    };
  }
  if (!hasPlan(read)) return refusal("no_plan", adapterText("no_plan", lang));
  const config = pick(reading.config);
  const foreign = foreignTable(read, config);
  if (foreign) return refusal("no_plan", adapterText("foreign_table", lang, foreign));
  const facts = planFacts(read.snapshot, config);
  const start = facts.start;
  if (!start || !facts.period) return refusal("no_plan", adapterText("no_plan", lang));
  return rebuild(context, read, {
    config,
    lang: config.settings.language,
    start,
    period: facts.period,
    keepValues: true,
    onProgress,
    uiLang: lang,
    budget,
    inPlace,
  });
}

/** Options of the adapter (tests and benchmarks; the add-in uses the defaults). */

/** A refusal before anything was written: no findings, the workbook as it was. */
function refusal(reason: ActionFailure, message: string): ActionResult {
  return { ok: false, reason, findings: [], message };
}

export interface WorkbookActionsOptions {
  /** Estimated bytes per write request (default REQUEST_BUDGET_BYTES, 4 MB): a rebuild larger than this is sent in several syncs. */
  readonly requestBudgetBytes?: number;
  /** The requirement-set check (default: Office's `isSetSupported`; everything outside Office). */
  readonly supports?: SupportsSet;
  /** Fetches the reference configuration a workbook names by URL (default: the browser's fetch). */
  readonly fetchReference?: FetchBytes;
}

/**
 * The Office.js implementation of WorkbookActions. Every action has the
 * three-phase shape: queue reads → sync (the reader's two) → compute in the
 * core → queue writes → one sync (more only when the writes pass the request
 * budget, see chunks.ts).
 */
export function createWorkbookActions(options: WorkbookActionsOptions = {}): WorkbookActions {
  const budget = options.requestBudgetBytes;
  const fetchReference = options.fetchReference;
  const supports = options.supports ?? officeSupports;
  // Every action that writes: delayForCellEdit, and one undo step where ExcelApi 1.20 allows it.
  const writeOptions = writeRunOptions(supports);
  const inPlace = supports("ExcelApi", IN_PLACE_EXCEL_API);
  return {
    async readState(): Promise<WorkbookState> {
      return Excel.run(READ_RUN_OPTIONS, async (context) => {
        const read = await readWorkbook(context);
        const reading = configFromSnapshot(read.snapshot);
        const facts = planFacts(read.snapshot, reading.config);
        const version = templateVersionOf(read.snapshot);
        return {
          hasPlan: hasPlan(read),
          clientName: facts.clientName,
          planStart: facts.startIso,
          planEnd: facts.endIso,
          planPeriod: facts.period,
          templateVersion: version,
          outdated: version !== null && (compareVersions(version, TEMPLATE_VERSION) ?? 0) < 0,
          language: languageOf(read.snapshot),
          missingFeatures: missingFeatures(supports),
          sheetsProtected: read.sheets.some(
            (s) => s.protected && PLAN_SHEETS.some((p) => p.toLowerCase() === s.name.toLowerCase())
          ),
        };
      });
    },

    async buildTemplate(options: BuildOptions): Promise<ActionResult> {
      const uiLang = options.uiLang ?? options.lang;
      return runWriteAction(
        uiLang,
        async (context) => {
          options.onProgress?.({ step: "reading", fraction: 0.1 });
          const preflight = await readForWrite(context, uiLang);
          if (!preflight.ok) return { ...preflight, findings: [] };
          const { read } = preflight;
          const exists = hasPlan(read);
          if (exists && hasData(read) && options.overwrite !== true) {
            return refusal("plan_exists", adapterText("plan_exists", uiLang));
          }
          const reading = configFromSnapshot(read.snapshot);
          const config = reading.source === "workbook" ? reading.config : DEFAULT_CONFIG;
          const foreign = foreignTable(read, config);
          if (foreign) return refusal("no_plan", adapterText("foreign_table", uiLang, foreign));
          return rebuild(context, read, {
            config,
            lang: options.lang,
            start: options.start,
            period: options.period,
            keepValues: exists,
            setPeriod: true,
            onProgress: options.onProgress,
            uiLang,
            budget,
            inPlace,
          });
        },
        writeOptions
      );
    },

    async check(options: { readonly today: string; readonly lang?: Lang }) {
      try {
        const snapshot = await Excel.run(
          READ_RUN_OPTIONS,
          async (context) => (await readWorkbook(context)).snapshot
        );
        const base = options.lang
          ? { today: options.today, lang: options.lang }
          : { today: options.today };
        return checkWorkbook(snapshot, {
          ...base,
          ...(await referenceOptions(snapshot, fetchReference)),
        });
      } catch (error) {
        throw explain(error, options.lang ?? DEFAULT_LANG);
      }
    },

    async selectCell(ref: CellRef, uiLang: Lang = DEFAULT_LANG): Promise<void> {
      await Excel.run(READ_RUN_OPTIONS, async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(ref.sheet).load("visibility");
        await context.sync();
        if (sheet.isNullObject || sheet.visibility !== "Visible")
          throw new WorkbookActionError(
            adapterText("sheet_unavailable", uiLang, { sheet: ref.sheet }),
            "ItemNotFound"
          );
        // Range.select works only on the active sheet (https://github.com/OfficeDev/office-js/issues/5118).
        sheet.activate();
        sheet.getRange(ref.cell).select();
        await context.sync();
      });
    },

    async writeFindingsSheet(findings, lang): Promise<void> {
      try {
        await Excel.run(writeOptions, (context) => writeFindings(context, findings, lang));
      } catch (error) {
        throw explain(error, lang);
      }
    },

    async applyConfiguration(options = {}): Promise<ActionResult> {
      return runWriteAction(
        options.uiLang ?? DEFAULT_LANG,
        (context) =>
          applyWith(context, (own) => own, options.onProgress, budget, options.uiLang, inPlace),
        writeOptions
      );
    },

    async upgradeTemplate(options = {}): Promise<ActionResult> {
      return runWriteAction(
        options.uiLang ?? DEFAULT_LANG,
        (context) =>
          applyWith(context, withDefaults, options.onProgress, budget, options.uiLang, inPlace),
        writeOptions
      );
    },

    async addRows(options = {}): Promise<ActionResult> {
      const uiLang = options.uiLang ?? DEFAULT_LANG;
      return runWriteAction(
        uiLang,
        (context) => addTableRows(context, ADD_ROWS_COUNT, uiLang),
        writeOptions
      );
    },

    async openConfig(uiLang: Lang = DEFAULT_LANG): Promise<void> {
      await Excel.run(READ_RUN_OPTIONS, async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(SHEET.config);
        await context.sync();
        if (sheet.isNullObject)
          throw new WorkbookActionError(adapterText("no_plan", uiLang), "ItemNotFound");
        sheet.activate();
        await context.sync();
      });
    },

    // worksheets.onChanged is ExcelApi 1.9, above the declared 1.8: without it the pane is not told of edits.
    ...(supports("ExcelApi", CHANGE_EVENTS_EXCEL_API)
      ? { watchChanges: watchWorkbookChanges }
      : {}),

    applyInputs: (writes, uiLang = DEFAULT_LANG) => applyInputs(writes, uiLang, writeOptions),

    importActuals: (grid, columns, options = {}) =>
      importActuals(grid, columns, { ...options, budget, runOptions: writeOptions }),

    async readConfig() {
      return Excel.run(READ_RUN_OPTIONS, async (context) => {
        const read = await readWorkbook(context);
        const reading = configFromSnapshot(read.snapshot);
        return {
          config: reading.source === "workbook" ? reading.config : null,
          findings: reading.findings,
        };
      });
    },
  };
}
