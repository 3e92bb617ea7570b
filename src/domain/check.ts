import { calculatePlan } from "./calc/calculate";
import { ruleFindings } from "./checks";
import { configDriftFindings } from "./config/drift";
import { configFromSnapshot, configTablesOf, type ConfigReading } from "./config/from-snapshot";
import { withoutHiddenSections } from "./config/hidden-sections";
import { referenceUnreachable } from "./config/reference-location";
import type { KamConfig } from "./config/types";
import type { Finding, Severity } from "./findings";
import { serialOfIso } from "./periods";
import type { Plan } from "./plan";
import { parseA1 } from "./read/a1";
import { overwrittenFormulaFindings } from "./read/overwritten";
import { readPlan } from "./read/read-plan";
import type { CheckOptions, CheckReport } from "./report";
import type { WorkbookSnapshot } from "./snapshot";
import { makeFinding } from "./text/messages";
import { summarize } from "./summary";
import type { Lang } from "./values";

/** The serial of `options.today`; a malformed date is a caller's bug (the edges pass the clock's date). */
function todaySerial(options: CheckOptions): number {
  const today = serialOfIso(options.today);
  if (today === null)
    throw new Error(`CheckOptions.today must be a real date YYYY-MM-DD, got "${options.today}"`);
  return today;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const SHEET_ORDER: readonly string[] = ["ActionPlan", "Dossier", "Config"];

function sheetRank(sheet: string | null): [number, string] {
  if (sheet === null) return [SHEET_ORDER.length + 1, ""];
  const index = SHEET_ORDER.indexOf(sheet);
  return [index >= 0 ? index : SHEET_ORDER.length, sheet];
}

/**
 * Findings in report order: errors, then warnings, then infos; within a
 * severity by sheet (ActionPlan, Dossier, Config, then others by name, then
 * none), then by cell in row-then-column order (findings naming only a
 * defined or table name after those with a cell, by name). Stable otherwise.
 */
export function sortFindings(findings: readonly Finding[]): readonly Finding[] {
  const keyed = findings.map((finding, index) => {
    const [rank, sheet] = sheetRank(finding.sheet);
    const position = finding.cell === null ? null : parseA1(finding.cell);
    return {
      finding,
      index,
      rank,
      sheet,
      row: position?.row ?? Number.MAX_SAFE_INTEGER,
      col: position?.col ?? Number.MAX_SAFE_INTEGER,
    };
  });
  keyed.sort(
    (a, b) =>
      SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
      a.rank - b.rank ||
      (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) ||
      a.row - b.row ||
      a.col - b.col ||
      (a.finding.name ?? "").localeCompare(b.finding.name ?? "") ||
      a.index - b.index
  );
  return keyed.map((k) => k.finding);
}

/**
 * Check a typed plan: calculate its numbers (spec §4) and run every rule check
 * (spec §5). For tests and callers that already hold a plan; the structural
 * and type findings come from `readPlan` and are not part of this.
 */
export function checkPlan(
  plan: Plan,
  options: CheckOptions
): { readonly numbers: ReturnType<typeof calculatePlan>; readonly findings: readonly Finding[] } {
  const lang: Lang = options.lang ?? plan.config.settings.language;
  const numbers = calculatePlan(plan);
  return {
    numbers,
    findings: sortFindings(
      withoutHiddenSections(
        ruleFindings(plan, numbers, { lang, today: todaySerial(options) }),
        plan.config
      )
    ),
  };
}

/** The sheet that holds the Config tables (spec §2). */
const CONFIG_SHEET = "Config";

/**
 * SHEET_MISSING when the workbook has no `Config` sheet (deleted or renamed):
 * the checks then run on the default configuration, which may not be the one
 * the SKAM set, so it is an error, not silence. Matched case-insensitively, as Excel.
 */
function configSheetFindings(snapshot: WorkbookSnapshot, lang: Lang): readonly Finding[] {
  const present = snapshot.sheets.some((s) => s.name.toLowerCase() === CONFIG_SHEET.toLowerCase());
  return present
    ? []
    : [makeFinding("SHEET_MISSING", lang, { sheet: CONFIG_SHEET }, { sheet: CONFIG_SHEET })];
}

/**
 * CONFIG_DRIFT of the workbook's own Config from the reference (spec §11). Nothing without a
 * reference, and nothing more when the workbook's Config is broken or missing (CONFIG_INVALID,
 * TABLE_MISSING or SHEET_MISSING say so already).
 */
function driftFindings(
  snapshot: WorkbookSnapshot,
  own: ConfigReading,
  reference: KamConfig | undefined,
  lang: Lang
): readonly Finding[] {
  if (reference === undefined || own.source !== "workbook" || own.findings.length > 0) return [];
  return configDriftFindings(configTablesOf(snapshot), own.config, reference, lang);
}

/**
 * Check a whole workbook: its configuration (the reference when `options.reference` is
 * given, with CONFIG_DRIFT for each difference; else the workbook's Config, or the
 * default when it is missing or broken: SHEET_MISSING / CONFIG_INVALID / TABLE_MISSING say so),
 * the typed plan with its structural and type findings, the numbers, every
 * rule check, and the summary. Findings sorted (see `sortFindings`).
 * Never throws for anything a workbook holds; `options.today` must be a real
 * `YYYY-MM-DD` date (a caller's bug otherwise).
 */
export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions): CheckReport {
  const today = todaySerial(options);
  const configured = configFromSnapshot(snapshot);
  const config = options.reference ?? configured.config;
  const language: Lang = options.lang ?? config.settings.language;
  const reading = readPlan(snapshot, config, language);
  const numbers = calculatePlan(reading.plan);
  const findings = sortFindings([
    ...configSheetFindings(snapshot, language),
    ...configured.findings,
    ...driftFindings(snapshot, configured, options.reference, language),
    ...(options.referenceProblem
      ? [
          referenceUnreachable(
            configTablesOf(snapshot),
            options.referenceProblem.where,
            options.referenceProblem.problem,
            language
          ),
        ]
      : []),
    ...reading.findings,
    ...overwrittenFormulaFindings(snapshot, config, language),
    ...withoutHiddenSections(
      ruleFindings(reading.plan, numbers, { lang: language, today }),
      config
    ),
  ]);
  return {
    language,
    config,
    plan: reading.plan,
    numbers,
    findings,
    summary: summarize(reading.plan, findings),
  };
}
