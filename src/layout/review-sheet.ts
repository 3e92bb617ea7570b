import type { FieldKey, TableKey } from "../domain/config/keys";
import type { Bilingual } from "../domain/values";
import { columnHeader, type FormulaContext } from "./calc-context";
import type { CalcCells } from "./calc-sheet";
import {
  AMOUNT_FORMAT,
  dateFormat,
  GENERAL_FORMAT,
  INTEGER_FORMAT,
  PERCENT_FORMAT,
} from "./formats";
import { lockedTextCell } from "./locked-cells";
import { printSetup } from "./print";
import { columnRef, literal } from "./refs";
import {
  activityDate,
  activityRow,
  DMU_NAMES,
  pickRef,
  riskRow,
  riskScore,
  type DmuList,
  type ReviewPicks,
} from "./review-picks";
import { figureFormula, SUMMARY_PANELS, type FigureUnit } from "./review-figures";
import { LOCKED_SHEET, SHEET } from "./sheets";
import { salesSummary } from "./summary";
import { TEXTS, text } from "../domain/text/layout";
import type { CellLayout, CellStyle, RowHeight, SheetLayout } from "./types";

/** The panels' label and value columns, left to right (A:B, D:E, G:H; C and F give long values room). */
const PANEL_COLUMNS = [
  ["A", "B"],
  ["D", "E"],
  ["G", "H"],
] as const;
/** A row of the lists that may hold two lines of text. */
const LIST_ROW_HEIGHT = 30;

/**
 * The `Summary` (Сводка) sheet of spec §9: the first sheet, one A4 landscape
 * page, all native formulas (it works without the add-in), values by defined
 * name. From the top: the title; three panels of figures (SUMMARY_PANELS,
 * review-figures.ts: the plan and its approval, sales to date and the
 * forecast, budget, credit and KPI); the sales blocks (plan, actual,
 * fulfilment: the ActionPlan's summary); the three biggest risks; the next
 * five activities after T; the decision group's deciders, supporters and
 * opponents. The lists show rows picked on Calc (review-picks.ts). The sheet
 * is protected (no password): every cell is the layout's.
 */
export function reviewSheet(ctx: FormulaContext, calc: CalcCells, picks: ReviewPicks): SheetLayout {
  const { lang } = ctx;
  const cells: CellLayout[] = [];
  const heights: RowHeight[] = [];
  const label = (address: string, value: string, style: CellStyle = "label"): void => {
    cells.push(lockedTextCell(address, value, style));
  };
  const formula = (
    address: string,
    f: string,
    format: string,
    style: CellStyle = "computed"
  ): void => {
    cells.push({
      address,
      content: { kind: "formula", formula: f },
      numberFormat: format,
      locked: true,
      style,
    });
  };
  label("A1", text("reviewTitle", lang), "title");

  // The panels.
  let bottom = 3;
  SUMMARY_PANELS.forEach((panel, p) => {
    const [labelCol, valueCol] = PANEL_COLUMNS[p % PANEL_COLUMNS.length] ?? PANEL_COLUMNS[0];
    label(`${labelCol}3`, panel.title[lang], "section");
    let row = 4;
    for (const figure of panel.figures) {
      const f = figureFormula(figure, { ctx, calc });
      if (f === null) continue;
      const field = ctx.config.fields.find((x) => x.key === figure.key && isForm(ctx, x.section));
      label(`${labelCol}${row}`, field?.label[lang] ?? figure.label?.[lang] ?? figure.key);
      formula(`${valueCol}${row}`, f, unitFormat(figure.unit, ctx));
      row += 1;
    }
    bottom = Math.max(bottom, row - 1);
  });

  // The sales blocks.
  let row = bottom + 2;
  const blocks = salesSummary(calc, lang, row);
  cells.push(...blocks.cells);
  row += blocks.rows + 1;

  // The biggest risks.
  row = list(
    row,
    TEXTS.reviewRisks,
    picks.risks,
    "Risks",
    [
      { col: "A", key: "risk", long: true },
      { col: "B", key: "probability" },
      { col: "C", key: "impact" },
      { col: "D", key: "mitigation", long: true },
      { col: "E", key: "owner" },
      {
        col: "F",
        header: TEXTS.reviewRiskScore,
        value: (pick) => riskScore(pick),
        format: INTEGER_FORMAT,
      },
    ],
    riskRow
  );

  // The next activities.
  row = list(
    row,
    TEXTS.reviewActivities,
    picks.activities,
    "Activities",
    [
      { col: "A", key: "activity", long: true },
      { col: "B", key: "date", value: (pick) => activityDate(pick), format: dateFormat(lang) },
      { col: "C", key: "status" },
      { col: "D", key: "goal", long: true },
      { col: "E", key: "owner" },
      { col: "F", key: "cost", number: true, format: AMOUNT_FORMAT },
    ],
    activityRow
  );

  // The decision group.
  label(`A${row}`, text("reviewDmu", lang), "section");
  const lists: [DmuList, Bilingual][] = [
    ["decision_makers", TEXTS.reviewDecisionMakers],
    ["supporters", TEXTS.reviewSupporters],
    ["opponents", TEXTS.reviewOpponents],
  ];
  const person = columnHeader(ctx, "DecisionGroup", "person");
  const position = columnHeader(ctx, "DecisionGroup", "position");
  lists.forEach(([key, title], i) => {
    const [nameCol, positionCol] = PANEL_COLUMNS[i] ?? PANEL_COLUMNS[0];
    label(`${nameCol}${row + 1}`, title[lang], "header");
    label(`${positionCol}${row + 1}`, text("reviewPosition", lang), "header");
    const picked = picks.dmu[key];
    picked.rows.forEach((pick, r) => {
      const at = row + 2 + r;
      const p = pickRef(pick);
      formula(
        `${nameCol}${at}`,
        person === null ? '""' : textAt(p, columnRef("DecisionGroup", person), p),
        GENERAL_FORMAT
      );
      formula(
        `${positionCol}${at}`,
        position === null ? '""' : textAt(p, columnRef("DecisionGroup", position), p),
        GENERAL_FORMAT
      );
    });
    const count = pickRef(picked.count);
    formula(
      `${nameCol}${row + 2 + DMU_NAMES}`,
      `IF(${count}>${DMU_NAMES},${literal(text("reviewMore", lang))}&(${count}-${DMU_NAMES}),"")`,
      GENERAL_FORMAT,
      "plain"
    );
  });
  row += 2 + DMU_NAMES;

  const sheet: SheetLayout = {
    name: SHEET.summary,
    visibility: "visible",
    protection: LOCKED_SHEET,
    freeze: { rows: 0, columns: 0 },
    columnWidths: ["A", "B", "C", "D", "E", "F", "G", "H"].map((column) => ({
      column,
      width: column === "A" || column === "D" || column === "G" ? 30 : 16,
    })),
    cells,
    tables: [],
    validations: [],
    merges: [],
    rowHeights: heights,
  };
  return { ...sheet, print: printSetup(sheet, 1) };

  /** A titled list: a header row of the table's column labels, then one row per pick. Returns the next free row. */
  function list(
    top: number,
    title: Bilingual,
    picks: readonly string[],
    table: TableKey,
    columns: readonly ListColumn[],
    rowOf: (pick: string) => string
  ): number {
    label(`A${top}`, title[lang], "section");
    for (const c of columns) {
      const header = c.key ? columnHeader(ctx, table, c.key) : null;
      label(`${c.col}${top + 1}`, c.header?.[lang] ?? header ?? "", "header");
    }
    picks.forEach((pick, i) => {
      const at = top + 2 + i;
      const p = pickRef(pick);
      for (const c of columns) {
        const header = c.key ? columnHeader(ctx, table, c.key) : null;
        const body = c.value
          ? `IF(${p}="","",${c.value(p)})`
          : header === null
            ? '""'
            : c.number
              ? `IF(${p}="","",IF(ISNUMBER(INDEX(${columnRef(table, header)},${rowOf(p)})),INDEX(${columnRef(table, header)},${rowOf(p)}),""))`
              : textAt(p, columnRef(table, header), rowOf(p));
        formula(
          `${c.col}${at}`,
          body,
          c.format ?? GENERAL_FORMAT,
          c.long ? "longComputed" : "computed"
        );
      }
      heights.push({ row: at, height: LIST_ROW_HEIGHT });
    });
    return top + 2 + picks.length + 1;
  }
}

/** A column of a list on the Summary sheet. */
interface ListColumn {
  readonly col: string;
  /** The table column shown (its header heads the list's column). */
  readonly key?: FieldKey;
  /** A header of the layout's own, for a column that is not a table column. */
  readonly header?: Bilingual;
  /** A value computed from the pick instead of read from the table. */
  readonly value?: (pick: string) => string;
  /** A number column (an amount): empty unless the cell holds a number. */
  readonly number?: boolean;
  readonly long?: boolean;
  readonly format?: string;
}

/** The text of body row `row` of `column` ("" while the pick is empty; `&""` so an empty cell shows empty, not 0). */
function textAt(pick: string, column: string, row: string): string {
  return `IF(${pick}="","",INDEX(${column},${row})&"")`;
}

function isForm(ctx: FormulaContext, section: string): boolean {
  return ctx.config.sections.some((s) => s.key === section && s.kind === "form");
}

function unitFormat(unit: FigureUnit, ctx: FormulaContext): string {
  switch (unit) {
    case "amount":
      return AMOUNT_FORMAT;
    case "percent":
      return PERCENT_FORMAT;
    case "count":
      return INTEGER_FORMAT;
    case "date":
      return dateFormat(ctx.lang);
    case "month":
      return "yyyy-mm";
    case "text":
      return GENERAL_FORMAT;
    default: {
      const never: never = unit;
      return never;
    }
  }
}
