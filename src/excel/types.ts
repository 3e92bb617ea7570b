import type { KamConfig } from "../domain/config/types";
import type { Finding } from "../domain/findings";
import type { CheckReport } from "../domain/report";
import type { PlanPeriod } from "../domain/periods";
import type { CellRef, Grid, Lang, Month } from "../domain/values";
import type { ActualsReport } from "../domain/portfolio/actuals";
import type { MissingFeature } from "./capabilities";
import type { CellWrite } from "../domain/whatif/cell-writes";

/** What the task pane header shows about the open workbook. */
export interface WorkbookState {
  /** False when the workbook has no plan sheets yet (offer "build template"). */
  readonly hasPlan: boolean;
  readonly clientName: string | null;
  /** Plan start as `YYYY-MM-DD`, plan end likewise, or null. */
  readonly planStart: string | null;
  readonly planEnd: string | null;
  readonly planPeriod: PlanPeriod | null;
  readonly templateVersion: string | null;
  /** True when the workbook's template version is older than this add-in's. */
  readonly outdated: boolean;
  readonly language: Lang | null;
  /** What this Excel lacks (requirement sets checked at run time); absent or empty when nothing. */
  readonly missingFeatures?: readonly MissingFeature[];
  /** A plan sheet is protected (`Settings.protect_sheets`): Excel cannot grow its tables, the pane offers *Add rows*. */
  readonly sheetsProtected?: boolean;
}

/** Reports what a long action is doing, for the task pane's ProgressBar. */
export type ProgressListener = (step: ProgressStep) => void;
export interface ProgressStep {
  /** Stable step id, e.g. `reading`, `computing`, `writing`; the pane translates it. */
  readonly step: string;
  /** 0–1 when known. */
  readonly fraction?: number;
}

/** The pane's language: the adapter's own messages (refusals, Excel failures) are written in it. */
export interface UiLangOption {
  /** Default: the workbook's language (for build: `lang`), else Russian. */
  readonly uiLang?: Lang;
}

export interface BuildOptions extends UiLangOption {
  /** The workbook's language (labels, lists, formats). */
  readonly lang: Lang;
  readonly start: Month;
  readonly period: PlanPeriod;
  /** Rebuild existing plan sheets keeping every value (as apply does); without it, existing data is refused. */
  readonly overwrite?: boolean;
  readonly onProgress?: ProgressListener;
}

/** Result of build / apply / upgrade. `ok: false` carries the findings (e.g. CONFIG_INVALID) and changes nothing. */
export type ActionResult =
  | {
      readonly ok: true;
      readonly archived: number;
      readonly syncs: number;
      /**
       * The user's references into cells this action archived (spec §8): how many now follow their value
       * to the Archive, and the user's cells and names whose reference became `#REF!` (nothing to follow).
       */
      readonly references?: { readonly followed: number; readonly broken: readonly string[] };
    }
  | {
      readonly ok: false;
      readonly reason: ActionFailure;
      readonly findings: readonly Finding[];
      readonly message: string;
    };

export type ActionFailure =
  | "config_invalid"
  | "plan_exists"
  | "cell_edit_mode"
  | "protected"
  | "excel_error"
  | "no_plan"
  | "structure_broken";

/** The item, month and amount columns of a pasted actuals range: 0-based indexes into its rows. */
export interface ActualsColumns {
  readonly item: number;
  readonly month: number;
  readonly amount: number;
}

/** Options of `importActuals`. */
export interface ImportActualsOptions extends UiLangOption {
  /** 0-based index of the header row in the grid (default: the row with the usual headers, else the first non-empty one). */
  readonly headerRow?: number;
  /** The line people see for the grid's first row, for the bad-row report (default 1: the first pasted line). */
  readonly firstLine?: number;
  readonly onProgress?: ProgressListener;
}

/** Why an actuals import wrote nothing: the apply failures, plus a column outside the range and a plan without months. */
export type ImportActualsFailure = ActionFailure | "columns_invalid" | "no_months";

/**
 * Result of `importActuals`. `ok: true` carries the merge report (`written` is false when no cell
 * was to be written: the workbook was not touched); `ok: false` changed nothing.
 */
export type ImportActualsResult =
  | {
      readonly ok: true;
      readonly report: ActualsReport;
      readonly written: boolean;
      readonly archived: number;
      readonly syncs: number;
    }
  | {
      readonly ok: false;
      readonly reason: ImportActualsFailure;
      readonly findings: readonly Finding[];
      readonly message: string;
    };

/**
 * Result of `applyInputs` (the what-if's *Apply to plan*): `ok` wrote every cell; otherwise nothing
 * was written (or it was written back): `changed` and `formula` name the cells that stopped it.
 */
export type ApplyInputsResult =
  | { readonly ok: true; readonly written: number; readonly syncs: number }
  | {
      readonly ok: false;
      readonly reason: "changed" | "formula" | "cell_edit_mode" | "protected" | "excel_error";
      readonly cells: readonly CellRef[];
      readonly message: string;
      readonly syncs: number;
    };

/**
 * Everything the task pane and the ribbon do to the live workbook. Implemented in `src/excel/`
 * on Office.js (`Excel.run`); components reach it through hooks and never see `Excel`.
 */
export interface WorkbookActions {
  readState(): Promise<WorkbookState>;
  buildTemplate(options: BuildOptions): Promise<ActionResult>;
  /** Read the workbook (≤ 2 syncs) and run the core checks. */
  check(options: { readonly today: string; readonly lang?: Lang }): Promise<CheckReport>;
  /** Select (and activate the sheet of) a finding's cell; a missing or hidden sheet fails with a message in `uiLang`. */
  selectCell(ref: CellRef, uiLang?: Lang): Promise<void>;
  /** Replace the `Проверка` / `Check` sheet with a table of findings with HYPERLINKs. */
  writeFindingsSheet(findings: readonly Finding[], lang: Lang): Promise<void>;
  /** Read Config + data, validate, restructure keeping every value (removed fields → Archive). */
  applyConfiguration(
    options?: UiLangOption & { readonly onProgress?: ProgressListener }
  ): Promise<ActionResult>;
  /** Apply with the newer default configuration, keeping the workbook's own customisations where valid. */
  upgradeTemplate(
    options?: UiLangOption & { readonly onProgress?: ProgressListener }
  ): Promise<ActionResult>;
  /**
   * *Add rows* (spec §8): five empty rows at the end of every table of the plan sheets, also on
   * protected sheets (unprotected and protected again), in one action of three syncs. Optional so
   * older implementations (doubles, wrappers) still fit.
   */
  addRows?(options?: UiLangOption): Promise<ActionResult>;
  /** Activate the Config sheet (a workbook without one fails with a message in `uiLang`). */
  openConfig(uiLang?: Lang): Promise<void>;
  /** Parsed Config of the open workbook (for the pane's Configuration view). */
  readConfig(): Promise<{
    readonly config: KamConfig | null;
    readonly findings: readonly Finding[];
  }>;
  /**
   * Fill `SalesActual` from a pasted range (rows of cells, e.g. tab-separated text split into cells):
   * read → merge by item and month → rebuild keeping every other value, in one all-or-nothing
   * transaction within the syncs of apply. Optional so older implementations (doubles, wrappers) still fit.
   */
  importActuals?(
    grid: Grid,
    columns: ActualsColumns,
    options?: ImportActualsOptions
  ): Promise<ImportActualsResult>;
  /**
   * Write changed input cells (the what-if's *Apply to plan*), all or nothing: refused when a cell
   * no longer holds the value the what-if was computed from, or holds a formula. Optional so older
   * implementations (doubles, wrappers) still fit.
   */
  applyInputs?(writes: readonly CellWrite[], uiLang?: Lang): Promise<ApplyInputsResult>;
  /**
   * Call `onChange` after each edit of the workbook that this add-in did not make (Excel's onChanged
   * event); resolves to the function that stops it. Optional: a host without events leaves it out
   * and the pane cannot mark a check stale.
   */
  watchChanges?(onChange: () => void): Promise<() => Promise<void>>;
}
