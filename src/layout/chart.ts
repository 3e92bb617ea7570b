import { columnLetter, parseA1 } from "../domain/read/a1";
import { parseMonth, type Month } from "../domain/periods";
import type { Bilingual, Lang } from "../domain/values";
import type { CalcCells } from "./calc-sheet";
import { AMOUNT_FORMAT } from "./formats";
import { SHEET } from "./sheets";
import { text } from "../domain/text/layout";
import { shortMonthName } from "../domain/text/format";
import type { CellLayout, ChartLayout } from "./types";

/** First column (0-based) of the chart's helper block on Calc: K (A–I hold the month, block and discount rows). */
const FIRST_COL = 10;

const TITLE: Bilingual = {
  ru: "План и факт продаж по месяцам",
  en: "Sales plan and actual by month",
};

/** `2027-03` → `мар 2027` / `Mar 2027`. */
export function monthLabel(month: Month, lang: Lang): string {
  const { year, month: m } = parseMonth(month);
  return `${shortMonthName(m, lang)} ${year}`;
}

/**
 * The plan-vs-actual chart (issue 8 item 4): a helper block on the hidden
 * Calc sheet — a month label, then `=E13` / `=F13` (the month's S_m and A_m,
 * which sum SalesPlan / SalesActual) per plan month, headed by «План» /
 * «Факт» — and a clustered column chart of it on ActionPlan, placed right of
 * the form and of the plan-vs-actual block with data bars (columns N–U, from
 * row 3 to the last row of the sales summary or of that block).
 * The Office.js writer draws the chart; the .xlsx writer writes the helper
 * cells but cannot draw charts.
 */
export function planActualChart(
  calc: CalcCells,
  lang: Lang,
  summaryLastRow: number
): { readonly cells: readonly CellLayout[]; readonly chart: ChartLayout } {
  const [label, plan, actual] = [0, 1, 2].map((i) => columnLetter(FIRST_COL + i));
  const firstRow = (parseA1(calc.months[0]?.plan ?? "E13")?.row ?? 12) + 1;
  const headerRow = firstRow - 1;
  const cells: CellLayout[] = [
    {
      address: `${plan}${headerRow}`,
      content: { kind: "value", value: text("summaryPlan", lang) },
      numberFormat: "@",
      locked: true,
      style: "header",
    },
    {
      address: `${actual}${headerRow}`,
      content: { kind: "value", value: text("summaryActual", lang) },
      numberFormat: "@",
      locked: true,
      style: "header",
    },
  ];
  calc.months.forEach((m, i) => {
    const r = firstRow + i;
    cells.push({
      address: `${label}${r}`,
      content: { kind: "value", value: monthLabel(m.month, lang) },
      numberFormat: "@",
      locked: true,
      style: "plain",
    });
    cells.push({
      address: `${plan}${r}`,
      content: { kind: "formula", formula: m.plan },
      numberFormat: AMOUNT_FORMAT,
      locked: true,
      style: "computed",
    });
    cells.push({
      address: `${actual}${r}`,
      content: { kind: "formula", formula: m.actual },
      numberFormat: AMOUNT_FORMAT,
      locked: true,
      style: "computed",
    });
  });
  const lastRow = firstRow + Math.max(calc.months.length, 1) - 1;
  const chart: ChartLayout = {
    name: "PlanActualChart",
    kind: "columnClustered",
    title: TITLE[lang],
    source: { sheet: SHEET.calc, range: `${label}${headerRow}:${actual}${lastRow}` },
    seriesBy: "columns",
    from: "N3",
    to: `U${Math.max(summaryLastRow, 18)}`,
  };
  return { cells, chart };
}
