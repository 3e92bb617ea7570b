import { fullAddress, parseAddress, rectA1, type Rect } from "./address";
import {
  clearRange,
  readFormulas,
  readLocked,
  readNumberFormats,
  readValues,
  writeContent,
  writeLocked,
  writeLook,
  writeNumberFormat,
} from "./cells";
import {
  DoubleClientObject,
  unknownProperty,
  type DoubleRequestContext,
  type Resolver,
} from "./context";
import { DoubleConditionalFormatCollection } from "./conditional-formats";
import { excelError } from "./errors";
import { assertSheetEditable, readCell, type CellLook, type SheetModel } from "./model";
import { DoubleDataValidation } from "./validation";
import { copyCells, resolveSourceAddress, structuralShift } from "./copy";
import { shiftCells } from "./shift";

/** What a range proxy resolves to: its sheet and rectangle. */
export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "values",
  "formulas",
  "numberFormat",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "cellCount",
  "rowHidden",
] as const;

/**
 * `Excel.Range` (https://learn.microsoft.com/javascript/api/excel/excel.range):
 * values, formulas, number formats, format (font, fill, protection, column
 * width), hidden rows, data validation, conditional formats (data bars), navigation (`getCell`, `getResizedRange`,
 * `getOffsetRange`), `select`, `clear`, `merge`.
 */
export class DoubleRange extends DoubleClientObject<RangeTarget> {
  /** `Range.format`. */
  readonly format: DoubleRangeFormat;
  /** `Range.dataValidation`. */
  readonly dataValidation: DoubleDataValidation;
  /** `Range.conditionalFormats`. */
  readonly conditionalFormats: DoubleConditionalFormatCollection;

  constructor(
    context: DoubleRequestContext,
    path: string,
    resolver: Resolver<RangeTarget>,
    nullable = false
  ) {
    super(context, path, resolver, nullable);
    this.format = new DoubleRangeFormat(context, `${path}.format`, () => this.tryTarget());
    this.dataValidation = new DoubleDataValidation(context, `${path}.dataValidation`, () =>
      this.tryTarget()
    );
    this.conditionalFormats = new DoubleConditionalFormatCollection(
      context,
      `${path}.conditionalFormats`,
      () => this.tryTarget()
    );
  }

  protected scalarProperties(): readonly string[] {
    return RANGE_SCALARS;
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    switch (name) {
      case "address":
      case "addressLocal":
        return fullAddress(t.sheet.name, t.rect);
      case "values":
      case "formulas":
      case "numberFormat":
        // Too large a get answers null (see ExcelDouble.readCellLimit).
        if (t.rect.rows * t.rect.cols > this.context.host.readCellLimit) return null;
        return name === "values"
          ? readValues(t.sheet, t.rect)
          : name === "formulas"
            ? readFormulas(t.sheet, t.rect)
            : readNumberFormats(t.sheet, t.rect);
      case "rowCount":
        return t.rect.rows;
      case "columnCount":
        return t.rect.cols;
      case "rowIndex":
        return t.rect.row;
      case "columnIndex":
        return t.rect.col;
      case "cellCount":
        return t.rect.rows * t.rect.cols;
      case "rowHidden": {
        let hidden = 0;
        for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r += 1)
          if (t.sheet.hiddenRows?.has(r) === true) hidden += 1;
        return hidden === 0 ? false : hidden === t.rect.rows ? true : null;
      }
      default:
        throw unknownProperty(this.path, name);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  /**
   * `Range.rowHidden` (ExcelApi 1.2,
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member):
   * true when every row of the range is hidden, false when none is, null when some are.
   * Setting it hides or shows the range's whole rows; the values stay. On a protected sheet
   * it needs `allowFormatRows` (hiding a row is a row format).
   */
  get rowHidden(): boolean {
    return this.get("rowHidden");
  }
  set rowHidden(hidden: boolean) {
    this.set("rowHidden", hidden, (t) => {
      assertSheetEditable(t.sheet, "allowFormatRows");
      t.sheet.hiddenRows ??= new Set();
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r += 1)
        if (hidden) t.sheet.hiddenRows.add(r);
        else t.sheet.hiddenRows.delete(r);
    });
  }
  get values(): (string | number | boolean)[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.set("values", v, (t) =>
      writeContent(this.context.host.model, t.sheet, t.rect, v, "values")
    );
  }
  get formulas(): (string | number | boolean)[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.set("formulas", v, (t) =>
      writeContent(this.context.host.model, t.sheet, t.rect, v, "formulas")
    );
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.set("numberFormat", v, (t) => writeNumberFormat(t.sheet, t.rect, v));
  }

  private derived(path: string, compute: (t: RangeTarget) => Rect): DoubleRange {
    return new DoubleRange(this.context, `${this.path}.${path}`, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: compute(t) };
    });
  }

  /** The cell at (row, column) relative to this range's top-left; may lie outside it, as in Excel. */
  getCell(row: number, column: number): DoubleRange {
    return this.derived(`getCell(${row},${column})`, (t) => ({
      row: t.rect.row + row,
      col: t.rect.col + column,
      rows: 1,
      cols: 1,
    }));
  }

  /** The range grown or shrunk by rows/columns at the bottom-right; InvalidArgument below 1×1. */
  getResizedRange(deltaRows: number, deltaColumns: number): DoubleRange {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, (t) => {
      const rect = { ...t.rect, rows: t.rect.rows + deltaRows, cols: t.rect.cols + deltaColumns };
      if (rect.rows < 1 || rect.cols < 1)
        throw excelError(
          "InvalidArgument",
          "A resized range must keep at least one row and one column"
        );
      return rect;
    });
  }

  /** The range shifted by rows/columns. */
  getOffsetRange(rowOffset: number, columnOffset: number): DoubleRange {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, (t) => {
      const rect = { ...t.rect, row: t.rect.row + rowOffset, col: t.rect.col + columnOffset };
      if (rect.row < 0 || rect.col < 0)
        throw excelError("InvalidArgument", "The offset range lies outside the sheet");
      return rect;
    });
  }

  /** A sub-range by A1 address relative to this range (`getRange` on a range is not in the API: use getCell/getResizedRange). */
  getRow(row: number): DoubleRange {
    return this.derived(`getRow(${row})`, (t) => ({
      row: t.rect.row + row,
      col: t.rect.col,
      rows: 1,
      cols: t.rect.cols,
    }));
  }

  /** One column of the range. */
  getColumn(column: number): DoubleRange {
    return this.derived(`getColumn(${column})`, (t) => ({
      row: t.rect.row,
      col: t.rect.col + column,
      rows: t.rect.rows,
      cols: 1,
    }));
  }

  /**
   * `Range.select()`: selects the range of the active sheet. On a sheet that is not active Excel does
   * not select it reliably (https://github.com/OfficeDev/office-js/issues/5118: it works only once the
   * sheet is active): the double refuses with InvalidOperation, so callers activate the sheet first.
   */
  select(): void {
    this.call("select", [], (t) => {
      const model = this.context.host.model;
      if (model.activeSheetId !== t.sheet.id || model.chartSheetActive === true)
        throw excelError(
          "InvalidOperation",
          `Range.select on ${t.sheet.name}, which is not the active sheet: activate it first`,
          "Range.select"
        );
      model.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }

  /** `Range.clear(applyTo)`. */
  clear(
    applyTo:
      | Excel.ClearApplyTo
      | "All"
      | "Formats"
      | "Contents"
      | "Hyperlinks"
      | "RemoveHyperlinks"
      | "ResetContents" = "All"
  ): void {
    this.call("clear", [applyTo], (t) =>
      clearRange(this.context.host.model, t.sheet, t.rect, applyTo)
    );
  }

  /**
   * `Range.insert(shift)`: empty cells the size of the range are inserted and the cells there move down
   * or right (whole rows / columns: the whole sheet); see shift.ts for what follows them. Returns the new range.
   */
  insert(shift: Excel.InsertShiftDirection | "Down" | "Right"): DoubleRange {
    this.call("insert", [shift], (t) =>
      shiftCells(this.context.host.model, t.sheet, structuralShift(t, shift, 1))
    );
    return new DoubleRange(this.context, `${this.path}.inserted`, () => this.target());
  }

  /** `Range.delete(shift)`: the cells go and the cells below or to the right move up or left (shift.ts). */
  delete(shift: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    this.call("delete", [shift], (t) =>
      shiftCells(this.context.host.model, t.sheet, structuralShift(t, shift, -1))
    );
  }

  /**
   * `Range.copyFrom(source, copyType, skipBlanks, transpose)` (ExcelApi 1.9,
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)):
   * the source's cells (values, formulas, number formats, protection, look, validation for `All`;
   * conditional formats lying inside the source) are copied to the destination's top-left, formulas
   * adjusted by the offset as a paste does (a1-shift.ts `offsetFormula`). `skipBlanks` and `transpose`
   * are not modelled (NotImplemented).
   */
  copyFrom(
    source: string | DoubleRange,
    copyType: Excel.RangeCopyType | "All" | "Formulas" | "Values" | "Formats" = "All",
    skipBlanks = false,
    transpose = false
  ): void {
    this.call("copyFrom", [typeof source === "string" ? source : source.path, copyType], (t) => {
      if (skipBlanks || transpose)
        throw excelError("NotImplemented", "copyFrom with skipBlanks or transpose");
      const from =
        typeof source === "string"
          ? resolveSourceAddress(this.context.host.model, t.sheet, source)
          : source.resolveAtSync();
      copyCells(this.context.host.model, from, t, copyType);
    });
  }

  /** `Range.merge()` (across rows not modelled). */
  merge(): void {
    this.call("merge", [], (t) => {
      assertSheetEditable(t.sheet);
      t.sheet.merges.push(t.rect);
    });
  }
}

/** Parse an address for `Worksheet.getRange` (no sheet prefix allowed other than the sheet's own). */
export function localRect(sheet: SheetModel, address: string): Rect {
  const parsed = parseAddress(address);
  if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
    throw excelError("InvalidArgument", `${address} is not on ${sheet.name}`);
  return parsed.rect;
}

/** `Range.format`: column width (points), wrap, alignment; `font`, `fill`, `protection`. */
export class DoubleRangeFormat extends DoubleClientObject<RangeTarget> {
  readonly font: DoubleRangeLook;
  readonly fill: DoubleRangeLook;
  readonly protection: DoubleFormatProtection;

  constructor(context: DoubleRequestContext, path: string, resolver: Resolver<RangeTarget>) {
    super(context, path, resolver);
    this.font = new DoubleRangeLook(context, `${path}.font`, resolver, "font");
    this.fill = new DoubleRangeLook(context, `${path}.fill`, resolver, "fill");
    this.protection = new DoubleFormatProtection(context, `${path}.protection`, resolver);
  }
  protected scalarProperties(): readonly string[] {
    return ["columnWidth", "rowHeight", "wrapText"];
  }
  protected readProperty(t: RangeTarget, name: string): unknown {
    if (name === "columnWidth") return t.sheet.columnWidths.get(t.rect.col) ?? 48;
    if (name === "rowHeight") return t.sheet.rowHeights?.get(t.rect.row) ?? 15;
    if (name === "wrapText") return readCell(t.sheet, t.rect.row, t.rect.col).look.wrap;
    throw unknownProperty(this.path, name);
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  /** Width in points of every column of the range. */
  set columnWidth(points: number) {
    this.set("columnWidth", points, (t) => {
      assertSheetEditable(t.sheet, "allowFormatColumns");
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c += 1)
        t.sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  /** Height in points of every row of the range. */
  set rowHeight(points: number) {
    this.set("rowHeight", points, (t) => {
      assertSheetEditable(t.sheet, "allowFormatRows");
      if (!(points >= 0 && points <= 409))
        throw excelError("InvalidArgument", `row height ${points} is outside 0…409`);
      t.sheet.rowHeights ??= new Map();
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r += 1)
        t.sheet.rowHeights.set(r, points);
    });
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.set("wrapText", wrap, (t) => writeLook(t.sheet, t.rect, { wrap }));
  }
  /** Alignment is accepted and not modelled. */
  set verticalAlignment(v: string) {
    this.set("verticalAlignment", v, (t) => assertSheetEditable(t.sheet, "allowFormatCells"));
  }
  /** `autofitColumns()`: accepted, not modelled (the double has no fonts to measure). */
  autofitColumns(): void {
    this.call("autofitColumns", [], () => undefined);
  }
}

/** `RangeFont` (bold, italic, size, color) or `RangeFill` (color, clear) of a range. */
export class DoubleRangeLook extends DoubleClientObject<RangeTarget> {
  constructor(
    context: DoubleRequestContext,
    path: string,
    resolver: Resolver<RangeTarget>,
    private readonly kind: "font" | "fill"
  ) {
    super(context, path, resolver);
  }
  protected scalarProperties(): readonly string[] {
    return this.kind === "font" ? ["bold", "italic", "size", "color"] : ["color"];
  }
  protected readProperty(t: RangeTarget, name: string): unknown {
    const look = readCell(t.sheet, t.rect.row, t.rect.col).look;
    if (this.kind === "fill" && name === "color") return look.fill ?? "#FFFFFF";
    if (
      this.kind === "font" &&
      (name === "bold" || name === "italic" || name === "size" || name === "color")
    )
      return look[name];
    throw unknownProperty(this.path, name);
  }
  private patch(name: string, value: unknown, patch: Partial<CellLook>): void {
    this.set(name, value, (t) => writeLook(t.sheet, t.rect, patch));
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.patch("bold", v, { bold: v });
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.patch("italic", v, { italic: v });
  }
  get size(): number {
    return this.get("size");
  }
  set size(v: number) {
    this.patch("size", v, { size: v });
  }
  get color(): string {
    return this.get("color");
  }
  /** Font colour, or fill colour for a fill (`#RRGGBB`). */
  set color(v: string) {
    this.patch("color", v, this.kind === "font" ? { color: v } : { fill: v });
  }
  /** `RangeFill.clear()`. */
  clear(): void {
    this.call("clear", [], (t) => writeLook(t.sheet, t.rect, { fill: null }));
  }
}

/** `FormatProtection.locked` of a range (null when its cells differ). */
export class DoubleFormatProtection extends DoubleClientObject<RangeTarget> {
  protected scalarProperties(): readonly string[] {
    return ["locked"];
  }
  protected readProperty(t: RangeTarget, name: string): unknown {
    if (name === "locked") return readLocked(t.sheet, t.rect);
    throw unknownProperty(this.path, name);
  }
  get locked(): boolean | null {
    return this.get("locked");
  }
  /** Office.js types the setter with the getter's type; null (mixed) is not a value to set and is refused. */
  set locked(v: boolean | null) {
    this.set("locked", v, (t) => {
      if (v === null) throw excelError("InvalidArgument", "locked must be true or false");
      writeLocked(t.sheet, t.rect, v);
    });
  }
}

/** `Sheet!A1` of a rectangle (used by proxies for paths). */
export function pathOf(sheetName: string, rect: Rect): string {
  return `${sheetName}!${rectA1(rect)}`;
}
