import { BLOCK_HEADERS } from "../domain/blocks";
import type { TableKey } from "../domain/config/keys";
import {
  blocks,
  blockSpan,
  MAX_EXCEL_SERIAL,
  parseMonth,
  periodMonths,
  type Month,
} from "../domain/periods";
import { columnHeader, hasName, type FormulaContext } from "./calc-context";
import { discountRows, EARNED_COLUMN } from "./discount-rows";
import {
  AMOUNT_FORMAT,
  dateFormat,
  GENERAL_FORMAT,
  INTEGER_FORMAT,
  PERCENT_FORMAT,
} from "./formats";
import { absolute, anyOf, columnRef, literal } from "./refs";
import { LOCKED_SHEET, SHEET } from "./sheets";
import { spellingsOf, listOfField } from "./spellings";
import { text } from "../domain/text/layout";
import { lockedFormulaCell, lockedTextCell } from "./locked-cells";
import { NEXT_TIER_COLUMNS, nextTierRows } from "./next-tier-rows";
import { CALC_SCALARS } from "./calc-scalars";
import {
  blockToDateCells,
  blockToDateHeaders,
  monthToDateCells,
  monthToDateHeaders,
  TO_DATE_CELLS,
  TO_DATE_COLUMN,
  toDateScalars,
  type ToDateCells,
} from "./to-date-cells";
import type { CellLayout, SheetLayout } from "./types";

/** Addresses (on the Calc sheet) of the helper values other formulas use. */
export interface CalcCells {
  readonly planMonths: string;
  readonly planEnd: string;
  readonly planFirst: string;
  readonly reviewCadence: string;
  readonly spending: string;
  readonly discountTotal: string;
  readonly creditRequired: string;
  /** `Settings.gross_margin` as a number, or "" (spec §10). */
  readonly grossMargin: string;
  /** `discount_earned` (spec §10): "" while T is empty. */
  readonly discountEarned: string;
  /** The §9 scalars: T, plan/actual/fulfillment to date, forecast and gap (to-date-cells.ts). */
  readonly toDate: ToDateCells;
  /**
   * The next-tier rows of the discount groups (spec §10, next-tier-rows.ts): the
   * ranges (e.g. `F40:F41`, one row per group) of next_tier_threshold, _gap and
   * _rate; null without a discount group.
   */
  readonly nextTier: {
    readonly threshold: string;
    readonly gap: string;
    readonly rate: string;
  } | null;
  /** Per plan month: S_m, actual A_m and credit need_m cells; `toDate` is TRUE for plan months ≤ T. */
  readonly months: readonly {
    readonly month: Month;
    readonly plan: string;
    readonly actual: string;
    readonly need: string;
    readonly toDate: string;
  }[];
  /** Per rollup block: plan, actual and fulfillment cells, and the same over its months ≤ T (spec §9). */
  readonly blocks: readonly {
    readonly key: string;
    readonly plan: string;
    readonly actual: string;
    readonly fulfillment: string;
    readonly planToDate: string;
    readonly actualToDate: string;
    readonly fulfillmentToDate: string;
  }[];
}

/** Row of the month table's header; months follow. */
const MONTHS_HEADER_ROW = 12;

/**
 * The hidden, protected `Calc` sheet: the helper cells of the native formulas
 * (spec §4). Plan period (months, end, first month), one row per plan month
 * (first day, days in month, in plan?, S_m, A_m, credit need_m), one row per
 * rollup block (plan, actual, fulfillment), one row per discount group and
 * basis block (see discount-rows.ts), and spending, discount_total,
 * credit_required; beside them the to-date cells of spec §9 (to-date-cells.ts). Money sums are held to the cent with ROUND(…, 2), as the
 * core holds them in minor units; the spec's own roundings (credit need,
 * discounts, budget) are the only others.
 */
export function calcSheet(ctx: FormulaContext): {
  readonly sheet: SheetLayout;
  readonly cells: CalcCells;
} {
  const cells: CellLayout[] = [];
  const put = (address: string, formula: string, numberFormat = GENERAL_FORMAT): void => {
    cells.push(lockedFormulaCell(address, formula, numberFormat));
  };
  const label = (address: string, value: string, style: CellLayout["style"] = "label"): void => {
    cells.push(lockedTextCell(address, value, style));
  };
  const date = dateFormat(ctx.lang);
  label("A1", text("calcTitle", ctx.lang), "title");

  const n = ctx.months.length;
  const firstMonthRow = MONTHS_HEADER_ROW + 1;
  const lastMonthRow = MONTHS_HEADER_ROW + n;
  const blockHeaderRow = lastMonthRow + 2;
  const blockList = blocks(ctx.months);
  const discountHeaderRow = blockHeaderRow + blockList.length + 2;
  const discounts = discountRows(ctx, discountHeaderRow, firstMonthRow, {
    toDateColumn: TO_DATE_COLUMN,
  });
  const firstDiscount = discountHeaderRow + 1;
  const lastDiscount = discountHeaderRow + discounts.count;
  const t = absolute(TO_DATE_CELLS.actualsThrough);

  const scalar: [string, string, string, string][] = [
    ["A3", "plan_months", planMonthsFormula(ctx), INTEGER_FORMAT],
    ["A4", "plan_end", planEndFormula(ctx), date],
    [
      "A5",
      "plan_first_day",
      hasName(ctx, "plan_start")
        ? 'IF(ISNUMBER($B$4),DATE(YEAR(plan_start),MONTH(plan_start),1),"")'
        : '""',
      date,
    ],
    [
      "A6",
      "review_cadence_months",
      `IFERROR(--INDEX(Settings[[value]],MATCH("review_cadence_months",Settings[[key]],0)),"")`,
      INTEGER_FORMAT,
    ],
    ["A7", "spending", spendingFormula(ctx), AMOUNT_FORMAT],
    [
      "A8",
      "discount_total",
      discounts.count > 0
        ? `ROUND(SUM(I${discountHeaderRow + 1}:I${discountHeaderRow + discounts.count}),2)`
        : "0",
      AMOUNT_FORMAT,
    ],
    [
      "A9",
      "credit_required",
      n > 0 ? `MAX(0,G${firstMonthRow}:G${lastMonthRow})` : "0",
      AMOUNT_FORMAT,
    ],
    [`A${CALC_SCALARS.grossMargin.slice(1)}`, "gross_margin", GROSS_MARGIN_FORMULA, PERCENT_FORMAT],
    [
      `A${CALC_SCALARS.discountEarned.slice(1)}`,
      "discount_earned",
      `IF(ISNUMBER(${t}),${discounts.count > 0 ? `ROUND(SUM(${EARNED_COLUMN}${firstDiscount}:${EARNED_COLUMN}${lastDiscount}),2)` : "0"},"")`,
      AMOUNT_FORMAT,
    ],
  ];
  for (const [address, name, formula, format] of scalar) {
    label(address, name);
    put(address.replace("A", "B"), formula, format);
  }

  const monthCells: CalcCells["months"][number][] = [];
  ["month", "first_day", "days", "in_plan", "plan", "actual", "credit_need"].forEach((h, i) =>
    label(`${"ABCDEFG"[i]}${MONTHS_HEADER_ROW}`, h, "header")
  );
  ctx.months.forEach((month, i) => {
    const r = firstMonthRow + i;
    const { year, month: m } = parseMonth(month);
    label(`A${r}`, month, "plain");
    put(`B${r}`, `DATE(${year},${m},1)`, date);
    put(`C${r}`, `DAY(EOMONTH(B${r},0))`, INTEGER_FORMAT);
    put(`D${r}`, `IF(ISNUMBER($B$5),AND(B${r}>=$B$5,B${r}<=$B$4),FALSE)`);
    put(`E${r}`, monthSum(ctx, "SalesPlan", month, r), AMOUNT_FORMAT);
    put(`F${r}`, monthSum(ctx, "SalesActual", month, r), AMOUNT_FORMAT);
    put(`G${r}`, creditNeedFormula(ctx, r), AMOUNT_FORMAT);
    cells.push(...monthToDateCells(ctx, month, r));
    monthCells.push({
      month,
      plan: `E${r}`,
      actual: `F${r}`,
      need: `G${r}`,
      toDate: `${TO_DATE_COLUMN}${r}`,
    });
  });
  if (n > 0) cells.push(...monthToDateHeaders(MONTHS_HEADER_ROW));

  const blockCells: CalcCells["blocks"][number][] = [];
  ["block", "header", "plan", "actual", "fulfillment"].forEach((h, i) =>
    label(`${"ABCDE"[i]}${blockHeaderRow}`, h, "header")
  );
  blockList.forEach((block, i) => {
    const r = blockHeaderRow + 1 + i;
    const span = blockSpan(ctx.months, block);
    const first = firstMonthRow + span.first;
    const last = firstMonthRow + span.last;
    label(`A${r}`, block.key, "plain");
    label(`B${r}`, BLOCK_HEADERS[block.key]?.[ctx.lang] ?? block.key, "plain");
    put(`C${r}`, `ROUND(SUM(E${first}:E${last}),2)`, AMOUNT_FORMAT);
    put(`D${r}`, `ROUND(SUM(F${first}:F${last}),2)`, AMOUNT_FORMAT);
    put(`E${r}`, `IF(C${r}=0,"",D${r}/C${r})`, PERCENT_FORMAT);
    const toDate = blockToDateCells(r, { first, last });
    cells.push(...toDate.cells);
    blockCells.push({
      key: block.key,
      plan: `C${r}`,
      actual: `D${r}`,
      fulfillment: `E${r}`,
      planToDate: toDate.plan,
      actualToDate: toDate.actual,
      fulfillmentToDate: toDate.fulfillment,
    });
  });
  if (blockList.length > 0) cells.push(...blockToDateHeaders(blockHeaderRow));
  const totalBlock = blockCells.find((b) => b.key === "total");
  cells.push(
    ...toDateScalars(
      ctx,
      n > 0 ? { first: firstMonthRow, last: lastMonthRow } : null,
      totalBlock?.plan ?? "0"
    )
  );

  cells.push(...discounts.cells);
  const nextTierHeader = lastDiscount + 2;
  if (discounts.groups.length > 0) cells.push(...nextTierRows(discounts.groups, nextTierHeader));
  const nextTierSpan = (column: string): string =>
    `${column}${nextTierHeader + 1}:${column}${nextTierHeader + discounts.groups.length}`;

  const sheet: SheetLayout = {
    name: SHEET.calc,
    visibility: "hidden",
    protection: LOCKED_SHEET,
    freeze: { rows: 0, columns: 0 },
    columnWidths: [
      { column: "A", width: 24 },
      { column: "B", width: 22 },
    ],
    cells,
    tables: [],
    validations: [],
    merges: [],
  };
  const calc: CalcCells = {
    planMonths: "B3",
    planEnd: "B4",
    planFirst: "B5",
    reviewCadence: "B6",
    spending: "B7",
    discountTotal: "B8",
    creditRequired: "B9",
    grossMargin: CALC_SCALARS.grossMargin,
    discountEarned: CALC_SCALARS.discountEarned,
    toDate: TO_DATE_CELLS,
    nextTier:
      discounts.groups.length > 0
        ? {
            threshold: nextTierSpan(NEXT_TIER_COLUMNS.threshold),
            gap: nextTierSpan(NEXT_TIER_COLUMNS.gap),
            rate: nextTierSpan(NEXT_TIER_COLUMNS.rate),
          }
        : null,
    months: monthCells,
    blocks: blockCells,
  };
  return { sheet, cells: calc };
}

/** `Settings.gross_margin`: its number, "" while empty (or missing, or not a number). */
const GROSS_MARGIN_FORMULA = `IFERROR(IF(LEN(INDEX(Settings[[value]],MATCH("gross_margin",Settings[[key]],0)))=0,"",--INDEX(Settings[[value]],MATCH("gross_margin",Settings[[key]],0))),"")`;

/** months(plan_period) from any spelling of the plan_periods list values; "" when empty or unknown. */
function planMonthsFormula(ctx: FormulaContext): string {
  if (!hasName(ctx, "plan_period")) return '""';
  const list = listOfField(ctx.config, "PlanHeader", "plan_period");
  let formula = '""';
  for (const value of [...(list?.values ?? [])].reverse()) {
    const months = periodMonths(value.value);
    if (months === null) continue;
    formula = `IF(${anyOf("plan_period", spellingsOf(list, value.value))},${months},${formula})`;
  }
  return formula;
}

/** plan_end = EOMONTH(plan_start, months − 1) while plan_start is a date and the period known (spec §4). */
function planEndFormula(ctx: FormulaContext): string {
  if (!hasName(ctx, "plan_start")) return '""';
  return `IF(AND(ISNUMBER(plan_start),ISNUMBER($B$3)),IF(AND(plan_start>=1,plan_start<${MAX_EXCEL_SERIAL + 1}),EOMONTH(plan_start,$B$3-1),""),"")`;
}

/** S_m / A_m: the column's sum when the month is one of the plan's months (else 0), held to the cent. */
function monthSum(ctx: FormulaContext, table: TableKey, month: Month, row: number): string {
  const header = columnHeader(ctx, table, month);
  return header === null ? "0" : `IF(D${row},ROUND(SUM(${columnRef(table, header)}),2),0)`;
}

/** need_m = ROUND(S_m / days_in_month × credit_depth_days, 2); 0 when the depth is empty or not whole (spec §4, §7). */
function creditNeedFormula(ctx: FormulaContext, row: number): string {
  if (!hasName(ctx, "credit_depth_days")) return "0";
  const d = "credit_depth_days";
  return `IF(ISNUMBER(${d}),IF(${d}=INT(${d}),ROUND(E${row}/C${row}*${d},2),0),0)`;
}

/** Spending = Σ Activities.cost of rows whose status is not cancelled in any spelling (SUMPRODUCT skips text costs). */
function spendingFormula(ctx: FormulaContext): string {
  const cost = columnHeader(ctx, "Activities", "cost");
  if (cost === null) return "0";
  const status = columnHeader(ctx, "Activities", "status");
  const costs = columnRef("Activities", cost);
  if (status === null) return `ROUND(SUM(${costs}),2)`;
  const spellings = spellingsOf(listOfField(ctx.config, "Activities", "status"), "cancelled");
  const cancelled = `(${spellings.map((s) => `(TRIM(${columnRef("Activities", status)})=${literal(s)})`).join("+") || "0"})`;
  return `ROUND(SUMPRODUCT(--(${cancelled}=0),${costs}),2)`;
}
