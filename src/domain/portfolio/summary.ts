import type { PlanNumbers } from "../calc/types";
import { fileFinding, type FileFinding } from "../findings";
import type { KamConfig } from "../config/types";
import type { CheckReport } from "../report";
import type { Bilingual } from "../values";
import { matchKey } from "./normalize";
import { serialOfIso } from "../periods";
import { teamOverload, type TeamOverload } from "./team-load";

/**
 * The portfolio summary over many plans: one row per workbook, people over
 * 100 % across plans, duplicate clients and every finding with its file.
 * A workbook that could not be read is a row with its error, never a stop.
 *
 * "To date" is each plan's own: the months up to its `actuals_through`
 * (spec §9: the month of `as_of`, else its last month with actuals), so a plan
 * whose May actuals are not in yet is not judged on May. Plan and actual to
 * date, fulfillment and forecast are the core's §9 values (empty without T);
 * `today` only judges overdue reviews.
 */

/** One workbook to summarise: its check report, or why it could not be read. */
export type SummaryInput =
  | { readonly file: string; readonly report: CheckReport }
  | { readonly file: string; readonly error: string };

/** One row of the summary: a plan's figures, or why the workbook could not be read. */
export type SummaryRow = PlanSummaryRow | UnreadableSummaryRow;

/** The row of a workbook that could not be read. */
export interface UnreadableSummaryRow {
  readonly kind: "unreadable";
  readonly file: string;
  /** Why the workbook could not be read. */
  readonly error: string;
}

/** The row of a plan that was read. Amounts in minor units, ratios as fractions, dates as serials; null = empty. */
export interface PlanSummaryRow {
  readonly kind: "plan";
  readonly file: string;
  readonly client: string | null;
  readonly kam: string | null;
  /** List keys (`key`, `year`); labels are the renderer's job. */
  readonly segment: string | null;
  readonly planPeriod: string | null;
  /** Labels of `segment` and `planPeriod` from the workbook's own lists (null when empty or unknown). */
  readonly segmentLabel: Bilingual | null;
  readonly planPeriodLabel: Bilingual | null;
  readonly planStart: number | null;
  readonly planEnd: number | null;
  /** plan_status's key (empty: draft, spec §9) and its label from the workbook's list; null when the Config has no such field. */
  readonly planStatus: string | null;
  readonly planStatusLabel: Bilingual | null;
  readonly approvedBy: string | null;
  readonly approvedOn: number | null;
  readonly planVersion: string | null;
  /** T, `YYYY-MM`: the month the to-date figures run to; null without actuals or as_of. */
  readonly actualsThrough: string | null;
  /** The plan's currency (its Config `currency`), for amounts shown to people. */
  readonly currency: string;
  readonly salesPlanTotal: number | null;
  readonly planToDate: number | null;
  readonly actualToDate: number | null;
  readonly fulfillment: number | null;
  readonly forecastTotal: number | null;
  readonly forecastGap: number | null;
  readonly discountTotal: number | null;
  readonly netSalesTotal: number | null;
  readonly creditRequired: number | null;
  readonly creditLimit: number | null;
  readonly creditUtilization: number | null;
  readonly budgetAmount: number | null;
  readonly spending: number | null;
  /** spending ÷ budget; empty when there is no budget. */
  readonly budgetUse: number | null;
  readonly kpiScore: number | null;
  readonly completeness: number | null;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly nextReview: number | null;
  readonly reviewOverdue: boolean;
  /** Another workbook has the same client (names matched trimmed, case-insensitive). */
  readonly duplicateClient: boolean;
}

/** A finding with its workbook and the workbook's client. */
export interface SummaryFinding extends FileFinding {
  readonly client: string | null;
}

/** Sums over the readable workbooks (what the totals row shows). */
export interface SummaryTotals {
  readonly files: number;
  readonly unreadable: number;
  readonly salesPlanTotal: number;
  readonly planToDate: number;
  readonly actualToDate: number;
  readonly fulfillment: number | null;
  readonly discountTotal: number;
  readonly netSalesTotal: number;
  readonly budgetAmount: number;
  readonly spending: number;
  readonly errors: number;
  readonly warnings: number;
  readonly overdue: number;
}

/** The whole summary. */
export interface PortfolioSummary {
  readonly today: string;
  readonly rows: readonly SummaryRow[];
  readonly totals: SummaryTotals;
  readonly teamOverload: readonly TeamOverload[];
  readonly duplicateClients: readonly {
    readonly client: string;
    readonly files: readonly string[];
  }[];
  readonly findings: readonly SummaryFinding[];
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function num(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function labelOf(config: KamConfig, list: string, key: string | null): Bilingual | null {
  if (key === null) return null;
  return (
    config.lists.find((l) => l.key === list)?.values.find((v) => v.value === key)?.label ?? null
  );
}

/** plan_status as the summary shows it: its key (an empty cell is the default, draft), or null when the Config has no such field. */
function statusOf(report: CheckReport): string | null {
  const shown = report.config.fields.some((f) => f.key === "plan_status" && !f.hidden);
  return shown ? (text(report.plan.form.plan_status) ?? "draft") : null;
}

function reportRow(file: string, report: CheckReport, today: number): PlanSummaryRow {
  const { form } = report.plan;
  const n: PlanNumbers = report.numbers;
  const budget = n.budgetAmount;
  const status = statusOf(report);
  return {
    kind: "plan",
    file,
    currency: report.config.settings.currency,
    client: text(form.client_name),
    kam: text(form.kam_name),
    segment: text(form.client_segment),
    planPeriod: text(form.plan_period),
    segmentLabel: labelOf(report.config, "segments", text(form.client_segment)),
    planPeriodLabel: labelOf(report.config, "plan_periods", text(form.plan_period)),
    planStart: num(form.plan_start),
    planEnd: n.planEnd,
    planStatus: status,
    planStatusLabel: labelOf(report.config, "plan_statuses", status),
    approvedBy: text(form.approved_by),
    approvedOn: num(form.approved_on),
    planVersion: text(form.plan_version),
    actualsThrough: n.actualsThrough,
    salesPlanTotal: n.salesPlanTotal,
    planToDate: n.planToDate,
    actualToDate: n.actualToDate,
    fulfillment: n.totalFulfillmentToDate,
    forecastTotal: n.forecastTotal,
    forecastGap: n.forecastGap,
    discountTotal: n.discountTotal,
    netSalesTotal: n.netSalesTotal,
    creditRequired: n.creditRequired,
    creditLimit: num(form.credit_limit),
    creditUtilization: n.creditUtilization,
    budgetAmount: budget,
    spending: n.spending,
    budgetUse: budget === null || budget === 0 ? null : n.spending / budget,
    kpiScore: n.kpiScore,
    completeness: report.summary.completeness,
    errors: report.summary.counts.error,
    warnings: report.summary.counts.warning,
    infos: report.summary.counts.info,
    nextReview: n.nextReview,
    reviewOverdue: n.nextReview !== null && n.nextReview < today,
    duplicateClient: false,
  };
}

function sum(rows: readonly PlanSummaryRow[], pick: (r: PlanSummaryRow) => number | null): number {
  return rows.reduce((s, r) => s + (pick(r) ?? 0), 0);
}

/** Summarise checked workbooks as of `today` (`YYYY-MM-DD`). Rows keep the input order. */
export function summarizePortfolio(
  inputs: readonly SummaryInput[],
  today: string
): PortfolioSummary {
  const todaySerial = serialOfIso(today);
  if (todaySerial === null) throw new Error(`today must be YYYY-MM-DD, got ${today}`);
  const raw = inputs.map((input): SummaryRow =>
    "error" in input
      ? { kind: "unreadable", file: input.file, error: input.error }
      : reportRow(input.file, input.report, todaySerial)
  );
  const byClient = new Map<string, { client: string; files: string[] }>();
  for (const row of raw) {
    if (row.kind !== "plan" || row.client === null) continue;
    const id = matchKey(row.client);
    const entry = byClient.get(id) ?? { client: row.client, files: [] };
    entry.files.push(row.file);
    byClient.set(id, entry);
  }
  const duplicateClients = [...byClient.values()].filter((c) => c.files.length > 1);
  const rows = raw.map((r) =>
    r.kind === "plan" &&
    r.client !== null &&
    (byClient.get(matchKey(r.client))?.files.length ?? 0) > 1
      ? { ...r, duplicateClient: true }
      : r
  );
  const readable = rows.filter((r) => r.kind === "plan");
  const planToDate = sum(readable, (r) => r.planToDate);
  const actualToDate = sum(readable, (r) => r.actualToDate);
  const totals: SummaryTotals = {
    files: rows.length,
    unreadable: rows.length - readable.length,
    salesPlanTotal: sum(readable, (r) => r.salesPlanTotal),
    planToDate,
    actualToDate,
    fulfillment: planToDate === 0 ? null : actualToDate / planToDate,
    discountTotal: sum(readable, (r) => r.discountTotal),
    netSalesTotal: sum(readable, (r) => r.netSalesTotal),
    budgetAmount: sum(readable, (r) => r.budgetAmount),
    spending: sum(readable, (r) => r.spending),
    errors: sum(readable, (r) => r.errors),
    warnings: sum(readable, (r) => r.warnings),
    overdue: readable.filter((r) => r.reviewOverdue).length,
  };
  const clientOf = (row: SummaryRow | undefined): string | null =>
    row?.kind === "plan" ? row.client : null;
  const sources = inputs.flatMap((input, i) =>
    "error" in input
      ? []
      : [{ file: input.file, client: clientOf(rows[i]), plan: input.report.plan }]
  );
  const findings = inputs.flatMap((input, i) =>
    "error" in input
      ? []
      : input.report.findings.map((f): SummaryFinding => {
          const { file, ...finding } = fileFinding(input.file, f);
          return { file, client: clientOf(rows[i]), ...finding };
        })
  );
  return { today, rows, totals, teamOverload: teamOverload(sources), duplicateClients, findings };
}
