import { parseAddress } from "./address";
import { DoubleCollection } from "./collection";
import { excelError } from "./errors";
import { sheetById, sheetByName, type SheetModel, type TableModel } from "./model";
import type { DoubleRange } from "./range";
import { sameName } from "./rules";
import { DoubleTable } from "./table";
import { addTable } from "./tables";

/** Where a table collection looks: one sheet, or the whole workbook (`sheet: null`). */
export interface TableScope {
  readonly sheet: SheetModel | null;
}

/**
 * `TableCollection` of the workbook or of a sheet
 * (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection):
 * `add(address, hasHeaders)`, `getItem` (ItemNotFound at sync),
 * `getItemOrNullObject`, `items`, `getCount`.
 */
export class DoubleTableCollection extends DoubleCollection<DoubleTable, TableModel, TableScope> {
  protected list(scope: TableScope): TableModel[] {
    const model = this.context.host.model;
    return model.tables.filter((t) => scope.sheet === null || t.sheetId === scope.sheet.id);
  }

  protected itemProxy(t: TableModel): DoubleTable {
    return new DoubleTable(this.context, `table(${t.name})`, () => t);
  }

  private find(key: string): TableModel | null {
    return (
      this.list(this.resolveAtSync()).find((t) => sameName(t.name, key) || t.id === key) ?? null
    );
  }

  /** The table called `key` (or with that id); ItemNotFound at sync when there is none. */
  getItem(key: string): DoubleTable {
    return new DoubleTable(this.context, `${this.path}.getItem(${key})`, () => {
      const t = this.find(key);
      if (!t) throw excelError("ItemNotFound", `There is no table called ${key}`);
      return t;
    });
  }

  /** The table called `key`, or a null object. */
  getItemOrNullObject(key: string): DoubleTable {
    return new DoubleTable(
      this.context,
      `${this.path}.getItemOrNullObject(${key})`,
      () => this.find(key),
      true
    );
  }

  /** `add(address, hasHeaders)`: the address may name its sheet (`Sheet!A1:C5`), or be a Range. */
  add(address: string | DoubleRange, hasHeaders: boolean): DoubleTable {
    let created: TableModel | null = null;
    const path = `${this.path}.add(${typeof address === "string" ? address : address.path})`;
    this.context.enqueue({
      payload: {
        c: this.path,
        m: "add",
        a: [typeof address === "string" ? address : address.path, hasHeaders],
      },
      run: () => {
        const scope = this.resolveAtSync();
        const model = this.context.host.model;
        let sheet: SheetModel;
        let rect;
        if (typeof address === "string") {
          const parsed = parseAddress(address);
          const named = parsed.sheet === null ? undefined : sheetByName(model, parsed.sheet);
          if (parsed.sheet !== null && !named)
            throw excelError("InvalidArgument", `No sheet ${parsed.sheet}`);
          sheet = named ?? scope.sheet ?? sheetById(model, model.activeSheetId);
          rect = parsed.rect;
        } else {
          const target = address.resolveAtSync();
          sheet = target.sheet;
          rect = target.rect;
        }
        if (scope.sheet && scope.sheet !== sheet)
          throw excelError("InvalidArgument", "The address is not on this sheet");
        created = addTable(model, sheet, rect, hasHeaders);
      },
    });
    return new DoubleTable(this.context, path, () => {
      if (!created) throw excelError("ItemNotFound", "The table was not created");
      return created;
    });
  }
}
