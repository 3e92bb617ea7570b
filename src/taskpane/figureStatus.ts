import type { FindingCode } from "../domain/codes";
import type { CheckReport } from "../domain/report";

/** How a figure on the Numbers view is shown: as is, or in a status colour that a finding explains. */
export type FigureStatus = "danger" | "warning" | null;

/** The figures that can carry a status, by the data-testid of their value. */
export type StatusFigure =
  | "numbers.budgetLeft"
  | "numbers.spending"
  | "numbers.creditRequired"
  | "numbers.creditUtilization"
  | "numbers.discountTotal"
  | "numbers.kpiScore";

/**
 * Which findings colour which figure: the colour of a number follows the check, so a figure is red
 * exactly when an error about it is listed on the Check view (and amber for a warning), never by a
 * threshold of its own.
 */
const FIGURE_CODES: Readonly<Record<StatusFigure, readonly FindingCode[]>> = {
  "numbers.budgetLeft": ["BUDGET_EXCEEDED"],
  "numbers.spending": ["BUDGET_EXCEEDED"],
  "numbers.creditRequired": ["CREDIT_LIMIT_EXCEEDED"],
  "numbers.creditUtilization": ["CREDIT_LIMIT_EXCEEDED"],
  "numbers.discountTotal": ["DISCOUNT_ABOVE_MAX"],
  "numbers.kpiScore": ["KPI_WEIGHTS_NOT_100"],
};

/** The status of `figure` in `report`: danger for an error about it, warning for a warning, else null. */
export function figureStatus(report: CheckReport, figure: StatusFigure): FigureStatus {
  const codes = FIGURE_CODES[figure];
  const about = report.findings.filter((f) => codes.includes(f.code));
  if (about.some((f) => f.severity === "error")) return "danger";
  if (about.some((f) => f.severity === "warning")) return "warning";
  return null;
}

/**
 * The colour of the completeness bar: green only for a complete plan without errors; a plan with
 * errors is never shown as "done", however full it is.
 */
export function completenessColor(report: CheckReport): "success" | "brand" | "warning" {
  if (report.summary.counts.error > 0) return "warning";
  return report.summary.completeness >= 1 ? "success" : "brand";
}

/**
 * Is the block (its first month) still in the future on `today` (`YYYY-MM-DD`)? Then it has no actual
 * sales and no fulfillment to show: the pane shows nothing rather than «0,00 ₽ / 0 %».
 */
export function blockNotStarted(firstMonth: string | undefined, today: string): boolean {
  return firstMonth !== undefined && firstMonth > today.slice(0, 7);
}
