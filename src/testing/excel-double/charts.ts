import { rectA1 } from "./address";
import { DoubleCollection } from "./collection";
import {
  DoubleClientObject,
  unknownProperty,
  type DoubleRequestContext,
  type Resolver,
} from "./context";
import { excelError } from "./errors";
import { assertSheetEditable, type ChartModel, type SheetModel } from "./model";
import { localRect, type DoubleRange } from "./range";

/** Chart types the double accepts (a subset of `Excel.ChartType`); others fail with InvalidArgument. */
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "LineStacked",
  "LineStacked100",
  "Area",
  "AreaStacked",
  "Pie",
  "Doughnut",
  "XYScatter",
]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

/** Excel's default column width (8.43 characters = 64 px) and row height (20 px), in points. */
const DEFAULT_WIDTH = 48;
const DEFAULT_HEIGHT = 15;
/** A new chart's size in Excel: 5 × 3 inches. */
const NEW_CHART = { width: 360, height: 216 };

function columnLeft(sheet: SheetModel, col: number): number {
  let left = 0;
  for (let c = 0; c < col; c += 1) left += sheet.columnWidths.get(c) ?? DEFAULT_WIDTH;
  return left;
}

/** What a chart proxy resolves to: the chart and the sheet it floats on. */
export interface ChartTarget {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

/**
 * `Worksheet.charts` (https://learn.microsoft.com/javascript/api/excel/excel.chartcollection):
 * `add(type, sourceData, seriesBy)` — an unknown type or series orientation
 * is InvalidArgument, a protected sheet (without `allowEditObjects`) refuses
 * it with AccessDenied — `getItem(name)` (the first of that name, as Excel),
 * `getItemOrNullObject`, `items`.
 */
export class DoubleChartCollection extends DoubleCollection<DoubleChart, ChartTarget, SheetModel> {
  protected list(sheet: SheetModel): ChartTarget[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }
  protected itemProxy(target: ChartTarget): DoubleChart {
    return new DoubleChart(this.context, `chart(${target.chart.name})`, () => target);
  }
  private find(name: string): ChartTarget | null {
    const sheet = this.resolveAtSync();
    const chart = sheet.charts.find((c) => c.name === name);
    return chart ? { sheet, chart } : null;
  }
  getItem(name: string): DoubleChart {
    return new DoubleChart(this.context, `${this.path}.getItem(${name})`, () => {
      const found = this.find(name);
      if (!found) throw excelError("ItemNotFound", `There is no chart called ${name}`);
      return found;
    });
  }
  getItemOrNullObject(name: string): DoubleChart {
    return new DoubleChart(
      this.context,
      `${this.path}.getItemOrNullObject(${name})`,
      () => this.find(name),
      true
    );
  }
  add(type: string, sourceData: DoubleRange, seriesBy: string = "Auto"): DoubleChart {
    let created: ChartTarget | null = null;
    this.context.enqueue({
      payload: { c: this.path, m: "add", a: [type, sourceData.path, seriesBy] },
      run: () => {
        const sheet = this.resolveAtSync();
        if (!CHART_TYPES.has(type))
          throw excelError("InvalidArgument", `Unknown chart type ${type}`);
        if (!SERIES_BY.has(seriesBy))
          throw excelError("InvalidArgument", `Unknown seriesBy ${seriesBy}`);
        assertSheetEditable(sheet, "allowEditObjects");
        const source = sourceData.resolveAtSync();
        const model = this.context.host.model;
        const chart: ChartModel = {
          id: `{chart-${model.nextId++}}`,
          name: `Chart ${sheet.charts.length + 1}`,
          chartType: type,
          source: { sheetId: source.sheet.id, rect: source.rect },
          seriesBy: seriesBy as ChartModel["seriesBy"],
          title: "",
          top: 0,
          left: 0,
          ...NEW_CHART,
        };
        sheet.charts.push(chart);
        created = { sheet, chart };
      },
    });
    return new DoubleChart(this.context, `${this.path}.add(${type})`, () => created);
  }
}

const CHART_SCALARS = ["name", "chartType", "top", "left", "width", "height", "id"] as const;

/** `Excel.Chart`: name, type, position (top/left/width/height, `setPosition`), title, delete. */
export class DoubleChart extends DoubleClientObject<ChartTarget> {
  readonly title: DoubleChartTitle;

  constructor(
    context: DoubleRequestContext,
    path: string,
    resolver: Resolver<ChartTarget>,
    nullable = false
  ) {
    super(context, path, resolver, nullable);
    this.title = new DoubleChartTitle(context, `${path}.title`, () => this.tryTarget());
  }
  protected scalarProperties(): readonly string[] {
    return CHART_SCALARS;
  }
  protected readProperty(t: ChartTarget, name: string): unknown {
    if ((CHART_SCALARS as readonly string[]).includes(name))
      return t.chart[name as (typeof CHART_SCALARS)[number]];
    throw unknownProperty(this.path, name);
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.set("name", name, (t) => {
      if (name.trim() === "") throw excelError("InvalidArgument", "A chart name cannot be empty");
      t.chart.name = name;
    });
  }
  get chartType(): string {
    return this.get("chartType");
  }
  get top(): number {
    return this.get("top");
  }
  set top(v: number) {
    this.set("top", v, (t) => {
      t.chart.top = v;
    });
  }
  get left(): number {
    return this.get("left");
  }
  set left(v: number) {
    this.set("left", v, (t) => {
      t.chart.left = v;
    });
  }
  get width(): number {
    return this.get("width");
  }
  get height(): number {
    return this.get("height");
  }
  /** Move (and, with `endCell`, size) the chart to cover the cells from `startCell` to `endCell`. */
  setPosition(startCell: string | DoubleRange, endCell?: string | DoubleRange): void {
    const text = (c: string | DoubleRange | undefined): string | null =>
      c === undefined ? null : typeof c === "string" ? c : c.path;
    this.call("setPosition", [text(startCell), text(endCell)], (t) => {
      const rect = (c: string | DoubleRange) =>
        typeof c === "string" ? localRect(t.sheet, c) : c.resolveAtSync().rect;
      const from = rect(startCell);
      t.chart.left = columnLeft(t.sheet, from.col);
      t.chart.top = from.row * DEFAULT_HEIGHT;
      if (endCell === undefined) return;
      const to = rect(endCell);
      if (to.row + to.rows <= from.row || to.col + to.cols <= from.col)
        throw excelError("InvalidArgument", "The end cell lies before the start cell");
      t.chart.width = columnLeft(t.sheet, to.col + to.cols) - t.chart.left;
      t.chart.height = (to.row + to.rows) * DEFAULT_HEIGHT - t.chart.top;
    });
  }
  delete(): void {
    this.call("delete", [], (t) => {
      t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1);
    });
  }
}

/** `Chart.title`: text and visibility. */
export class DoubleChartTitle extends DoubleClientObject<ChartTarget> {
  protected scalarProperties(): readonly string[] {
    return ["text"];
  }
  protected readProperty(t: ChartTarget, name: string): unknown {
    if (name === "text") return t.chart.title;
    throw unknownProperty(this.path, name);
  }
  get text(): string {
    return this.get("text");
  }
  set text(v: string) {
    this.set("text", v, (t) => {
      t.chart.title = v;
    });
  }
}

/**
 * The charts of a workbook model as comparable text (one line per chart:
 * sheet, name, type, source, orientation, title, position); dumps and the
 * writer parity ignore charts (the .xlsx writer cannot draw them), so tests
 * compare charts with this.
 */
export function chartLines(model: { readonly sheets: readonly SheetModel[] }): string[] {
  // A series whose sheet was deleted reads `#REF!A1:B3`, as Excel shows it.
  const nameOf = (id: string): string => {
    const sheet = model.sheets.find((s) => s.id === id);
    return sheet ? `${sheet.name}!` : "#REF!";
  };
  return model.sheets.flatMap((s) =>
    s.charts.map(
      (c) =>
        `${s.name}: ${c.name} ${c.chartType} ${nameOf(c.source.sheetId)}${rectA1(c.source.rect)} by ${c.seriesBy} "${c.title}" at ${c.left},${c.top} ${c.width}×${c.height}`
    )
  );
}
