import type { KamConfig } from "../domain/config/types";
import { planMonths, serialOfDate, parseMonth, type PlanPeriod } from "../domain/periods";
import { TEMPLATE_VERSION } from "../domain/version";
import type { Lang, Month } from "../domain/values";
import { appliedSchemaTables } from "./applied-schema";
import { archiveSheet } from "./archive-sheet";
import type { FormulaContext } from "./calc-context";
import { calcSheet } from "./calc-sheet";
import { planActualChart } from "./chart";
import { computedFormula } from "./computed";
import { configSheet, type ConfigLock } from "./config-sheet";
import { listsSheet } from "./lists-sheet";
import { planActualBars } from "./plan-actual-bars";
import { planSheet } from "./plan-sheet";
import { isHiddenRow, printSetup } from "./print";
import { reviewPicks } from "./review-picks";
import { reviewSheet } from "./review-sheet";
import { wrappedRowHeights } from "./row-heights";
import { SHEET } from "./sheets";
import { listOfField } from "./spellings";
import { salesSummary } from "./summary";
import { tableColumns, visibleFields } from "./table-columns";
import { text } from "../domain/text/layout";
import type { SheetLayout, TableColumnLayout, WorkbookLayout, WorkbookValues } from "./types";

/** Options of `buildLayout`. */
export interface BuildLayoutOptions {
  /** Language of labels, list labels and titles. */
  readonly lang: Lang;
  /** First month of the plan, `YYYY-MM`. */
  readonly start: Month;
  readonly period: PlanPeriod;
  /** The user's values to place (a rebuild / apply keeps them); none for a fresh template. */
  readonly values?: WorkbookValues;
  /** Protect the Config sheet (`template --lock-config`, spec §11); absent: unprotected. */
  readonly lockConfig?: ConfigLock;
  /**
   * The order of the tables in the workbook being restructured in place (spec §8): kept, so that no table
   * has to move past another (the live workbook cannot move one without deleting it, which breaks the
   * user's references into it). Absent: the widest table first.
   */
  readonly tableOrder?: readonly string[];
}

/** No values: a fresh template. */
export const NO_VALUES: WorkbookValues = { form: {}, tables: {}, archive: [] };

/**
 * The layout of a whole KAM workbook for a configuration (pure; spec §2–§4, §6).
 *
 * Sheets in tab order: `Summary` (the one-page review, review-sheet.ts),
 * `ActionPlan`, `Dossier`, `Config`, `Archive` (only when `values.archive`
 * has rows), then the hidden `Lists` and `Calc`. Every visible sheet carries
 * its print set-up and the heights of its wrapped rows. A
 * fresh template (no `values`) gets `plan_start` = the 1st of `start` and
 * `plan_period` = the period's label, so its formulas work at once; given
 * values are placed as they are (by field key and month). ActionPlan carries
 * the plan-vs-actual block with data bars (plan-actual-bars.ts) and the
 * plan-vs-actual chart beside it, its data a helper block on Calc (chart.ts). The Settings
 * table carries `template_version` = TEMPLATE_VERSION and `language` = `lang`. `Lists`
 * also carries the applied schema and the hidden fields' values (applied-schema.ts).
 */
export function buildLayout(config: KamConfig, options: BuildLayoutOptions): WorkbookLayout {
  const { lang, start, period } = options;
  const first = parseMonth(start);
  const months = planMonths(serialOfDate(first.year, first.month, 1), period);
  const stamped: KamConfig = {
    ...config,
    settings: { ...config.settings, language: lang, templateVersion: TEMPLATE_VERSION },
  };
  const values = options.values ?? freshValues(stamped, lang, start, period);
  // A restructured workbook keeps its Config lock (spec §11) unless the caller sets one.
  const lockConfig = options.lockConfig ?? values.configLock;

  const tables = new Map<string, readonly TableColumnLayout[]>();
  for (const section of stamped.sections) {
    if (section.kind === "table")
      tables.set(section.key, tableColumns(stamped, section.key, lang, months));
  }
  // A hidden section (spec §11) is placed with its values, but no formula reads it: the values
  // computed from it are empty or 0, as the core computes them (it reads the section as empty).
  const formKeys = new Set(
    stamped.sections
      .filter((s) => s.kind === "form" && !s.hidden)
      .flatMap((s) => visibleFields(stamped, s.key).map((f) => f.key))
  );
  const formulaTables = new Map(
    [...tables].filter(([key]) => !stamped.sections.some((s) => s.key === key && s.hidden))
  );
  const ctx: FormulaContext = { config: stamped, lang, months, formKeys, tables: formulaTables };
  const lists = listsSheet(stamped, lang);
  const calc = calcSheet(ctx);
  const computed = (key: string) => computedFormula(key, ctx, calc.cells);

  const bars = planActualBars(calc.cells, lang);
  let summaryLastRow = 0;
  const plan = planSheet({
    sheet: "ActionPlan",
    title: text("actionPlanTitle", lang),
    config: stamped,
    lang,
    values,
    lists: lists.sources,
    tableColumns: tables,
    computed,
    tableOrder: options.tableOrder,
    between: (row) => {
      const summary = salesSummary(calc.cells, lang, row);
      summaryLastRow = Math.max(row + summary.rows - 1, bars.lastRow);
      // The tables start below both the summary and the plan-vs-actual block (a table must not run into its cells).
      return { cells: [...summary.cells, ...bars.cells], rows: summaryLastRow - row + 1 };
    },
  });
  const chart = planActualChart(calc.cells, lang, summaryLastRow);
  const dossier = planSheet({
    sheet: "Dossier",
    title: text("dossierTitle", lang),
    config: stamped,
    lang,
    values,
    lists: lists.sources,
    tableColumns: tables,
    computed,
    tableOrder: options.tableOrder,
  });
  const widths = plan.sheet.columnWidths;
  const actionPlan: SheetLayout = {
    ...plan.sheet,
    columnWidths: [
      ...widths,
      ...bars.columnWidths.filter((w) => !widths.some((x) => x.column === w.column)),
    ],
    charts: [chart.chart],
    conditionalFormats: bars.conditionalFormats,
  };
  const picks = reviewPicks(ctx);
  const visible: SheetLayout[] = [
    reviewSheet(ctx, calc.cells, picks),
    actionPlan,
    dossier.sheet,
    configSheet(stamped, lang, lockConfig),
  ];
  if (values.archive.length > 0) visible.push(archiveSheet(values.archive, lang));
  const sheets: SheetLayout[] = visible.map(printable);
  const headerOf = (section: string, key: string): string | null =>
    tables.get(section)?.find((c) => c.key === key)?.header ?? null;
  const listsWithSchema: SheetLayout = {
    ...lists.sheet,
    tables: [
      ...lists.sheet.tables,
      ...appliedSchemaTables(
        stamped,
        lang,
        headerOf,
        values.hidden ?? [],
        stamped.lists.length + 1
      ),
    ],
  };
  sheets.push(listsWithSchema, {
    ...calc.sheet,
    cells: [...calc.sheet.cells, ...chart.cells, ...picks.cells],
  });
  return {
    templateVersion: TEMPLATE_VERSION,
    lang,
    start,
    period,
    months,
    sheets,
    names: [...plan.names, ...dossier.names],
  };
}

/**
 * A visible sheet made ready to print (spec §9): the heights of rows whose
 * wrapped text needs them, and its print set-up (A4 landscape, one page wide,
 * see print.ts) unless it has its own. Hidden sheets get none: they never print.
 */
function printable(sheet: SheetLayout): SheetLayout {
  // A hidden row gets no height: Office.js would show it again when given one.
  const heights = wrappedRowHeights(sheet).filter((h) => !isHiddenRow(sheet, h.row));
  const withHeights: SheetLayout = { ...sheet, rowHeights: heights };
  return { ...withHeights, print: sheet.print ?? printSetup(withHeights) };
}

/**
 * plan_start (serial of the month's 1st) and plan_period (its label in the
 * plan's language, as the dropdown would write it): the form values a fresh
 * template and a rebuild put in.
 */
export function planPeriodValues(
  config: KamConfig,
  lang: Lang,
  start: Month,
  period: PlanPeriod
): { readonly plan_start: number; readonly plan_period: string } {
  const { year, month } = parseMonth(start);
  const list = listOfField(config, "PlanHeader", "plan_period");
  const label = list?.values.find((v) => v.value === period)?.label[lang] ?? period;
  return { plan_start: serialOfDate(year, month, 1), plan_period: label };
}

/**
 * A fresh template's values: plan_start and plan_period filled in, and
 * plan_status «Черновик» / "Draft" (spec §9's default), as the dropdowns would write them.
 */
function freshValues(
  config: KamConfig,
  lang: Lang,
  start: Month,
  period: PlanPeriod
): WorkbookValues {
  const statuses = listOfField(config, "PlanHeader", "plan_status");
  const draft = statuses?.values.find((v) => v.value === "draft")?.label[lang];
  return {
    form: {
      ...planPeriodValues(config, lang, start, period),
      ...(draft === undefined ? {} : { plan_status: draft }),
    },
    tables: {},
    archive: [],
  };
}

export { SHEET };
