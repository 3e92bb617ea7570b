import type { CellLayout, SheetLayout, WorkbookLayout } from "../layout/types";
import {
  bandBytes,
  callStep,
  dataStep,
  estimateBytes,
  queueAll,
  REQUEST_BUDGET_BYTES,
  type WriteStep,
} from "./chunks";
import { cellInput, formulaInput } from "./cell-input";
import { chartSteps } from "./render-chart";
import { conditionalFormatSteps } from "./render-conditional";
import { lookSteps } from "./render-look";
import { printSteps } from "./render-print";
import { rowVisibilitySteps } from "./render-rows";
import { queueValidation } from "./render-rules";
import { tableContentSteps, tableFormulaSteps } from "./render-table";
import { columnRuns, type Run } from "./runs";

/**
 * The Office.js writer: the ordered steps (queue only, never sync) that
 * render a WorkbookLayout into the open workbook — the same description the
 * .xlsx writer renders. Order matters and follows Excel's needs: sheets, then
 * number formats before values (so `@` cells keep text), tables before any
 * formula that names them, defined names before formulas that use them,
 * validations, then formats, panes, row heights and print set-up, hidden rows, conditional formats, charts and
 * visibility, and protection last
 * (a protected sheet refuses further writes). Large table writes are split in
 * row bands (`budget / 4` each) so that `syncInChunks` can keep every request
 * under `budget`.
 */
export function layoutSteps(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  budget = REQUEST_BUDGET_BYTES,
  inPlace: InPlaceRender | null = null
): WriteStep[] {
  const band = bandBytes(budget);
  const wb = context.workbook;
  const added = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => (): Excel.Worksheet =>
    added.get(name) ?? wb.worksheets.getItem(name);
  const exists = (name: string): boolean => inPlace?.sheets.has(name) === true;
  const steps: WriteStep[] = [
    callStep(() => {
      for (const s of layout.sheets)
        if (!exists(s.name)) added.set(s.name, wb.worksheets.add(s.name));
    }, layout.sheets.length),
  ];
  for (const s of layout.sheets)
    steps.push(...contentSteps(sheetOf(s.name), s, band, inPlace?.tables ?? new Set()));
  for (const n of inPlace ? [] : layout.names)
    steps.push(
      dataStep(
        n,
        (x) => wb.names.add(x.name, wb.worksheets.getItem(x.sheet).getRange(x.address)),
        2
      )
    );
  if (inPlace) steps.push(...inPlace.names);
  for (const s of layout.sheets) steps.push(...formulaSteps(sheetOf(s.name), s, band));
  for (const s of layout.sheets) steps.push(...lookSteps(sheetOf(s.name), s));
  for (const s of layout.sheets) steps.push(...printSteps(sheetOf(s.name), s));
  for (const s of layout.sheets)
    steps.push(...rowVisibilitySteps(sheetOf(s.name), s, inPlace?.hiddenBefore ?? null));
  for (const s of layout.sheets)
    steps.push(...conditionalFormatSteps(sheetOf(s.name), s.conditionalFormats ?? []));
  for (const s of layout.sheets)
    if (!inPlace?.keptCharts.has(s.name))
      steps.push(...chartSteps(sheetOf(s.name), s.charts ?? [], (name) => sheetOf(name)()));
  steps.push(
    callStep(() => {
      const sheets = layout.sheets.map((s) => ({ layout: s, sheet: sheetOf(s.name)() }));
      sheets.forEach(({ sheet }, position) => {
        sheet.position = position;
      });
      sheets.find((s) => s.layout.visibility === "visible")?.sheet.activate();
      for (const { layout: s, sheet } of sheets) {
        if (s.visibility !== "visible")
          sheet.visibility = s.visibility === "hidden" ? "Hidden" : "VeryHidden";
        if (s.protection) {
          const { password, ...options } = s.protection;
          sheet.protection.protect({ ...options, allowFormatCells: false }, password);
        }
      }
    }, 3 * layout.sheets.length)
  );
  return steps;
}

/** What an in-place rebuild tells the writer: sheets and tables that exist already, the steps for the names, sheets whose charts stay. */
export interface InPlaceRender {
  readonly sheets: ReadonlySet<string>;
  readonly tables: ReadonlySet<string>;
  readonly names: readonly WriteStep[];
  readonly keptCharts: ReadonlySet<string>;
  /** Sections the workbook had hidden (its applied schema): only their rows are shown again. */
  readonly hiddenBefore?: ReadonlySet<string>;
}

/** Queue the whole layout as one batch (no syncs): `layoutSteps` without chunking. */
export function queueLayout(context: Excel.RequestContext, layout: WorkbookLayout): void {
  queueAll(layoutSteps(context, layout));
}

/** Vertical runs of static cells, each under `band` estimated bytes. */
function valueRuns(cells: readonly CellLayout[], band: number): Run<CellLayout>[] {
  const sizeOf = (c: CellLayout): number =>
    estimateBytes(c.content.kind === "value" ? c.content.value : c.content.formula, 0) +
    c.numberFormat.length +
    8;
  return columnRuns(
    cells,
    (c) => c.address,
    () => "",
    { sizeOf, limit: band }
  );
}

/** Static values, number formats and tables (values only: formulas come once names exist). */
function contentSteps(
  sheetOf: () => Excel.Worksheet,
  s: SheetLayout,
  band: number,
  existingTables: ReadonlySet<string>
): WriteStep[] {
  const steps = valueRuns(s.cells, band).map((run) =>
    dataStep(
      {
        formats: run.items.map((c) => [c.numberFormat]),
        values: run.items.map((c) => [
          c.content.kind === "value" ? cellInput(c.content.value, c.numberFormat) : null,
        ]),
      },
      (d) => {
        sheetOf().getRange(run.address).numberFormat = d.formats;
        sheetOf().getRange(run.address).values = d.values as unknown[][];
      },
      2
    )
  );
  for (const t of s.tables)
    steps.push(...tableContentSteps(sheetOf, t, band, existingTables.has(t.name)));
  if (s.merges.length > 0) {
    steps.push(
      callStep(() => {
        for (const m of s.merges) sheetOf().getRange(m).merge();
      }, s.merges.length)
    );
  }
  return steps;
}

/** Formulas of static cells and calculated columns, then data validations. */
function formulaSteps(sheetOf: () => Excel.Worksheet, s: SheetLayout, band: number): WriteStep[] {
  const formulaCells = s.cells.filter((c) => c.content.kind === "formula");
  const steps = valueRuns(formulaCells, band).map((run) =>
    dataStep(
      run.items.map((c) => [c.content.kind === "formula" ? formulaInput(c.content.formula) : null]),
      (formulas) => {
        sheetOf().getRange(run.address).formulas = formulas as unknown[][];
      }
    )
  );
  for (const t of s.tables) steps.push(...tableFormulaSteps(sheetOf, t, band));
  for (const v of s.validations) steps.push(dataStep(v, (x) => queueValidation(sheetOf(), x), 4));
  return steps;
}
