import { MAX_COL, MAX_ROW } from "../../domain/read/a1";
import { rectA1 } from "./address";
import { DoubleChartCollection } from "./charts";
import {
  DoubleClientObject,
  unknownProperty,
  type DoubleRequestContext,
  type Resolver,
} from "./context";
import { excelError } from "./errors";
import {
  activateSheet,
  assertStructureEditable,
  deleteSheet,
  renameSheet,
  setVisibility,
  usedRect,
  type SheetModel,
  type Visibility,
} from "./model";
import { DoubleRange, localRect } from "./range";
import { DoublePageBreakCollection, DoublePageLayout } from "./page-layout";
import { DoubleTableCollection } from "./table-collection";
import { copySheet } from "./copy";

const SHEET_SCALARS = ["name", "id", "position", "visibility"] as const;

/**
 * `Excel.Worksheet` (https://learn.microsoft.com/javascript/api/excel/excel.worksheet):
 * name (rename with the sheet-name rules), position, visibility, ranges,
 * used range, tables, charts, protection, freeze panes, activate, delete.
 */
export class DoubleWorksheet extends DoubleClientObject<SheetModel> {
  readonly protection: DoubleWorksheetProtection;
  readonly freezePanes: DoubleFreezePanes;
  readonly tables: DoubleTableCollection;
  readonly charts: DoubleChartCollection;
  readonly pageLayout: DoublePageLayout;
  readonly horizontalPageBreaks: DoublePageBreakCollection;

  constructor(
    context: DoubleRequestContext,
    path: string,
    resolver: Resolver<SheetModel>,
    nullable = false
  ) {
    super(context, path, resolver, nullable);
    const mine = (): SheetModel | null => this.tryTarget();
    this.protection = new DoubleWorksheetProtection(context, `${path}.protection`, mine);
    this.freezePanes = new DoubleFreezePanes(context, `${path}.freezePanes`, mine);
    this.tables = new DoubleTableCollection(context, `${path}.tables`, () => {
      const s = mine();
      return s ? { sheet: s } : null;
    });
    this.charts = new DoubleChartCollection(context, `${path}.charts`, mine);
    this.pageLayout = new DoublePageLayout(context, `${path}.pageLayout`, mine);
    this.horizontalPageBreaks = new DoublePageBreakCollection(
      context,
      `${path}.horizontalPageBreaks`,
      mine
    );
  }

  protected scalarProperties(): readonly string[] {
    return SHEET_SCALARS;
  }
  protected readProperty(s: SheetModel, name: string): unknown {
    switch (name) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this.context.host.model.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      default:
        throw unknownProperty(this.path, name);
    }
  }
  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.set("name", name, (s) => renameSheet(this.context.host.model, s, name));
  }
  get position(): number {
    return this.get("position");
  }
  set position(position: number) {
    this.set("position", position, (s) => {
      assertStructureEditable(this.context.host.model);
      const sheets = this.context.host.model.sheets;
      if (position < 0 || position >= sheets.length)
        throw excelError(
          "InvalidArgument",
          `Position ${position} is outside 0…${sheets.length - 1}`
        );
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(position, 0, s);
    });
  }
  get visibility(): Visibility {
    return this.get("visibility");
  }
  set visibility(v: Excel.SheetVisibility | Visibility) {
    this.set("visibility", v, (s) => setVisibility(this.context.host.model, s, v));
  }

  private range(path: string, rect: (s: SheetModel) => import("./address").Rect): DoubleRange {
    return new DoubleRange(this.context, `${this.path}.${path}`, () => {
      const s = this.target();
      return { sheet: s, rect: rect(s) };
    });
  }

  /** `getRange(address)`; without an address the whole sheet. */
  getRange(address?: string): DoubleRange {
    if (address === undefined)
      return this.range("getRange()", () => ({
        row: 0,
        col: 0,
        rows: MAX_ROW + 1,
        cols: MAX_COL + 1,
      }));
    return this.range(`getRange(${address})`, (s) => localRect(s, address));
  }

  /** `getRangeByIndexes(startRow, startColumn, rowCount, columnCount)`, 0-based. */
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): DoubleRange {
    return this.range(
      `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        if (
          startRow < 0 ||
          startColumn < 0 ||
          rowCount < 1 ||
          columnCount < 1 ||
          startRow + rowCount > MAX_ROW + 1 ||
          startColumn + columnCount > MAX_COL + 1
        ) {
          throw excelError(
            "InvalidArgument",
            "getRangeByIndexes: the range lies outside the sheet"
          );
        }
        return { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      }
    );
  }

  /** `getCell(row, column)`, 0-based. */
  getCell(row: number, column: number): DoubleRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** `getUsedRange(valuesOnly)`: an empty sheet gives A1, as Excel does. */
  getUsedRange(valuesOnly = false): DoubleRange {
    return this.range(
      `getUsedRange(${valuesOnly})`,
      (s) => usedRect(s, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 }
    );
  }

  /** `getUsedRangeOrNullObject(valuesOnly)`: a null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): DoubleRange {
    return new DoubleRange(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const s = this.tryTarget();
        const rect = s ? usedRect(s, valuesOnly) : null;
        return s && rect ? { sheet: s, rect } : null;
      },
      true
    );
  }

  /** Activate the sheet (a hidden one cannot be: InvalidOperation). */
  activate(): void {
    this.call("activate", [], (s) => activateSheet(this.context.host.model, s));
  }

  /** `copy(positionType, relativeTo)` (ExcelApi 1.10): see copy.ts `copySheet`. */
  copy(
    positionType: Excel.WorksheetPositionType | string = "None",
    relativeTo?: DoubleWorksheet
  ): DoubleWorksheet {
    let created: SheetModel | null = null;
    this.call("copy", [positionType, relativeTo?.path ?? null], (s) => {
      created = copySheet(
        this.context.host.model,
        s,
        positionType,
        relativeTo ? relativeTo.resolveAtSync() : null
      );
    });
    return new DoubleWorksheet(this.context, `${this.path}.copy()`, () => created);
  }

  /** Delete the sheet (its tables go; names pointing at it become `#REF!`). */
  delete(): void {
    this.call("delete", [], (s) => deleteSheet(this.context.host.model, s));
  }
}

/**
 * `WorksheetProtection` (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection):
 * `protect(options, password)` on an already protected sheet fails with InvalidOperation ("Fails if the
 * worksheet has already been protected"); `unprotect()` on an unprotected sheet does nothing. A sheet
 * protected with a password is unprotected only with that password: without it or with another one
 * `unprotect` fails with InvalidArgument, as the same object's `pauseProtection` is documented to
 * ("If the password is incorrect, then this method throws an InvalidArgument error"), and the error
 * names its location `WorksheetProtection.unprotect`, as `OfficeExtension.Error.debugInfo` does.
 */
export class DoubleWorksheetProtection extends DoubleClientObject<SheetModel> {
  protected scalarProperties(): readonly string[] {
    return ["protected", "options"];
  }
  protected readProperty(s: SheetModel, name: string): unknown {
    if (name === "protected") return s.protection.protected;
    if (name === "options") return { ...s.protection.options };
    throw unknownProperty(this.path, name);
  }
  get protected(): boolean {
    return this.get("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.get("options");
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.call("protect", [options ?? {}, password === undefined ? null : "***"], (s) => {
      if (s.protection.protected)
        throw excelError("InvalidOperation", `The sheet ${s.name} is already protected`);
      s.protection = {
        protected: true,
        options: { ...(options ?? {}) },
        ...(password ? { password } : {}),
      };
    });
  }
  unprotect(password?: string): void {
    this.call("unprotect", [password === undefined ? null : "***"], (s) => {
      const wanted = s.protection.password;
      if (s.protection.protected && wanted !== undefined && wanted !== password)
        throw excelError(
          "InvalidArgument",
          `The password to unprotect the sheet ${s.name} is missing or wrong`,
          "WorksheetProtection.unprotect"
        );
      s.protection = { protected: false, options: {} };
    });
  }
}

/** `WorksheetFreezePanes`: rows, columns, both (`freezeAt`), unfreeze, location. */
export class DoubleFreezePanes extends DoubleClientObject<SheetModel> {
  protected scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(_s: SheetModel, name: string): unknown {
    throw unknownProperty(this.path, name);
  }
  freezeRows(count = 1): void {
    this.call("freezeRows", [count], (s) => {
      s.freeze = { rows: count, cols: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this.call("freezeColumns", [count], (s) => {
      s.freeze = { rows: 0, cols: count };
    });
  }
  /** Freeze so that `frozenRange` (from A1) is the frozen top-left pane. */
  freezeAt(frozenRange: string | DoubleRange): void {
    this.call(
      "freezeAt",
      [typeof frozenRange === "string" ? frozenRange : frozenRange.path],
      (s) => {
        const rect =
          typeof frozenRange === "string"
            ? localRect(s, frozenRange)
            : frozenRange.resolveAtSync().rect;
        s.freeze = { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
      }
    );
  }
  unfreeze(): void {
    this.call("unfreeze", [], (s) => {
      s.freeze = { rows: 0, cols: 0 };
    });
  }
  /** The frozen range, or a null object when nothing is frozen. */
  getLocationOrNullObject(): DoubleRange {
    return new DoubleRange(
      this.context,
      `${this.path}.getLocationOrNullObject()`,
      () => {
        const s = this.tryTarget();
        if (!s || (s.freeze.rows === 0 && s.freeze.cols === 0)) return null;
        return {
          sheet: s,
          rect: {
            row: 0,
            col: 0,
            rows: Math.max(s.freeze.rows, 1),
            cols: Math.max(s.freeze.cols, 1),
          },
        };
      },
      true
    );
  }
}

/** `A1:C3`-style text of the frozen area (for dumps). */
export function frozenText(s: SheetModel): string {
  return rectA1({
    row: 0,
    col: 0,
    rows: Math.max(s.freeze.rows, 1),
    cols: Math.max(s.freeze.cols, 1),
  });
}
