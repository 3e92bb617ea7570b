import { DoubleCollection } from "./collection";
import { DoubleChangedEvent } from "./events";
import {
  DoubleClientObject,
  unknownProperty,
  type DoubleRequestContext,
  type Resolver,
} from "./context";
import { excelError } from "./errors";
import { addSheet, sheetById, type NameModel, type SheetModel, type WorkbookModel } from "./model";
import { addName, deleteName, nameByName, nameFormula, resolveReference } from "./names";
import { DoubleRange } from "./range";
import { sameName } from "./rules";
import { DoubleTableCollection } from "./table-collection";
import { DoubleWorksheet } from "./worksheet";
import { quoteSheet, rectA1 } from "./address";

/** `Excel.Workbook`: worksheets, tables, names, selection. */
export class DoubleWorkbook extends DoubleClientObject<WorkbookModel> {
  readonly worksheets: DoubleWorksheetCollection;
  readonly tables: DoubleTableCollection;
  readonly names: DoubleNamedItemCollection;
  readonly protection: DoubleWorkbookProtection;

  constructor(context: DoubleRequestContext) {
    super(context, "workbook", () => context.host.model);
    this.protection = new DoubleWorkbookProtection(
      context,
      "workbook.protection",
      () => context.host.model
    );
    this.worksheets = new DoubleWorksheetCollection(
      context,
      "worksheets",
      () => context.host.model
    );
    this.tables = new DoubleTableCollection(context, "tables", () => ({ sheet: null }));
    this.names = new DoubleNamedItemCollection(context, "names", () => context.host.model);
  }
  protected scalarProperties(): readonly string[] {
    return ["name"];
  }
  protected readProperty(_m: WorkbookModel, name: string): unknown {
    if (name === "name") return this.context.host.fileName;
    throw unknownProperty(this.path, name);
  }
  get name(): string {
    return this.get("name");
  }
  /** The selected range (its sheet is the active one). */
  getSelectedRange(): DoubleRange {
    return new DoubleRange(this.context, "workbook.getSelectedRange()", () => {
      const m = this.context.host.model;
      return { sheet: sheetById(m, m.selection.sheetId), rect: m.selection.rect };
    });
  }
  /** The active cell: top-left of the selection. */
  getActiveCell(): DoubleRange {
    return new DoubleRange(this.context, "workbook.getActiveCell()", () => {
      const m = this.context.host.model;
      return {
        sheet: sheetById(m, m.selection.sheetId),
        rect: { ...m.selection.rect, rows: 1, cols: 1 },
      };
    });
  }
}

/** `WorksheetCollection`: add, getItem (by name or id), getItemOrNullObject, getActiveWorksheet, items. */
export class DoubleWorksheetCollection extends DoubleCollection<
  DoubleWorksheet,
  SheetModel,
  WorkbookModel
> {
  protected list(m: WorkbookModel): SheetModel[] {
    return [...m.sheets];
  }
  protected itemProxy(s: SheetModel): DoubleWorksheet {
    return new DoubleWorksheet(this.context, `sheet(${s.name})`, () => s);
  }
  private find(key: string): SheetModel | null {
    return (
      this.context.host.model.sheets.find((s) => sameName(s.name, key) || s.id === key) ?? null
    );
  }
  /** The sheet called `key` (or with that id); ItemNotFound at sync when none. */
  getItem(key: string): DoubleWorksheet {
    return new DoubleWorksheet(this.context, `worksheets.getItem(${key})`, () => {
      const s = this.find(key);
      if (!s) throw excelError("ItemNotFound", `There is no sheet called ${key}`);
      return s;
    });
  }
  getItemOrNullObject(key: string): DoubleWorksheet {
    return new DoubleWorksheet(
      this.context,
      `worksheets.getItemOrNullObject(${key})`,
      () => this.find(key),
      true
    );
  }
  /** `onChanged` (ExcelApi 1.9): data changed on any sheet; see events.ts. */
  get onChanged(): DoubleChangedEvent {
    return new DoubleChangedEvent(this.context, () => this.context.host);
  }
  /** The active worksheet; while a chart sheet is active Excel fails (https://github.com/OfficeDev/office-js/issues/2444). */
  getActiveWorksheet(): DoubleWorksheet {
    return new DoubleWorksheet(this.context, "worksheets.getActiveWorksheet()", () => {
      const model = this.context.host.model;
      if (model.chartSheetActive === true)
        throw excelError(
          "GeneralException",
          "There was an internal error while processing the request (a chart sheet is active)"
        );
      return sheetById(model, model.activeSheetId);
    });
  }
  /** Add a sheet at the end (sheet-name rules; ItemAlreadyExists). It is not activated. */
  add(name?: string): DoubleWorksheet {
    let created: SheetModel | null = null;
    this.context.enqueue({
      payload: { c: "worksheets", m: "add", a: [name ?? null] },
      run: () => {
        created = addSheet(this.context.host.model, name);
      },
    });
    return new DoubleWorksheet(this.context, `worksheets.add(${name ?? ""})`, () => created);
  }
}

/** `NamedItemCollection` of the workbook: add, getItem, getItemOrNullObject, items. */
export class DoubleNamedItemCollection extends DoubleCollection<
  DoubleNamedItem,
  NameModel,
  WorkbookModel
> {
  protected list(m: WorkbookModel): NameModel[] {
    return [...m.names];
  }
  protected itemProxy(n: NameModel): DoubleNamedItem {
    return new DoubleNamedItem(this.context, `name(${n.name})`, () => n);
  }
  getItem(name: string): DoubleNamedItem {
    return new DoubleNamedItem(this.context, `names.getItem(${name})`, () => {
      const n = nameByName(this.context.host.model, name);
      if (!n) throw excelError("ItemNotFound", `There is no name ${name}`);
      return n;
    });
  }
  getItemOrNullObject(name: string): DoubleNamedItem {
    return new DoubleNamedItem(
      this.context,
      `names.getItemOrNullObject(${name})`,
      () => nameByName(this.context.host.model, name) ?? null,
      true
    );
  }
  /** `add(name, reference, comment)`: reference is a Range or a formula like `=Sheet!$C$5`. */
  add(name: string, reference: DoubleRange | string, comment?: string): DoubleNamedItem {
    let created: NameModel | null = null;
    this.context.enqueue({
      payload: {
        c: "names",
        m: "add",
        a: [name, typeof reference === "string" ? reference : reference.path, comment ?? ""],
      },
      run: () => {
        const model = this.context.host.model;
        const place =
          typeof reference === "string"
            ? resolveReference(model, reference)
            : (() => {
                const t = reference.resolveAtSync();
                return { sheetId: t.sheet.id, rect: t.rect };
              })();
        created = addName(model, name, place.sheetId, place.rect, comment ?? "");
      },
    });
    return new DoubleNamedItem(this.context, `names.add(${name})`, () => created);
  }
}

/**
 * `NamedItem` (https://learn.microsoft.com/javascript/api/excel/excel.nameditem):
 * `type` is `Range`, or `Error` once its sheet was deleted (`value` `#REF!`);
 * `value` of a range name is its address; `getRange()` fails with
 * InvalidReference for a broken name, `getRangeOrNullObject()` gives a null object.
 */
export class DoubleNamedItem extends DoubleClientObject<NameModel> {
  constructor(
    context: DoubleRequestContext,
    path: string,
    resolver: Resolver<NameModel>,
    nullable = false
  ) {
    super(context, path, resolver, nullable);
  }
  protected scalarProperties(): readonly string[] {
    return ["name", "type", "value", "formula", "visible", "comment"];
  }
  protected readProperty(n: NameModel, name: string): unknown {
    const model = this.context.host.model;
    const sheet = model.sheets.find((s) => s.id === n.sheetId);
    switch (name) {
      case "name":
        return n.name;
      case "type":
        return sheet ? "Range" : "Error";
      case "value":
        return sheet ? `${quoteSheet(sheet.name)}!${rectA1(n.rect, true)}` : "#REF!";
      case "formula":
        return nameFormula(model, n);
      case "visible":
        return n.visible;
      case "comment":
        return n.comment;
      default:
        throw unknownProperty(this.path, name);
    }
  }
  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): unknown {
    return this.get("value");
  }
  get formula(): string {
    return this.get("formula");
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(v: boolean) {
    this.set("visible", v, (n) => {
      n.visible = v;
    });
  }
  get comment(): string {
    return this.get("comment");
  }
  getRange(): DoubleRange {
    return new DoubleRange(this.context, `${this.path}.getRange()`, () => {
      const n = this.resolveAtSync();
      const sheet = this.context.host.model.sheets.find((s) => s.id === n.sheetId);
      if (!sheet) throw excelError("InvalidReference", `The name ${n.name} refers to #REF!`);
      return { sheet, rect: n.rect };
    });
  }
  getRangeOrNullObject(): DoubleRange {
    return new DoubleRange(
      this.context,
      `${this.path}.getRangeOrNullObject()`,
      () => {
        const n = this.tryTarget();
        const sheet = n
          ? this.context.host.model.sheets.find((s) => s.id === n.sheetId)
          : undefined;
        return n && sheet ? { sheet, rect: n.rect } : null;
      },
      true
    );
  }
  delete(): void {
    this.call("delete", [], (n) => deleteName(this.context.host.model, n));
  }
}

/**
 * `WorkbookProtection` (ExcelApi 1.7, https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection):
 * `protected`; `protect(password)` fails on a protected workbook; `unprotect(password)` needs the password
 * the workbook was protected with (InvalidArgument otherwise, as for sheets).
 */
export class DoubleWorkbookProtection extends DoubleClientObject<WorkbookModel> {
  protected scalarProperties(): readonly string[] {
    return ["protected"];
  }
  protected readProperty(m: WorkbookModel, name: string): unknown {
    if (name === "protected") return m.protection?.protected ?? false;
    throw unknownProperty(this.path, name);
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protect(password?: string): void {
    this.call("protect", [password === undefined ? null : "***"], (m) => {
      if (m.protection?.protected === true)
        throw excelError("InvalidOperation", "The workbook is already protected");
      m.protection = { protected: true, password: password ?? null };
    });
  }
  unprotect(password?: string): void {
    this.call("unprotect", [password === undefined ? null : "***"], (m) => {
      const wanted = m.protection?.password ?? null;
      if (m.protection?.protected === true && wanted !== null && wanted !== password)
        throw excelError(
          "InvalidArgument",
          "The password to unprotect the workbook is missing or wrong",
          "WorkbookProtection.unprotect"
        );
      m.protection = { protected: false, password: null };
    });
  }
}
