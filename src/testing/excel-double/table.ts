import { parseAddress, type Rect } from "./address";
import { readValues, writeContent } from "./cells";
import { DoubleCollection } from "./collection";
import {
  DoubleClientObject,
  unknownProperty,
  type DoubleRequestContext,
  type Resolver,
} from "./context";
import { excelError } from "./errors";
import { rewriteFormulas, sheetById, type SheetModel, type TableModel } from "./model";
import { deleteColumnInFormula } from "./references";
import { shiftCells } from "./shift";
import { DoubleRange } from "./range";
import { sameName } from "./rules";
import {
  addTableRows,
  bodyRect,
  deleteTable,
  headerRect,
  normalizeHeaders,
  renameTable,
  resizeTable,
  setShowTotals,
  tableHeaders,
  totalsRect,
} from "./tables";
import { DoubleWorksheet } from "./worksheet";

const TABLE_SCALARS = [
  "name",
  "id",
  "showTotals",
  "style",
  "showBandedRows",
  "showHeaders",
] as const;

/**
 * `Excel.Table` (https://learn.microsoft.com/javascript/api/excel/excel.table):
 * name (unique among tables and names), ranges (whole, header, body, totals),
 * columns, rows, totals, style, `resize`, `delete`, `worksheet`.
 * `load('worksheet/name')` is supported.
 */
export class DoubleTable extends DoubleClientObject<TableModel> {
  readonly columns: DoubleTableColumnCollection;
  readonly rows: DoubleTableRowCollection;

  constructor(
    context: DoubleRequestContext,
    path: string,
    resolver: Resolver<TableModel>,
    nullable = false
  ) {
    super(context, path, resolver, nullable);
    this.columns = new DoubleTableColumnCollection(context, `${path}.columns`, () =>
      this.tryTarget()
    );
    this.rows = new DoubleTableRowCollection(context, `${path}.rows`, () => this.tryTarget());
  }

  private sheet(t: TableModel): SheetModel {
    return sheetById(this.context.host.model, t.sheetId);
  }

  protected scalarProperties(): readonly string[] {
    return TABLE_SCALARS;
  }
  protected readProperty(t: TableModel, name: string): unknown {
    switch (name) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "showTotals":
        return t.showTotals;
      case "style":
        return t.style;
      case "showBandedRows":
        return t.showBandedRows;
      case "showHeaders":
        return true;
      case "worksheet/name":
        return this.sheet(t).name;
      case "worksheet/id":
        return t.sheetId;
      default:
        throw unknownProperty(this.path, name);
    }
  }

  protected override receive(name: string, value: unknown): void {
    if (name.startsWith("worksheet/")) this.worksheet.deliver(name.slice(10), value);
    else super.receive(name, value);
  }

  private worksheetProxy: DoubleWorksheet | null = null;
  /** The sheet the table is on. */
  get worksheet(): DoubleWorksheet {
    if (!this.worksheetProxy)
      this.worksheetProxy = new DoubleWorksheet(this.context, `${this.path}.worksheet`, () =>
        this.sheet(this.resolveAtSync())
      );
    return this.worksheetProxy;
  }

  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.set("name", name, (t) => renameTable(this.context.host.model, t, name));
  }
  get showTotals(): boolean {
    return this.get("showTotals");
  }
  set showTotals(show: boolean) {
    this.set("showTotals", show, (t) =>
      setShowTotals(this.context.host.model, this.sheet(t), t, show)
    );
  }
  get style(): string {
    return this.get("style");
  }
  set style(style: string) {
    this.set("style", style, (t) => {
      t.style = style;
    });
  }
  get showBandedRows(): boolean {
    return this.get("showBandedRows");
  }
  set showBandedRows(show: boolean) {
    this.set("showBandedRows", show, (t) => {
      t.showBandedRows = show;
    });
  }

  private range(path: string, rect: (t: TableModel) => Rect | null): DoubleRange {
    return new DoubleRange(this.context, `${this.path}.${path}`, () => {
      const t = this.target();
      const r = rect(t);
      if (!r) throw excelError("ItemNotFound", `${this.path} has no ${path}`);
      return { sheet: this.sheet(t), rect: r };
    });
  }
  /** Header, body and totals. */
  getRange(): DoubleRange {
    return this.range("getRange()", (t) => t.rect);
  }
  getHeaderRowRange(): DoubleRange {
    return this.range("getHeaderRowRange()", headerRect);
  }
  getDataBodyRange(): DoubleRange {
    return this.range("getDataBodyRange()", bodyRect);
  }
  /** The totals row; ItemNotFound when totals are off. */
  getTotalRowRange(): DoubleRange {
    return this.range("getTotalRowRange()", totalsRect);
  }

  /** `resize(range)`: header row stays in place. */
  resize(newRange: string | DoubleRange): void {
    this.call("resize", [typeof newRange === "string" ? newRange : newRange.path], (t) => {
      const rect =
        typeof newRange === "string" ? parseAddress(newRange).rect : newRange.resolveAtSync().rect;
      resizeTable(this.context.host.model, this.sheet(t), t, rect);
    });
  }

  /** Delete the table and its cells' contents. */
  delete(): void {
    this.call("delete", [], (t) => deleteTable(this.context.host.model, this.sheet(t), t));
  }

  /** Turn the table back into a plain range (contents stay). */
  convertToRange(): DoubleRange {
    const path = `${this.path}.convertToRange()`;
    let rect: Rect | null = null;
    let sheet: SheetModel | null = null;
    this.call("convertToRange", [], (t) => {
      const tables = this.context.host.model.tables;
      rect = t.rect;
      sheet = this.sheet(t);
      tables.splice(tables.indexOf(t), 1);
    });
    return new DoubleRange(this.context, path, () => (rect && sheet ? { sheet, rect } : null));
  }
}

interface ColumnRef {
  readonly table: TableModel;
  readonly index: number;
}

/** `TableColumnCollection`: items (name, index, values), `getItem(name)`, `getItemAt(index)`, `getItemOrNullObject`. */
export class DoubleTableColumnCollection extends DoubleCollection<
  DoubleTableColumn,
  ColumnRef,
  TableModel
> {
  protected list(t: TableModel): ColumnRef[] {
    return Array.from({ length: t.rect.cols }, (_, index) => ({ table: t, index }));
  }
  protected itemProxy(ref: ColumnRef): DoubleTableColumn {
    return new DoubleTableColumn(this.context, `${this.path}[${ref.index}]`, () => ref);
  }
  private find(key: string | number): ColumnRef | null {
    const t = this.resolveAtSync();
    const headers = tableHeaders(sheetById(this.context.host.model, t.sheetId), t);
    const index = typeof key === "number" ? key : headers.findIndex((h) => sameName(h, key));
    return index >= 0 && index < headers.length ? { table: t, index } : null;
  }
  getItem(key: string | number): DoubleTableColumn {
    return new DoubleTableColumn(this.context, `${this.path}.getItem(${key})`, () => {
      const ref = this.find(key);
      if (!ref) throw excelError("ItemNotFound", `There is no column ${key}`);
      return ref;
    });
  }
  getItemAt(index: number): DoubleTableColumn {
    return this.getItem(index);
  }
  /**
   * `add(index, values, name)`: a column inserted at `index` (the end when null). Excel inserts cells in
   * the table's rows and shifts what is right of them there (shift.ts), so A1 references right of the
   * column move with their cells (https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)).
   */
  add(index?: number | null, values?: unknown[][], name?: string): DoubleTableColumn {
    let ref: ColumnRef | null = null;
    this.context.enqueue({
      payload: { c: this.path, m: "add", a: [index ?? null, values ?? null, name ?? null] },
      run: () => {
        const t = this.resolveAtSync();
        const model = this.context.host.model;
        const sheet = sheetById(model, t.sheetId);
        const at = index ?? t.rect.cols;
        if (at < 0 || at > t.rect.cols)
          throw excelError("InvalidArgument", `Column index ${at} is outside the table`);
        shiftCells(
          model,
          sheet,
          {
            sheet: sheet.name,
            axis: "col",
            at: t.rect.col + at,
            count: 1,
            band: { from: t.rect.row, to: t.rect.row + t.rect.rows - 1 },
          },
          t
        );
        t.rect = { ...t.rect, cols: t.rect.cols + 1 };
        t.headers?.splice(at, 0, `\u0000new`);
        const column: Rect = { row: t.rect.row, col: t.rect.col + at, rows: t.rect.rows, cols: 1 };
        if (values) writeContent(model, sheet, column, values, "values");
        if (name !== undefined)
          writeContent(model, sheet, { ...column, rows: 1 }, [[name]], "values");
        normalizeHeaders(sheet, t);
        ref = { table: t, index: at };
      },
    });
    return new DoubleTableColumn(this.context, `${this.path}.add()`, () => ref);
  }
  getItemOrNullObject(key: string | number): DoubleTableColumn {
    return new DoubleTableColumn(
      this.context,
      `${this.path}.getItemOrNullObject(${key})`,
      () => this.find(key),
      true
    );
  }
}

/** `TableColumn`: name (writes the header), index, values (header + body + totals). */
export class DoubleTableColumn extends DoubleClientObject<ColumnRef> {
  private sheet(ref: ColumnRef): SheetModel {
    return sheetById(this.context.host.model, ref.table.sheetId);
  }
  private rect(ref: ColumnRef): Rect {
    return { ...ref.table.rect, col: ref.table.rect.col + ref.index, cols: 1 };
  }
  protected scalarProperties(): readonly string[] {
    return ["name", "index", "values", "id"];
  }
  protected readProperty(ref: ColumnRef, name: string): unknown {
    if (name === "name") return tableHeaders(this.sheet(ref), ref.table)[ref.index];
    if (name === "index") return ref.index;
    if (name === "id") return String(ref.index + 1);
    if (name === "values") return readValues(this.sheet(ref), this.rect(ref));
    throw unknownProperty(this.path, name);
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.set("name", name, (ref) =>
      writeContent(
        this.context.host.model,
        this.sheet(ref),
        { ...headerRect(ref.table), col: ref.table.rect.col + ref.index, cols: 1 },
        [[name]],
        "values"
      )
    );
  }
  get index(): number {
    return this.get("index");
  }
  get values(): (string | number | boolean)[][] {
    return this.get("values");
  }
  /**
   * `delete()`: the column's cells go and what is right of them in the table's rows moves left
   * (shift.ts); A1 references to its cells and structured references to it become `#REF!`
   * (https://learn.microsoft.com/javascript/api/excel/excel.tablecolumn#excel-excel-tablecolumn-delete-member(1)).
   */
  delete(): void {
    this.call("delete", [], (ref) => {
      const t = ref.table;
      const model = this.context.host.model;
      const sheet = this.sheet(ref);
      if (t.rect.cols === 1)
        throw excelError("InvalidOperation", "A table must keep at least one column");
      const name = tableHeaders(sheet, t)[ref.index] ?? "";
      shiftCells(
        model,
        sheet,
        {
          sheet: sheet.name,
          axis: "col",
          at: t.rect.col + ref.index,
          count: -1,
          band: { from: t.rect.row, to: t.rect.row + t.rect.rows - 1 },
        },
        t
      );
      t.rect = { ...t.rect, cols: t.rect.cols - 1 };
      t.headers?.splice(ref.index, 1);
      rewriteFormulas(model, (f) => deleteColumnInFormula(f, t.name, name));
    });
  }
  /** The column's body cells. */
  getDataBodyRange(): DoubleRange {
    return new DoubleRange(this.context, `${this.path}.getDataBodyRange()`, () => {
      const ref = this.resolveAtSync();
      return {
        sheet: this.sheet(ref),
        rect: { ...bodyRect(ref.table), col: ref.table.rect.col + ref.index, cols: 1 },
      };
    });
  }
  /** Header, body and totals of the column. */
  getRange(): DoubleRange {
    return new DoubleRange(this.context, `${this.path}.getRange()`, () => {
      const ref = this.resolveAtSync();
      return { sheet: this.sheet(ref), rect: this.rect(ref) };
    });
  }
}

interface RowRef {
  readonly table: TableModel;
  readonly index: number;
}

/** `TableRowCollection`: `count`, `items` (index, values), `add(index, values)` at the end, `getItemAt`. */
export class DoubleTableRowCollection extends DoubleCollection<DoubleTableRow, RowRef, TableModel> {
  protected list(t: TableModel): RowRef[] {
    return Array.from({ length: bodyRect(t).rows }, (_, index) => ({ table: t, index }));
  }
  protected itemProxy(ref: RowRef): DoubleTableRow {
    return new DoubleTableRow(this.context, `${this.path}[${ref.index}]`, () => ref);
  }
  protected override scalarProperties(): readonly string[] {
    return ["count"];
  }
  protected override readProperty(t?: TableModel, name?: string): unknown {
    if (t && name === "count") return bodyRect(t).rows;
    return undefined;
  }
  get count(): number {
    return this.get("count");
  }
  override load(option?: unknown): this {
    if (
      option === "count" ||
      (Array.isArray(option) && option.length === 1 && option[0] === "count")
    ) {
      this.context.enqueue({
        payload: { l: this.path, p: ["count"] },
        run: () => {
          const n = bodyRect(this.resolveAtSync()).rows;
          return () => this.deliver("count", n);
        },
      });
      return this;
    }
    return super.load(option);
  }
  getItemAt(index: number): DoubleTableRow {
    return new DoubleTableRow(this.context, `${this.path}.getItemAt(${index})`, () => {
      const t = this.resolveAtSync();
      if (index < 0 || index >= bodyRect(t).rows)
        throw excelError("ItemNotFound", `The table has no row ${index}`);
      return { table: t, index };
    });
  }
  /**
   * Add rows at the end (`index` null/undefined or equal to the row count);
   * `values` is a 2-D array as wide as the table. Inserting in the middle is
   * not modelled (NotImplemented).
   */
  add(index?: number | null, values?: unknown[][]): DoubleTableRow {
    let first: RowRef | null = null;
    this.context.enqueue({
      payload: { c: this.path, m: "add", a: [index ?? null, values ?? null] },
      run: () => {
        const t = this.resolveAtSync();
        const model = this.context.host.model;
        const sheet = sheetById(model, t.sheetId);
        const before = bodyRect(t).rows;
        if (index !== undefined && index !== null && index !== before)
          throw excelError("NotImplemented", "The double adds table rows at the end only");
        const count = values?.length ?? 1;
        const added = addTableRows(model, sheet, t, count);
        if (values) writeContent(model, sheet, added, values, "values");
        first = { table: t, index: before };
      },
    });
    return new DoubleTableRow(this.context, `${this.path}.add()`, () => first);
  }
}

/** `TableRow`: index, values (get/set), range. */
export class DoubleTableRow extends DoubleClientObject<RowRef> {
  private place(ref: RowRef): { sheet: SheetModel; rect: Rect } {
    const body = bodyRect(ref.table);
    return {
      sheet: sheetById(this.context.host.model, ref.table.sheetId),
      rect: { ...body, row: body.row + ref.index, rows: 1 },
    };
  }
  protected scalarProperties(): readonly string[] {
    return ["index", "values"];
  }
  protected readProperty(ref: RowRef, name: string): unknown {
    if (name === "index") return ref.index;
    if (name === "values") {
      const p = this.place(ref);
      return readValues(p.sheet, p.rect);
    }
    throw unknownProperty(this.path, name);
  }
  get index(): number {
    return this.get("index");
  }
  get values(): (string | number | boolean)[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.set("values", v, (ref) => {
      const p = this.place(ref);
      writeContent(this.context.host.model, p.sheet, p.rect, v, "values");
    });
  }
  getRange(): DoubleRange {
    return new DoubleRange(this.context, `${this.path}.getRange()`, () =>
      this.place(this.resolveAtSync())
    );
  }
}
