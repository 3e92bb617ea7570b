import { DoubleClientObject, loadList } from "./context";
import { excelError } from "./errors";

/** `OfficeExtension.ClientResult<T>`: `value` is readable after the sync that computed it. */
export class DoubleClientResult<T> {
  private ready = false;
  private result: T | undefined;
  /** Internal: set by the sync. */
  resolve(value: T): void {
    this.result = value;
    this.ready = true;
  }
  get value(): T {
    if (!this.ready)
      throw excelError(
        "PropertyNotLoaded",
        "The value of a ClientResult is read before context.sync()"
      );
    return this.result as T;
  }
}

/**
 * Base of the collections (`WorksheetCollection`, `TableCollection`, …):
 * `load('items/name, items/id')` (or `load('name')`, or `load()`), `items`
 * after the sync, `getCount()`. Each loaded item is a proxy bound to its object.
 */
export abstract class DoubleCollection<
  TItem extends DoubleClientObject<TModel>,
  TModel,
  TScope,
> extends DoubleClientObject<TScope> {
  /** The objects of the collection at sync time. */
  protected abstract list(scope: TScope): TModel[];
  /** A proxy bound to one object. */
  protected abstract itemProxy(model: TModel, index: number): TItem;

  protected scalarProperties(): readonly string[] {
    return ["items"];
  }
  protected readProperty(): unknown {
    return undefined;
  }

  /** `items`, after a load and a sync. */
  get items(): TItem[] {
    return this.get("items");
  }

  override load(option?: unknown): this {
    const names = (loadList(option) ?? [])
      .map((n) => (n.startsWith("items/") ? n.slice(6) : n))
      .filter((n) => n !== "items" && n !== "");
    this.context.enqueue({
      payload: { l: this.path, p: names },
      run: () => {
        const models = this.list(this.resolveAtSync());
        const items = models.map((m, i) => this.itemProxy(m, i));
        const read = items.map((item) => {
          const props = names.length > 0 ? names : [...item.defaultLoad()];
          return props.map((n) => [n, item.readAtSync(n)] as const);
        });
        this.context.host.noteResponse(read);
        return () => {
          items.forEach((item, i) => {
            for (const [n, v] of read[i] ?? []) item.deliver(n, v);
          });
          this.deliver("items", items);
        };
      },
    });
    return this;
  }

  /** `getCount()`. */
  getCount(): DoubleClientResult<number> {
    const result = new DoubleClientResult<number>();
    this.context.enqueue({
      payload: { c: this.path, m: "getCount" },
      run: () => {
        const n = this.list(this.resolveAtSync()).length;
        return () => result.resolve(n);
      },
    });
    return result;
  }
}
