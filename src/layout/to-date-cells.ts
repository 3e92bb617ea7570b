import { MAX_EXCEL_SERIAL, type Month } from "../domain/periods";
import { columnHeader, hasName, type FormulaContext } from "./calc-context";
import { AMOUNT_FORMAT, dateFormat, GENERAL_FORMAT, PERCENT_FORMAT } from "./formats";
import { lockedFormulaCell, lockedTextCell } from "./locked-cells";
import { absolute, columnRef } from "./refs";
import type { CellLayout } from "./types";

/**
 * The Calc cells of spec §9 "as of T" (T = actuals_through), beside the
 * section 4 helpers:
 *
 * - per plan month (columns H, I of the month rows): H the month's first day
 *   when the month is in the plan and any `SalesActual` cell of its column is
 *   not empty (a 0 counts; blanks and spaces do not), else 0; I TRUE when the
 *   month is in the plan and ≤ T;
 * - per rollup block (columns F, G, H of the block rows): plan and actual over
 *   the block's months ≤ T and their ratio ("" when the plan to date is 0,
 *   which includes a block not yet started);
 * - scalars in D3:E9: the last month with an actual, T (the 1st of `as_of`'s
 *   month when `as_of` is a date, else that last month), plan, actual and
 *   fulfilment to date, forecast and its gap to the plan total.
 *
 * Every to-date value is "" while T is empty; months ≤ T are taken as they
 * fall, so a T before the plan gives 0 and one after it every month.
 */
export interface ToDateCells {
  /** The 1st of the last plan month with an actual (a date serial), or "". */
  readonly lastActualMonth: string;
  /** T as the date serial of its month's 1st, or "". */
  readonly actualsThrough: string;
  readonly planToDate: string;
  readonly actualToDate: string;
  readonly fulfillmentToDate: string;
  readonly forecastTotal: string;
  readonly forecastGap: string;
}

/** Where the month rows are: the first and last row, or null for a plan without months. */
export interface MonthRows {
  readonly first: number;
  readonly last: number;
}

/** Column of the month rows holding a month's 1st when it has an actual (else 0). */
export const ACTUAL_MONTH_COLUMN = "H";
/** Column of the month rows that is TRUE for plan months ≤ T. */
export const TO_DATE_COLUMN = "I";

const SCALARS: readonly [keyof ToDateCells, string][] = [
  ["lastActualMonth", "last_actual_month"],
  ["actualsThrough", "actuals_through"],
  ["planToDate", "plan_to_date"],
  ["actualToDate", "actual_to_date"],
  ["fulfillmentToDate", "fulfillment_to_date"],
  ["forecastTotal", "forecast_total"],
  ["forecastGap", "forecast_gap"],
];

/** The addresses of the scalars (E3…E9, in the order of SCALARS). */
export const TO_DATE_CELLS: ToDateCells = {
  lastActualMonth: "E3",
  actualsThrough: "E4",
  planToDate: "E5",
  actualToDate: "E6",
  fulfillmentToDate: "E7",
  forecastTotal: "E8",
  forecastGap: "E9",
};

/** Headers of the month rows' to-date columns (row `headerRow`). */
export function monthToDateHeaders(headerRow: number): readonly CellLayout[] {
  return [
    lockedTextCell(`${ACTUAL_MONTH_COLUMN}${headerRow}`, "actual_month", "header"),
    lockedTextCell(`${TO_DATE_COLUMN}${headerRow}`, "to_date", "header"),
  ];
}

/** H and I of one month row `r` (B = the month's 1st, D = in plan?). */
export function monthToDateCells(ctx: FormulaContext, month: Month, r: number): CellLayout[] {
  const header = columnHeader(ctx, "SalesActual", month);
  const filled =
    header === null
      ? "FALSE"
      : `IFERROR(SUMPRODUCT(--(LEN(TRIM(${columnRef("SalesActual", header)}))>0))>0,TRUE)`;
  const t = absolute(TO_DATE_CELLS.actualsThrough);
  return [
    lockedFormulaCell(
      `${ACTUAL_MONTH_COLUMN}${r}`,
      `IF(D${r},IF(${filled},B${r},0),0)`,
      dateFormat(ctx.lang)
    ),
    lockedFormulaCell(
      `${TO_DATE_COLUMN}${r}`,
      `IF(ISNUMBER(${t}),AND(D${r},B${r}<=${t}),FALSE)`,
      GENERAL_FORMAT
    ),
  ];
}

/** Headers of the block rows' to-date columns. */
export function blockToDateHeaders(headerRow: number): readonly CellLayout[] {
  return ["plan_to_date", "actual_to_date", "fulfillment_to_date"].map((h, i) =>
    lockedTextCell(`${"FGH"[i]}${headerRow}`, h, "header")
  );
}

/** F, G, H of block row `r` whose months are the month rows `span`. */
export function blockToDateCells(
  r: number,
  span: MonthRows
): {
  readonly cells: CellLayout[];
  readonly plan: string;
  readonly actual: string;
  readonly fulfillment: string;
} {
  const within = (column: string): string =>
    `ROUND(SUMPRODUCT(--(${TO_DATE_COLUMN}${span.first}:${TO_DATE_COLUMN}${span.last}),${column}${span.first}:${column}${span.last}),2)`;
  return {
    cells: [
      lockedFormulaCell(`F${r}`, within("E"), AMOUNT_FORMAT),
      lockedFormulaCell(`G${r}`, within("F"), AMOUNT_FORMAT),
      lockedFormulaCell(`H${r}`, `IF(F${r}=0,"",G${r}/F${r})`, PERCENT_FORMAT),
    ],
    plan: `F${r}`,
    actual: `G${r}`,
    fulfillment: `H${r}`,
  };
}

/**
 * The scalars D3:E9 (labels in D, values in E). `rows` are the month rows
 * (null: no plan months), `planTotal` the cell of sales_plan_total.
 */
export function toDateScalars(
  ctx: FormulaContext,
  rows: MonthRows | null,
  planTotal: string
): readonly CellLayout[] {
  const c = TO_DATE_CELLS;
  const range = (column: string): string =>
    rows === null ? "" : `${column}${rows.first}:${column}${rows.last}`;
  const sumToDate = (column: string): string =>
    rows === null
      ? `IF(ISNUMBER(${c.actualsThrough}),0,"")`
      : `IF(ISNUMBER(${c.actualsThrough}),ROUND(SUMPRODUCT(--(${range(TO_DATE_COLUMN)}),${range(column)}),2),"")`;
  const asOf = hasName(ctx, "as_of")
    ? `IF(ISNUMBER(as_of),IF(AND(as_of>=1,as_of<${MAX_EXCEL_SERIAL + 1}),DATE(YEAR(as_of),MONTH(as_of),1),${c.lastActualMonth}),${c.lastActualMonth})`
    : c.lastActualMonth;
  const formulas: Record<keyof ToDateCells, [string, string]> = {
    lastActualMonth: [
      rows === null
        ? '""'
        : `IF(MAX(${range(ACTUAL_MONTH_COLUMN)})=0,"",MAX(${range(ACTUAL_MONTH_COLUMN)}))`,
      dateFormat(ctx.lang),
    ],
    actualsThrough: [asOf, dateFormat(ctx.lang)],
    planToDate: [sumToDate("E"), AMOUNT_FORMAT],
    actualToDate: [sumToDate("F"), AMOUNT_FORMAT],
    fulfillmentToDate: [
      `IF(ISNUMBER(${c.planToDate}),IF(${c.planToDate}=0,"",${c.actualToDate}/${c.planToDate}),"")`,
      PERCENT_FORMAT,
    ],
    forecastTotal: [
      `IF(ISNUMBER(${c.fulfillmentToDate}),ROUND(${c.actualToDate}+ROUND(${c.fulfillmentToDate}*ROUND(${planTotal}-${c.planToDate},2),2),2),"")`,
      AMOUNT_FORMAT,
    ],
    forecastGap: [
      `IF(ISNUMBER(${c.forecastTotal}),ROUND(${c.forecastTotal}-${planTotal},2),"")`,
      AMOUNT_FORMAT,
    ],
  };
  return SCALARS.flatMap(([key, label]) => {
    const address = c[key];
    const [formula, format] = formulas[key];
    return [
      lockedTextCell(`D${address.slice(1)}`, label, "label"),
      lockedFormulaCell(address, formula, format),
    ];
  });
}
