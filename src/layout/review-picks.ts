import type { FieldKey, TableKey } from "../domain/config/keys";
import { columnHeader, type FormulaContext } from "./calc-context";
import { dateFormat, GENERAL_FORMAT, INTEGER_FORMAT } from "./formats";
import { lockedFormulaCell, lockedTextCell } from "./locked-cells";
import { anyOfArray, columnRef, sheetRef } from "./refs";
import { SHEET } from "./sheets";
import { listOfField, spellingsOf } from "./spellings";
import type { CellLayout } from "./types";

/** How many rows each list of the Summary sheet shows (spec §9). */
export const TOP_RISKS = 3;
export const NEXT_ACTIVITIES = 5;
export const DMU_NAMES = 5;

/** A multiplier for ordering keys: key = sort value × ROW_SPAN + row number (row numbers stay below it). */
const ROW_SPAN = 10000;

/**
 * Where the Summary sheet's picks live on the Calc sheet (columns O:P): the
 * cut-off date of "after T" and, per list row, the number of the table row
 * it shows (1-based in the table body; "" when there is none). The picks use
 * `AGGREGATE(14|15, 6, key / mask, k)` — LARGE / SMALL ignoring the errors
 * that rows outside the mask give: no array entry, no dynamic array, the same
 * in Excel 2010+ and LibreOffice.
 */
export interface ReviewPicks {
  readonly cells: readonly CellLayout[];
  /** Per risk rank: the Calc cell holding score × ROW_SPAN + (ROW_SPAN − row), or "". */
  readonly risks: readonly string[];
  /** Per activity rank: the Calc cell holding INT(date) × ROW_SPAN + row, or "". */
  readonly activities: readonly string[];
  /** Per role list: the Calc cells of the rows, and of the count. */
  readonly dmu: Readonly<
    Record<DmuList, { readonly rows: readonly string[]; readonly count: string }>
  >;
}

export type DmuList = "decision_makers" | "supporters" | "opponents";

const FIRST_ROW = 2;
const [LABEL, VALUE] = ["O", "P"] as const;

/** The body row number (1-based) of each row of a column: `ROW(col) − ROW(first cell) + 1`. */
function rowNumbers(column: string): string {
  return `(ROW(${column})-ROW(INDEX(${column},1,1))+1)`;
}

/** A column reference of a table, or null when the layout lacks it. */
function col(ctx: FormulaContext, table: TableKey, key: FieldKey): string | null {
  const header = columnHeader(ctx, table, key);
  return header === null ? null : columnRef(table, header);
}

/** 1 where the trimmed cell is one of the spellings of list values `values`, else 0 (array). */
function isAny(
  ctx: FormulaContext,
  table: TableKey,
  key: FieldKey,
  values: readonly string[]
): string {
  const column = col(ctx, table, key);
  if (column === null) return "0";
  const list = listOfField(ctx.config, table, key);
  return anyOfArray(
    column,
    values.flatMap((v) => spellingsOf(list, v))
  );
}

/** high = 3, medium = 2, low = 1, else 0 (array over a Risks column). */
function level(ctx: FormulaContext, key: FieldKey): string {
  return `(${isAny(ctx, "Risks", key, ["high"])}*3+${isAny(ctx, "Risks", key, ["medium"])}*2+${isAny(ctx, "Risks", key, ["low"])})`;
}

/**
 * The Calc cells behind the Summary's lists: the three biggest risks
 * (probability × impact, ties in table order, rows with a risk text), the
 * next five activities dated after the end of the month T =
 * `actuals_through` (every dated one while T is empty) that are neither done
 * nor cancelled (by date, ties in table order), and the people of the
 * decision group who decide, support, oppose (table order, rows with a name).
 */
export function reviewPicks(ctx: FormulaContext): ReviewPicks {
  const cells: CellLayout[] = [];
  let row = FIRST_ROW;
  const put = (label: string, formula: string, format = GENERAL_FORMAT): string => {
    cells.push(lockedTextCell(`${LABEL}${row}`, label, "label"));
    cells.push(lockedFormulaCell(`${VALUE}${row}`, formula, format));
    row += 1;
    return `${VALUE}${row - 1}`;
  };
  cells.push(lockedTextCell(`${LABEL}1`, "summary_picks", "header"));

  const cutoff = put(
    "summary_after",
    ctx.formKeys.has("actuals_through")
      ? `IFERROR(IF(actuals_through="",0,IF(ISNUMBER(actuals_through),EOMONTH(actuals_through,0),DATE(--LEFT(actuals_through,4),--MID(actuals_through,6,2)+1,0))),0)`
      : "0",
    dateFormat(ctx.lang)
  );

  const risk = col(ctx, "Risks", "risk");
  const risks = Array.from({ length: TOP_RISKS }, (_, i) =>
    put(
      `risk_${i + 1}`,
      risk === null
        ? '""'
        : `IFERROR(_xlfn.AGGREGATE(14,6,(${level(ctx, "probability")}*${level(ctx, "impact")}*${ROW_SPAN}+${ROW_SPAN}-${rowNumbers(risk)})/(LEN(TRIM(${risk}))>0),${i + 1}),"")`,
      INTEGER_FORMAT
    )
  );

  const activity = col(ctx, "Activities", "activity");
  const date = col(ctx, "Activities", "date");
  const finished = isAny(ctx, "Activities", "status", ["done", "cancelled"]);
  const activities = Array.from({ length: NEXT_ACTIVITIES }, (_, i) =>
    put(
      `activity_${i + 1}`,
      activity === null || date === null
        ? '""'
        : `IFERROR(_xlfn.AGGREGATE(15,6,(INT(${date})*${ROW_SPAN}+${rowNumbers(activity)})/(ISNUMBER(${date})*(${date}>${cutoff})*(LEN(TRIM(${activity}))>0)*(1-${finished})),${i + 1}),"")`,
      INTEGER_FORMAT
    )
  );

  const person = col(ctx, "DecisionGroup", "person");
  const masks: Record<DmuList, string> = {
    decision_makers: isAny(ctx, "DecisionGroup", "role", ["decision_maker"]),
    supporters: isAny(ctx, "DecisionGroup", "attitude", ["supporter"]),
    opponents: isAny(ctx, "DecisionGroup", "attitude", ["opponent"]),
  };
  const dmuOf = (list: DmuList): { rows: string[]; count: string } => {
    const mask = person === null ? "0" : `${masks[list]}*(LEN(TRIM(${person}))>0)`;
    const rows = Array.from({ length: DMU_NAMES }, (_, i) =>
      put(
        `${list}_${i + 1}`,
        person === null
          ? '""'
          : `IFERROR(_xlfn.AGGREGATE(15,6,${rowNumbers(person)}/(${mask}),${i + 1}),"")`,
        INTEGER_FORMAT
      )
    );
    const count = put(
      `${list}_count`,
      person === null ? "0" : `SUMPRODUCT(${mask})`,
      INTEGER_FORMAT
    );
    return { rows, count };
  };
  const dmu = {
    decision_makers: dmuOf("decision_makers"),
    supporters: dmuOf("supporters"),
    opponents: dmuOf("opponents"),
  };
  return { cells, risks, activities, dmu };
}

/** A pick's Calc cell as a formula reference. */
export function pickRef(address: string): string {
  return sheetRef(SHEET.calc, address);
}

/** The body row a risk pick points at. */
export function riskRow(pick: string): string {
  return `${ROW_SPAN}-MOD(${pick},${ROW_SPAN})`;
}

/** The score of a risk pick. */
export function riskScore(pick: string): string {
  return `INT(${pick}/${ROW_SPAN})`;
}

/** The body row an activity pick points at. */
export function activityRow(pick: string): string {
  return `MOD(${pick},${ROW_SPAN})`;
}

/** The date of an activity pick. */
export function activityDate(pick: string): string {
  return `INT(${pick}/${ROW_SPAN})`;
}
