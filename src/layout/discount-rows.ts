import { basisBlocks, blockSpan, periodMonths } from "../domain/periods";
import { columnHeader, type FormulaContext } from "./calc-context";
import { AMOUNT_FORMAT, GENERAL_FORMAT, PERCENT_FORMAT } from "./formats";
import { anyOfArray, columnRef } from "./refs";
import { listOfField, spellingsOf } from "./spellings";
import { lockedFormulaCell, lockedTextCell } from "./locked-cells";
import type { CellLayout } from "./types";

const TABLE = "DiscountTiers";

/**
 * The discount machinery on the Calc sheet (spec §4, §7), one row per
 * (condition, basis period, basis block) — every value of the condition list
 * times every basis period of known length times its blocks from plan_start
 * (the last cut at plan_end). Columns: A condition, B basis, C block,
 * D/E first/last month, F S_b, G applied threshold, H its rate, I discount.
 *
 * A tier row belongs to a group when its condition and basis match any
 * spelling of the group's values (trimmed, case-insensitive) and its
 * threshold and rate are numbers (incomplete rows are left out). The applied
 * threshold is the largest one ≤ S_b (`AGGREGATE(14, 6, …)` = LARGE ignoring
 * the errors that rows outside the group give), its rate that of the first
 * listed row with that threshold (`MATCH(1, INDEX(…, 0), 0)`), the discount
 * ROUND(S_b × rate, 2), 0 when no tier applies. No array entry, no dynamic
 * array: the same in Excel 2010+, Excel 365 and LibreOffice.
 */
export function discountRows(
  ctx: FormulaContext,
  headerRow: number,
  firstMonthRow: number,
  toDate: EarnedInputs
): DiscountRows {
  const cells: CellLayout[] = [];
  const put = (address: string, formula: string, numberFormat: string): void => {
    cells.push(lockedFormulaCell(address, formula, numberFormat));
  };
  const value = (address: string, v: string, style: CellLayout["style"] = "plain"): void => {
    cells.push(lockedTextCell(address, v, style));
  };
  [
    "condition",
    "basis_period",
    "block",
    "first_month",
    "last_month",
    "base",
    "threshold",
    "rate",
    "discount",
  ].forEach((h, i) => value(`${"ABCDEFGHI"[i]}${headerRow}`, h, "header"));
  EARNED_HEADERS.forEach((h, i) => value(`${EARNED_COLUMNS[i] ?? ""}${headerRow}`, h, "header"));
  const condition = columnHeader(ctx, TABLE, "condition");
  const basis = columnHeader(ctx, TABLE, "basis_period");
  const threshold = columnHeader(ctx, TABLE, "threshold");
  const rate = columnHeader(ctx, TABLE, "rate");
  if (condition === null || basis === null || threshold === null || rate === null)
    return { cells, count: 0, groups: [] };
  const conditions = listOfField(ctx.config, TABLE, "condition");
  const bases = listOfField(ctx.config, TABLE, "basis_period");
  const thr = columnRef(TABLE, threshold);
  const rates = columnRef(TABLE, rate);
  let row = headerRow;
  const groups: DiscountGroupRows[] = [];
  for (const c of conditions?.values ?? []) {
    for (const b of bases?.values ?? []) {
      if (periodMonths(b.value) === null) continue;
      const groupFirst = row + 1;
      const mask = [
        anyOfArray(columnRef(TABLE, condition), spellingsOf(conditions, c.value)),
        anyOfArray(columnRef(TABLE, basis), spellingsOf(bases, b.value)),
        `ISNUMBER(${thr})`,
        `ISNUMBER(${rates})`,
      ].join("*");
      for (const block of basisBlocks(ctx.months, b.value)) {
        row += 1;
        const first = block.months[0] ?? "";
        const last = block.months[block.months.length - 1] ?? "";
        const span = blockSpan(ctx.months, block);
        const firstRow = firstMonthRow + span.first;
        const lastRow = firstMonthRow + span.last;
        value(`A${row}`, c.value);
        value(`B${row}`, b.value);
        value(`C${row}`, block.key);
        value(`D${row}`, first);
        value(`E${row}`, last);
        put(`F${row}`, `ROUND(SUM(E${firstRow}:E${lastRow}),2)`, AMOUNT_FORMAT);
        put(
          `G${row}`,
          `IFERROR(_xlfn.AGGREGATE(14,6,${thr}/(${mask}*(${thr}<=F${row})),1),"")`,
          AMOUNT_FORMAT
        );
        put(
          `H${row}`,
          `IF(G${row}="","",INDEX(${rates},MATCH(1,INDEX(${mask}*(${thr}=G${row}),0),0)))`,
          PERCENT_FORMAT
        );
        put(`I${row}`, `IF(H${row}="",0,ROUND(F${row}*H${row},2))`, AMOUNT_FORMAT);
        cells.push(...earnedCells(row, firstRow, lastRow, thr, rates, mask, toDate));
      }
      if (row >= groupFirst)
        groups.push({
          condition: c.value,
          basis: b.value,
          first: groupFirst,
          last: row,
          thr,
          rates,
          mask,
        });
    }
  }
  return { cells, count: row - headerRow, groups };
}

/** The discount rows of one (condition, basis period) group: its Calc rows and the tier references. */
export interface DiscountGroupRows {
  readonly condition: string;
  readonly basis: string;
  readonly first: number;
  readonly last: number;
  /** `DiscountTiers` threshold and rate columns, and the group's row mask over them. */
  readonly thr: string;
  readonly rates: string;
  readonly mask: string;
}

/** What `discountRows` lays out: its cells, how many rows and the rows of each group. */
export interface DiscountRows {
  readonly cells: readonly CellLayout[];
  readonly count: number;
  readonly groups: readonly DiscountGroupRows[];
}

/** The column of the Calc month rows that is TRUE for plan months ≤ T (spec §9, to-date-cells.ts). */
export interface EarnedInputs {
  readonly toDateColumn: string;
}

/**
 * Columns of the earned-discount cells on the discount rows: R–W, right of
 * everything else on Calc (the chart's helper block K:M, the Summary's picks O:P).
 */
export const EARNED_COLUMNS = ["R", "S", "T", "U", "V", "W"] as const;
const [CLOSED, ACTUAL, THRESHOLD, RATE, EARNED, TO_DATE] = EARNED_COLUMNS;
/** Column of the discount rows holding the discount earned (0 on an open block). */
export const EARNED_COLUMN = EARNED;
/** Column of the discount rows: 1 when the block is closed by T. */
export const CLOSED_COLUMN = CLOSED;
/** Column of the discount rows: the block's actual over its months ≤ T. */
export const ACTUAL_TO_DATE_COLUMN = TO_DATE;

const EARNED_HEADERS = [
  "closed",
  "actual",
  "actual_threshold",
  "actual_rate",
  "earned",
  "actual_to_date",
];

/**
 * Columns R–W of a discount row (spec §10): R 1 when every month of the block
 * is ≤ T (closed), else 0; S A_b (the block's actual, column F of the month
 * rows); T/U the tier that A_b reaches (as G/H for S_b); V the discount earned,
 * ROUND(A_b × rate, 2) on a closed block, else 0; W the block's actual over its
 * months ≤ T (the open block's actual to date).
 */
function earnedCells(
  row: number,
  firstRow: number,
  lastRow: number,
  thr: string,
  rates: string,
  mask: string,
  toDate: EarnedInputs
): readonly CellLayout[] {
  const t = toDate.toDateColumn;
  const flags = `${t}${firstRow}:${t}${lastRow}`;
  const months = lastRow - firstRow + 1;
  return [
    lockedFormulaCell(
      `${CLOSED}${row}`,
      `IF(SUMPRODUCT(--(${flags}))=${months},1,0)`,
      GENERAL_FORMAT
    ),
    lockedFormulaCell(`${ACTUAL}${row}`, `ROUND(SUM(F${firstRow}:F${lastRow}),2)`, AMOUNT_FORMAT),
    lockedFormulaCell(
      `${THRESHOLD}${row}`,
      `IFERROR(_xlfn.AGGREGATE(14,6,${thr}/(${mask}*(${thr}<=${ACTUAL}${row})),1),"")`,
      AMOUNT_FORMAT
    ),
    lockedFormulaCell(
      `${RATE}${row}`,
      `IF(${THRESHOLD}${row}="","",INDEX(${rates},MATCH(1,INDEX(${mask}*(${thr}=${THRESHOLD}${row}),0),0)))`,
      PERCENT_FORMAT
    ),
    lockedFormulaCell(
      `${EARNED}${row}`,
      `IF(${CLOSED}${row}=1,IF(${RATE}${row}="",0,ROUND(${ACTUAL}${row}*${RATE}${row},2)),0)`,
      AMOUNT_FORMAT
    ),
    lockedFormulaCell(
      `${TO_DATE}${row}`,
      `ROUND(SUMPRODUCT(F${firstRow}:F${lastRow},--(${flags})),2)`,
      AMOUNT_FORMAT
    ),
  ];
}
