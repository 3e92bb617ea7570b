import type { KamConfig } from "../domain/config/types";
import { parseMonth, type Month } from "../domain/periods";
import { anyOf, columnRef, escapeColumn, thisRowRef } from "./refs";
import { listOfField, spellingsOf } from "./spellings";
import type { TableColumnLayout } from "./types";

/** The computed promo columns of `Activities` (spec §10), in the order they refer to one another. */
export const PROMO_COLUMNS = ["baseline", "incremental", "incremental_per_cost", "promo_return"];

/** Cells of the Calc sheet the promo formulas read (absolute references). */
export interface PromoInputs {
  /** T as the serial of its month's 1st, or "". */
  readonly actualsThrough: string;
  /** `Settings.gross_margin` as a number, or "". */
  readonly grossMargin: string;
}

const TABLE = "Activities";
const ACTUAL = "SalesActual";

/**
 * The calculated-column formula of a promo column of `Activities`
 * (spec §10, as `promoResults` computes it), or null when the layout lacks
 * what it needs (then the column stays empty, as the core's values are then
 * about columns the workbook does not have).
 *
 * - baseline: for a row of kind promo (any spelling), not cancelled, whose
 *   effect months (effect_from … effect_to, each defaulting to the month of
 *   `date`) are all ≤ T: over the up to 3 plan months before effect_from,
 *   those where any matching `SalesActual` cell is not empty (matching: the
 *   trimmed item, case-insensitive as Excel's `=`; an empty promo item takes
 *   every row), ROUND(Σ their actual / their count, 2); "" when none.
 * - incremental: Σ actual of the matching rows over the effect months within
 *   the plan − baseline × the number of effect months.
 * - incremental_per_cost: incremental / cost, "" for an empty or 0 cost.
 * - promo_return: ROUND(incremental × gross_margin, 2) − cost, "" while the
 *   margin is not set.
 *
 * Month k of the plan is column k of `SalesActual[[first]:[last]]`; plain
 * `INDEX`, `SUMPRODUCT` and `COLUMN` only (no array entry, no LET), the same
 * in Excel 2010+ and LibreOffice.
 */
export function promoFormula(
  config: KamConfig,
  key: string,
  columns: readonly TableColumnLayout[],
  actualColumns: readonly TableColumnLayout[] | undefined,
  months: readonly Month[],
  inputs: PromoInputs
): string | null {
  const header = (k: string): string | null => columns.find((c) => c.key === k)?.header ?? null;
  const at = (k: string): string | null => {
    const h = header(k);
    return h === null ? null : thisRowRef(TABLE, h);
  };
  switch (key) {
    case "baseline":
      return baselineFormula(config, columns, actualColumns, months, inputs);
    case "incremental": {
      const baseline = at("baseline");
      const effect = effectRange(columns, months);
      const sums = actualSums(columns, actualColumns, months);
      if (baseline === null || effect === null || sums === null) return null;
      const index = `(COLUMN(${sums.body})-COLUMN(INDEX(${sums.body},1,1))+1)`;
      const inEffect = `(${index}>=${effect.kFrom})*(${index}<=${effect.kTo})`;
      const effectSum = `ROUND(SUMPRODUCT(--(${sums.mask})*${inEffect},${sums.body}),2)`;
      return `IF(ISNUMBER(${baseline}),ROUND(${effectSum}-${baseline}*(${effect.kTo}-${effect.kFrom}+1),2),"")`;
    }
    case "incremental_per_cost": {
      const incremental = at("incremental");
      const cost = at("cost");
      if (incremental === null || cost === null) return null;
      return `IF(ISNUMBER(${incremental}),IF(N(${cost})=0,"",${incremental}/${cost}),"")`;
    }
    case "promo_return": {
      const incremental = at("incremental");
      const cost = at("cost");
      if (incremental === null || cost === null) return null;
      const m = inputs.grossMargin;
      return `IF(ISNUMBER(${incremental}),IF(ISNUMBER(${m}),ROUND(${incremental}*${m},2)-N(${cost}),""),"")`;
    }
    default:
      return null;
  }
}

/**
 * Plan month index (1-based, may fall outside 1…n) of a date expression, from the plan's first
 * month. The expression appears once (the formula must stay under Excel's 8,192 characters): the
 * days between the 1st of its month and the plan's first month, over the mean month of 30.4375
 * days, rounded: exact, as n months always last n × 30.4375 days to within 3 days.
 */
function monthIndex(expr: string, first: Month): string {
  const { year, month } = parseMonth(first);
  return `(ROUND((EOMONTH(${expr},-1)+1-DATE(${year},${month},1))/30.4375,0)+1)`;
}

/** effect_from / effect_to defaulting to `date`, and their plan month indexes. */
function effectRange(
  columns: readonly TableColumnLayout[],
  months: readonly Month[]
): {
  readonly from: string;
  readonly to: string;
  readonly kFrom: string;
  readonly kTo: string;
} | null {
  const ref = (k: string): string | null => {
    const h = columns.find((c) => c.key === k)?.header;
    return h === undefined ? null : thisRowRef(TABLE, h);
  };
  const date = ref("date");
  const first = months[0];
  if (date === null || first === undefined) return null;
  const orDate = (k: string): string => {
    const own = ref(k);
    return own === null ? date : `IF(ISNUMBER(${own}),${own},${date})`;
  };
  const from = orDate("effect_from");
  const to = orDate("effect_to");
  return { from, to, kFrom: monthIndex(from, first), kTo: monthIndex(to, first) };
}

/** The month body of `SalesActual` and the mask of the rows matching the promo's item. */
function actualSums(
  columns: readonly TableColumnLayout[],
  actualColumns: readonly TableColumnLayout[] | undefined,
  months: readonly Month[]
): { readonly body: string; readonly mask: string } | null {
  const first = months[0];
  const last = months[months.length - 1];
  const firstHeader = actualColumns?.find((c) => c.key === first)?.header;
  const lastHeader = actualColumns?.find((c) => c.key === last)?.header;
  const itemHeader = actualColumns?.find((c) => c.key === "item")?.header;
  if (firstHeader === undefined || lastHeader === undefined || itemHeader === undefined)
    return null;
  const body = `${ACTUAL}[[${escapeColumn(firstHeader)}]:[${escapeColumn(lastHeader)}]]`;
  const items = columnRef(ACTUAL, itemHeader);
  const own = columns.find((c) => c.key === "item")?.header;
  const mask =
    own === undefined
      ? `(LEN(${items})>=0)`
      : `((TRIM(${items})=TRIM(${thisRowRef(TABLE, own)}))+(LEN(TRIM(${thisRowRef(TABLE, own)}))=0)>0)`;
  return { body, mask };
}

function baselineFormula(
  config: KamConfig,
  columns: readonly TableColumnLayout[],
  actualColumns: readonly TableColumnLayout[] | undefined,
  months: readonly Month[],
  inputs: PromoInputs
): string | null {
  const kindHeader = columns.find((c) => c.key === "kind")?.header;
  const effect = effectRange(columns, months);
  const sums = actualSums(columns, actualColumns, months);
  if (kindHeader === undefined || effect === null || sums === null) return null;
  const isPromo = anyOf(
    thisRowRef(TABLE, kindHeader),
    spellingsOf(listOfField(config, TABLE, "kind"), "promo")
  );
  const statusHeader = columns.find((c) => c.key === "status")?.header;
  const cancelled =
    statusHeader === undefined
      ? "FALSE"
      : anyOf(
          thisRowRef(TABLE, statusHeader),
          spellingsOf(listOfField(config, TABLE, "status"), "cancelled")
        );
  const column = (k: string): string => `INDEX(${sums.body},0,${k})`;
  const counts: string[] = [];
  const amounts: string[] = [];
  // A month before the plan (k < 1: INDEX's column 0 would be every column) counts as none; one
  // after it (k > n) too, as INDEX gives #REF! there.
  for (let j = 1; j <= 3; j++) {
    const k = `(${effect.kFrom}-${j})`;
    const within = (f: string): string => `IF(${k}<1,0,IFERROR(${f},0))`;
    counts.push(within(`--(SUMPRODUCT(--(${sums.mask}),--(LEN(TRIM(${column(k)}))>0))>0)`));
    amounts.push(within(`ROUND(SUMPRODUCT(--(${sums.mask}),${column(k)}),2)`));
  }
  const count = `(${counts.join("+")})`;
  const average = `IF(${count}=0,"",ROUND((${amounts.join("+")})/${count},2))`;
  const t = inputs.actualsThrough;
  const reached = `IF(AND(${effect.kFrom}<=${effect.kTo},ISNUMBER(${t})),IF(DATE(YEAR(${effect.to}),MONTH(${effect.to}),1)<=${t},${average},""),"")`;
  return `IF(AND(${isPromo},NOT(${cancelled}),ISNUMBER(${effect.from}),ISNUMBER(${effect.to})),${reached},"")`;
}
