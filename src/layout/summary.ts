import { BLOCK_HEADERS } from "../domain/blocks";
import type { Lang } from "../domain/values";
import { columnLetter } from "../domain/read/a1";
import type { CalcCells } from "./calc-sheet";
import { AMOUNT_FORMAT, PERCENT_FORMAT } from "./formats";
import { sheetRef } from "./refs";
import { SHEET } from "./sheets";
import { text } from "../domain/text/layout";
import type { CellLayout } from "./types";

/**
 * The sales summary on ActionPlan (static cells, 5 rows from `row`): a title,
 * a header row of the plan's blocks (q1…total), then plan, actual and
 * fulfillment to date per block (spec §9: over the block's months up to
 * actuals_through; empty for a block not yet started, never 0 %) — formulas
 * that show the Calc sheet's block cells.
 */
export function salesSummary(
  calc: CalcCells,
  lang: Lang,
  row: number
): { readonly cells: readonly CellLayout[]; readonly rows: number } {
  const cells: CellLayout[] = [];
  const fixed = (address: string, value: string, style: CellLayout["style"]): void => {
    cells.push({
      address,
      content: { kind: "value", value },
      numberFormat: "@",
      locked: true,
      style,
    });
  };
  fixed(`A${row}`, text("summaryTitle", lang), "section");
  fixed(`A${row + 1}`, "", "header");
  fixed(`A${row + 2}`, text("summaryPlan", lang), "label");
  fixed(`A${row + 3}`, text("summaryActual", lang), "label");
  fixed(`A${row + 4}`, text("summaryFulfillment", lang), "label");
  calc.blocks.forEach((block, i) => {
    const col = columnLetter(i + 1);
    fixed(`${col}${row + 1}`, BLOCK_HEADERS[block.key]?.[lang] ?? block.key, "header");
    const show = (r: number, address: string, numberFormat: string): void => {
      cells.push({
        address: `${col}${r}`,
        content: { kind: "formula", formula: sheetRef(SHEET.calc, address) },
        numberFormat,
        locked: true,
        style: "computed",
      });
    };
    show(row + 2, block.plan, AMOUNT_FORMAT);
    show(row + 3, block.actual, AMOUNT_FORMAT);
    show(row + 4, block.fulfillmentToDate, PERCENT_FORMAT);
  });
  return { cells, rows: 5 };
}
