import { columnLetter } from "../domain/read/a1";
import type { KamConfig, PlanSheet, SectionDef } from "../domain/config/types";
import type { CellValue, Lang } from "../domain/values";
import type { ComputedFormula } from "./computed";
import { fieldFormat, unitFormat } from "./formats";
import { PLAN_SHEET, SPARE_ROWS } from "./sheets";
import { visibleFields } from "./table-columns";
import type {
  CellLayout,
  DefinedNameLayout,
  RowSpan,
  SheetLayout,
  TableColumnLayout,
  TableLayout,
  ValidationLayout,
  WorkbookValues,
} from "./types";
import { fieldValidation, type ListSources } from "./validation";

/** The width (characters) of the form's value column when the form holds long text. */
const LONG_TEXT_WIDTH = 50;

/** Everything a plan sheet (`ActionPlan`, `Dossier`) is built from. */
export interface PlanSheetInput {
  readonly sheet: PlanSheet;
  readonly title: string;
  readonly config: KamConfig;
  readonly lang: Lang;
  readonly values: WorkbookValues;
  readonly lists: ListSources;
  /** Columns of every table section (headers final). */
  readonly tableColumns: ReadonlyMap<string, readonly TableColumnLayout[]>;
  /** The workbook's table order to keep (BuildLayoutOptions.tableOrder); tables it lacks come after. */
  readonly tableOrder?: readonly string[] | undefined;
  /** The formula of a computed form field, or null when there is none. */
  readonly computed: (key: string) => ComputedFormula | null;
  /** Static cells placed after the forms and before the tables (the sales summary), given their first row; returns the rows used. */
  readonly between?: (row: number) => {
    readonly cells: readonly CellLayout[];
    readonly rows: number;
  };
}

/**
 * A plan sheet: the title, each form section as a block of rows
 * (label | value | help; a defined name per field = its key at the value
 * cell; required labels end with ` *`), optional static cells, then each table
 * section under its title. Tables are stacked from the widest down (stable by
 * order), so inserting a table row never has to split a wider table below it
 * (Excel refuses that), unless `tableOrder` keeps a restructured workbook's own order (spec §8:
 * references first; rows are then added as whole sheet rows, as the rebuild and *Add rows* do).
 * Every table gets SPARE_ROWS empty rows to type into.
 */
export function planSheet(input: PlanSheetInput): {
  readonly sheet: SheetLayout;
  readonly names: readonly DefinedNameLayout[];
} {
  const { config, lang } = input;
  const cells: CellLayout[] = [];
  const names: DefinedNameLayout[] = [];
  const validations: ValidationLayout[] = [];
  const tables: TableLayout[] = [];
  const hiddenRows: RowSpan[] = [];
  const sectionRows: Record<string, RowSpan> = {};
  cells.push({
    address: "A1",
    content: { kind: "value", value: input.title },
    numberFormat: "@",
    locked: true,
    style: "title",
  });
  const sections = config.sections.filter((s) => s.sheet === input.sheet);
  let row = 3;
  for (const section of sections.filter((s) => s.kind === "form")) {
    const next = formBlock(input, section, row, cells, names, validations) + 1;
    // A hidden section (spec §11) keeps its cells and values, on rows that do not show.
    if (section.hidden) hiddenRows.push({ first: row, last: next - 1 });
    sectionRows[section.key] = { first: row, last: next - 1 };
    row = next;
  }
  if (input.between) {
    const block = input.between(row);
    cells.push(...block.cells);
    row += block.rows + 1;
  }
  let widest = 3;
  const order = input.tableOrder ?? [];
  const rank = (key: string): number => {
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  const tableSections = sections
    .filter((s) => s.kind === "table" && input.tableColumns.has(s.key))
    .map((s, i) => ({ s, i, columns: input.tableColumns.get(s.key) ?? [] }))
    .sort(
      (a, b) => rank(a.s.key) - rank(b.s.key) || b.columns.length - a.columns.length || a.i - b.i
    );
  for (const { s, columns } of tableSections) {
    cells.push(sectionTitle(`A${row}`, s.label[lang]));
    const top = row + 1;
    const body = bodyRows(columns, input.values.tables[s.key] ?? []);
    tables.push({
      name: s.key,
      topLeft: `A${top}`,
      columns,
      rows: body,
      style: "TableStyleMedium2",
      showRowStripes: true,
      totalsRow: false,
    });
    columns.forEach((column, i) => {
      const field = config.fields.find((f) => f.section === s.key && f.key === column.key);
      if (!field || column.formula !== null) return;
      const col = columnLetter(i);
      const v = fieldValidation(
        field,
        `${col}${top + 1}:${col}${top + body.length}`,
        lang,
        input.lists
      );
      if (v) validations.push(v);
    });
    widest = Math.max(widest, columns.length);
    const next = top + body.length + 3;
    if (s.hidden) hiddenRows.push({ first: row, last: next - 1 });
    sectionRows[s.key] = { first: row, last: next - 1 };
    row = next;
  }
  // Long text gets room to wrap into a few lines, not a column of words (spec §9, print): the
  // value column when the forms hold long text, and every column a table holds long text in.
  const longForm = sections.some(
    (s) =>
      s.kind === "form" && visibleFields(config, s.key).some((f) => f.type.kind === "long_text")
  );
  const longColumns = new Set(
    tables.flatMap((t) => t.columns.flatMap((c, i) => (c.style === "longInput" ? [i] : [])))
  );
  const columnWidths = Array.from({ length: widest }, (_, i) => ({
    column: columnLetter(i),
    width:
      i === 0
        ? 34
        : i === 1
          ? longForm
            ? LONG_TEXT_WIDTH
            : 24
          : longColumns.has(i)
            ? LONG_TEXT_WIDTH * 0.6
            : 16,
  }));
  const sheet: SheetLayout = {
    name: input.sheet,
    visibility: "visible",
    // Spec §8: unprotected by default, so typing below a table extends it (Excel cannot grow a table on a protected sheet).
    protection: config.settings.protectSheets ? PLAN_SHEET : null,
    freeze: { rows: 0, columns: 1 },
    columnWidths,
    cells,
    tables,
    validations,
    merges: [],
    hiddenRows: joinedSpans(hiddenRows),
    sectionRows,
  };
  return { sheet, names };
}

/** Spans in order with adjacent ones joined (two hidden sections in a row are one span). */
function joinedSpans(spans: readonly RowSpan[]): RowSpan[] {
  const joined: RowSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.first - b.first)) {
    const last = joined[joined.length - 1];
    if (last && span.first <= last.last + 1)
      joined[joined.length - 1] = { first: last.first, last: Math.max(last.last, span.last) };
    else joined.push(span);
  }
  return joined;
}

function sectionTitle(address: string, label: string): CellLayout {
  return {
    address,
    content: { kind: "value", value: label },
    numberFormat: "@",
    locked: true,
    style: "section",
  };
}

/** One form section: returns the next free row. */
function formBlock(
  input: PlanSheetInput,
  section: SectionDef,
  start: number,
  cells: CellLayout[],
  names: DefinedNameLayout[],
  validations: ValidationLayout[]
): number {
  const { lang } = input;
  cells.push(sectionTitle(`A${start}`, section.label[lang]));
  let row = start + 1;
  for (const field of visibleFields(input.config, section.key)) {
    const label = field.required ? `${field.label[lang]} *` : field.label[lang];
    cells.push({
      address: `A${row}`,
      content: { kind: "value", value: label },
      numberFormat: "@",
      locked: true,
      style: "label",
    });
    if (field.type.kind === "computed") {
      const computed = input.computed(field.key);
      cells.push({
        address: `B${row}`,
        content: computed
          ? { kind: "formula", formula: computed.formula }
          : { kind: "value", value: null },
        numberFormat: computed ? unitFormat(computed.unit, lang) : "General",
        locked: true,
        style: "computed",
      });
    } else {
      const value = input.values.form[field.key] ?? null;
      cells.push({
        address: `B${row}`,
        content: { kind: "value", value },
        numberFormat: fieldFormat(field.type, lang),
        locked: false,
        style: field.type.kind === "long_text" ? "longInput" : "input",
      });
      const v = fieldValidation(field, `B${row}`, lang, input.lists);
      if (v) validations.push(v);
    }
    const help = field.help[lang];
    if (help)
      cells.push({
        address: `C${row}`,
        content: { kind: "value", value: help },
        numberFormat: "@",
        locked: true,
        style: "help",
      });
    names.push({ name: field.key, sheet: input.sheet, address: `B${row}` });
    row += 1;
  }
  return row;
}

/** Body rows of a table: the values by column key (calculated columns null), then SPARE_ROWS empty rows. */
function bodyRows(
  columns: readonly TableColumnLayout[],
  rows: readonly Readonly<Record<string, CellValue>>[]
): readonly (readonly CellValue[])[] {
  const filled = rows.map((r) =>
    columns.map((c) => (c.formula !== null || c.locked ? null : (r[c.key] ?? null)))
  );
  const empty = Array.from({ length: SPARE_ROWS }, () => columns.map(() => null));
  return [...filled, ...empty];
}
