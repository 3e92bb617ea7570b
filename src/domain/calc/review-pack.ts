import { lastDayOfMonth, type Month } from "../periods";
import type { Plan, PlanRow } from "../plan";
import { rowNumber, rowText, tableRows } from "./values";

/** high = 3, medium = 2, low = 1 (spec §9); an empty or unknown level counts 0. */
export const LEVEL_SCORE: Readonly<Record<string, number>> = { high: 3, medium: 2, low: 1 };

/** A risk of the Summary sheet: its body row (0-based) and probability × impact. */
export interface RankedRisk {
  readonly row: number;
  readonly score: number;
}

/** What the Summary sheet lists (spec §9), as body rows (0-based) of their tables. */
export interface ReviewLists {
  /** The three biggest risks: probability × impact, ties in table order; rows with a risk text. */
  readonly risks: readonly RankedRisk[];
  /** The next five activities dated after the end of month T (any date while T is empty), not done or cancelled: by date, ties in table order. */
  readonly activities: readonly number[];
  /** The decision group's decision makers, supporters and opponents (table order, rows with a person). */
  readonly decisionMakers: readonly number[];
  readonly supporters: readonly number[];
  readonly opponents: readonly number[];
}

const hasText = (row: PlanRow, key: "risk" | "activity" | "person"): boolean =>
  (rowText(row, key) ?? "").trim() !== "";

/**
 * The lists of the Summary sheet, as its native formulas pick them (the two
 * agree: LibreOffice test in src/xlsx/print). `through` is T
 * (`actuals_through`), or null. Activity dates count by their day (a time of
 * day is ignored).
 */
export function reviewLists(plan: Plan, through: Month | null): ReviewLists {
  const risks = tableRows(plan, "Risks")
    .filter((r) => hasText(r, "risk"))
    .map((r) => ({
      row: r.index,
      score:
        (LEVEL_SCORE[rowText(r, "probability") ?? ""] ?? 0) *
        (LEVEL_SCORE[rowText(r, "impact") ?? ""] ?? 0),
    }))
    .sort((a, b) => b.score - a.score || a.row - b.row)
    .slice(0, 3);
  const after = through === null ? 0 : lastDayOfMonth(through);
  const activities = tableRows(plan, "Activities")
    .flatMap((r) => {
      const date = rowNumber(r, "date");
      const status = rowText(r, "status");
      if (date === null || Math.floor(date) <= after || !hasText(r, "activity")) return [];
      if (status === "done" || status === "cancelled") return [];
      return [{ row: r.index, day: Math.floor(date) }];
    })
    .sort((a, b) => a.day - b.day || a.row - b.row)
    .slice(0, 5)
    .map((a) => a.row);
  const people = tableRows(plan, "DecisionGroup").filter((r) => hasText(r, "person"));
  const rowsWhere = (test: (r: PlanRow) => boolean): number[] =>
    people.filter(test).map((r) => r.index);
  return {
    risks,
    activities,
    decisionMakers: rowsWhere((r) => rowText(r, "role") === "decision_maker"),
    supporters: rowsWhere((r) => rowText(r, "attitude") === "supporter"),
    opponents: rowsWhere((r) => rowText(r, "attitude") === "opponent"),
  };
}
