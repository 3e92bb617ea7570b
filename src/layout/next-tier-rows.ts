import { ACTUAL_TO_DATE_COLUMN, CLOSED_COLUMN, type DiscountGroupRows } from "./discount-rows";
import { AMOUNT_FORMAT, GENERAL_FORMAT, PERCENT_FORMAT } from "./formats";
import { lockedFormulaCell, lockedTextCell } from "./locked-cells";
import type { CellLayout } from "./types";

/** Header of the first column of the next-tier block on Calc (tests and the parity run find it by this). */
export const NEXT_TIER_HEADER = "next_tier_condition";

/** The columns of the next-tier rows that other sheets read (the Summary sheet). */
export const NEXT_TIER_COLUMNS = { threshold: "F", gap: "G", rate: "H" } as const;

/**
 * The next tier of every discount group (spec §10) on the Calc sheet, one row
 * per (condition, basis period) group of the discount rows, below them:
 * A condition, B basis period (list keys), C/D first and last month of the
 * open block (the group's first block not closed by T; `""` when every block
 * is closed), E its actual to date, F `next_tier_threshold` (the smallest
 * threshold above it), G `next_tier_gap` = F − E, H `next_tier_rate` (the
 * first listed of equal thresholds), I the open block's position in the
 * group. Empty where spec §10 says so.
 */
export function nextTierRows(
  groups: readonly DiscountGroupRows[],
  headerRow: number
): readonly CellLayout[] {
  const cells: CellLayout[] = [];
  const { threshold: F, gap: G, rate: H } = NEXT_TIER_COLUMNS;
  [
    NEXT_TIER_HEADER,
    "basis_period",
    "block_start",
    "block_end",
    "actual_to_date",
    "next_tier_threshold",
    "next_tier_gap",
    "next_tier_rate",
    "open_block",
  ].forEach((h, i) => cells.push(lockedTextCell(`${"ABCDEFGHI"[i]}${headerRow}`, h, "header")));
  groups.forEach((g, i) => {
    const r = headerRow + 1 + i;
    const span = (column: string): string => `${column}${g.first}:${column}${g.last}`;
    const pick = (column: string): string => `IF(I${r}="","",INDEX(${span(column)},I${r}))`;
    cells.push(
      lockedTextCell(`A${r}`, g.condition, "plain"),
      lockedTextCell(`B${r}`, g.basis, "plain"),
      lockedFormulaCell(`C${r}`, pick("D"), GENERAL_FORMAT),
      lockedFormulaCell(`D${r}`, pick("E"), GENERAL_FORMAT),
      lockedFormulaCell(`E${r}`, pick(ACTUAL_TO_DATE_COLUMN), AMOUNT_FORMAT),
      lockedFormulaCell(
        `${F}${r}`,
        `IF(E${r}="","",IFERROR(_xlfn.AGGREGATE(15,6,${g.thr}/(${g.mask}*(${g.thr}>E${r})),1),""))`,
        AMOUNT_FORMAT
      ),
      lockedFormulaCell(`${G}${r}`, `IF(${F}${r}="","",ROUND(${F}${r}-E${r},2))`, AMOUNT_FORMAT),
      lockedFormulaCell(
        `${H}${r}`,
        `IF(${F}${r}="","",INDEX(${g.rates},MATCH(1,INDEX(${g.mask}*(${g.thr}=${F}${r}),0),0)))`,
        PERCENT_FORMAT
      ),
      lockedFormulaCell(`I${r}`, `IFERROR(MATCH(0,${span(CLOSED_COLUMN)},0),"")`, "0")
    );
  });
  return cells;
}
