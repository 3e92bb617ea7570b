import type ExcelJS from "exceljs";
import { columnLetter } from "../domain/read/a1";
import type { Lang } from "../domain/values";
import { SUMMARY_COLUMNS, SUMMARY_TEXTS } from "../domain/text/summary";

/**
 * Red / amber / green of the summary table, as conditional formats on its body
 * rows (2 … rowCount + 1). Thresholds:
 * - fulfillment and KPI score: red < 80 %, amber 80–100 %, green ≥ 100 %;
 * - credit utilization: green ≤ 80 %, amber ≤ 100 %, red above the limit;
 * - budget used: green ≤ 90 %, amber ≤ 100 %, red above the budget;
 * - errors: red > 0, green 0; warnings: amber > 0; review overdue: red;
 * - completeness, sales plan and actual to date: data bars (the .xlsx stands
 *   in for a chart with them: exceljs cannot draw charts).
 * Empty cells are never coloured (every rule tests ISNUMBER first).
 */

const RED = { fill: "FFFFC7CE", font: "FF9C0006" };
const AMBER = { fill: "FFFFEB9C", font: "FF9C5700" };
const GREEN = { fill: "FFC6EFCE", font: "FF006100" };
type Colour = typeof RED;

function style(colour: Colour): Partial<ExcelJS.Style> {
  return {
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: colour.fill } },
    font: { color: { argb: colour.font } },
  };
}

function col(key: string): string {
  const index = SUMMARY_COLUMNS.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`No summary column ${key}`);
  return columnLetter(index);
}

/** The conditional formats of the summary table's body (`rowCount` body rows). */
export function summaryConditionalFormats(
  rowCount: number,
  lang: Lang
): ExcelJS.ConditionalFormattingOptions[] {
  const last = rowCount + 1;
  let priority = 0;
  const rules = (
    key: string,
    list: readonly (readonly [string, Colour])[]
  ): ExcelJS.ConditionalFormattingOptions => {
    const c = col(key);
    return {
      ref: `${c}2:${c}${last}`,
      rules: list.map(([test, colour]) => ({
        type: "expression",
        priority: (priority += 1),
        formulae: [`AND(ISNUMBER(${c}2),${test.replace(/X/g, `${c}2`)})`],
        style: style(colour),
      })),
    };
  };
  const bar = (key: string, argb: string): ExcelJS.ConditionalFormattingOptions => {
    const c = col(key);
    const rule = {
      type: "dataBar",
      priority: (priority += 1),
      cfvo: [{ type: "num", value: 0 }, { type: "max" }],
      color: { argb },
      gradient: false,
    } as unknown as ExcelJS.DataBarRuleType;
    return { ref: `${c}2:${c}${last}`, rules: [rule] };
  };
  const yes = SUMMARY_TEXTS[lang].yes;
  const overdue = col("overdue");
  const file = col("file");
  const errors = col("errors");
  const note = col("note");
  return [
    rules("fulfillment", [
      ["X<0.8", RED],
      ["X<1", AMBER],
      ["X>=1", GREEN],
    ]),
    rules("kpiScore", [
      ["X<0.8", RED],
      ["X<1", AMBER],
      ["X>=1", GREEN],
    ]),
    rules("creditUtilization", [
      ["X>1", RED],
      ["X>0.8", AMBER],
      ["X<=0.8", GREEN],
    ]),
    rules("budgetUse", [
      ["X>1", RED],
      ["X>0.9", AMBER],
      ["X<=0.9", GREEN],
    ]),
    rules("errors", [
      ["X>0", RED],
      ["X=0", GREEN],
    ]),
    rules("warnings", [["X>0", AMBER]]),
    {
      ref: `${overdue}2:${overdue}${last}`,
      rules: [
        {
          type: "expression",
          priority: (priority += 1),
          formulae: [`$${overdue}2="${yes}"`],
          style: style(RED),
        },
      ],
    },
    // An unreadable workbook: no error count but a note (its error) → the file name in red.
    {
      ref: `${file}2:${file}${last}`,
      rules: [
        {
          type: "expression",
          priority: (priority += 1),
          formulae: [`AND(ISBLANK($${errors}2),$${note}2<>"")`],
          style: style(RED),
        },
      ],
    },
    bar("completeness", "FF63BE7B"),
    bar("salesPlanTotal", "FF5A8AC6"),
    bar("actualToDate", "FF5A8AC6"),
  ];
}
