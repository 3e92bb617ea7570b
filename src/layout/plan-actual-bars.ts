import type { Lang } from "../domain/values";
import type { CalcCells } from "./calc-sheet";
import { monthLabel } from "./chart";
import { AMOUNT_FORMAT } from "./formats";
import { absolute, sheetRef } from "./refs";
import { SHEET } from "./sheets";
import { PALETTE } from "./styles";
import { text } from "../domain/text/layout";
import type { CellLayout, ColumnWidth, ConditionalFormatLayout } from "./types";

/** Where the block sits on ActionPlan: columns J–L from row 3 (right of the form; its help text overflows up to I). */
const TOP = 3;
const [MONTH, PLAN, ACTUAL] = ["J", "K", "L"] as const;

/**
 * The plan-vs-actual block on ActionPlan (issue 8 item 4), visible in every
 * workbook: a title, a header `Месяц | План | Факт`, then one row per plan
 * month — its label and formulas showing the Calc sheet's S_m and A_m (sums of
 * SalesPlan / SalesActual), so it follows the data without the add-in — with
 * data bars on the plan and actual columns on one scale. It is the picture of a workbook
 * whose writer cannot draw charts (the .xlsx writer); the Office.js writer
 * draws the native chart beside it as well. Returns the block's cells, data
 * bars, the widths its columns need and its last row.
 */
export function planActualBars(
  calc: CalcCells,
  lang: Lang
): {
  readonly cells: readonly CellLayout[];
  readonly conditionalFormats: readonly ConditionalFormatLayout[];
  readonly columnWidths: readonly ColumnWidth[];
  readonly lastRow: number;
} {
  const fixed = (address: string, value: string, style: CellLayout["style"]): CellLayout => ({
    address,
    content: { kind: "value", value },
    numberFormat: "@",
    locked: true,
    style,
  });
  const cells: CellLayout[] = [
    fixed(`${MONTH}${TOP}`, text("barsTitle", lang), "section"),
    fixed(`${MONTH}${TOP + 1}`, text("barsMonth", lang), "header"),
    fixed(`${PLAN}${TOP + 1}`, text("summaryPlan", lang), "header"),
    fixed(`${ACTUAL}${TOP + 1}`, text("summaryActual", lang), "header"),
  ];
  const first = TOP + 2;
  calc.months.forEach((m, i) => {
    const r = first + i;
    cells.push(fixed(`${MONTH}${r}`, monthLabel(m.month, lang), "label"));
    cells.push({
      address: `${PLAN}${r}`,
      content: { kind: "formula", formula: sheetRef(SHEET.calc, m.plan) },
      numberFormat: AMOUNT_FORMAT,
      locked: true,
      style: "computed",
    });
    cells.push({
      address: `${ACTUAL}${r}`,
      content: { kind: "formula", formula: sheetRef(SHEET.calc, m.actual) },
      numberFormat: AMOUNT_FORMAT,
      locked: true,
      style: "computed",
    });
  });
  const lastRow = first + Math.max(calc.months.length, 1) - 1;
  // One scale for both columns (0 … the larger of plan and actual), so a plan bar and an actual bar compare.
  const max = `MAX(${absolute(`${PLAN}${first}:${ACTUAL}${lastRow}`)})`;
  const conditionalFormats: ConditionalFormatLayout[] = [
    {
      range: `${PLAN}${first}:${PLAN}${lastRow}`,
      rule: { kind: "dataBar", color: PALETTE.planBar, max },
    },
    {
      range: `${ACTUAL}${first}:${ACTUAL}${lastRow}`,
      rule: { kind: "dataBar", color: PALETTE.actualBar, max },
    },
  ];
  const columnWidths = [MONTH, PLAN, ACTUAL].map((column) => ({ column, width: 16 }));
  return { cells, conditionalFormats, columnWidths, lastRow };
}
