import { excelError, DoubleError } from "./errors";
import type { ExcelDouble } from "./double";

/**
 * The request context and the proxy-object machinery of the double, after
 * Office.js's model (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model):
 * calls on proxy objects only queue operations; `context.sync()` sends the
 * queue as one request, the host runs the operations in order, and loaded
 * properties become readable when the request returns. As in Excel, a failing
 * operation stops the batch: the operations before it stay applied, nothing
 * after it runs, and no loaded value of that request is delivered.
 */

/** One queued operation: what it sends (for the request-size estimate) and what the host does. */
export interface QueuedOperation {
  /** JSON-serialisable description; the request size is the UTF-8 size of the JSON of all payloads of one sync. */
  readonly payload: unknown;
  /** Runs at sync, in order; may return a delivery that runs only when the whole request succeeds. */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- most operations deliver nothing
  readonly run: () => (() => void) | void;
}

/** The subset of `Excel.RequestContext` the double offers. */
export class DoubleRequestContext {
  private queue: QueuedOperation[] = [];
  /** `context.trackedObjects`: accepted and ignored (the double never invalidates ranges). */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private workbookProxy: unknown = null;

  constructor(
    readonly host: ExcelDouble,
    readonly delayForCellEdit = false
  ) {}

  /** `context.workbook`. */
  get workbook(): import("./workbook").DoubleWorkbook {
    if (!this.workbookProxy) this.workbookProxy = this.host.createWorkbookProxy(this);
    return this.workbookProxy as import("./workbook").DoubleWorkbook;
  }

  /** Queue an operation (used by the proxies). */
  enqueue(operation: QueuedOperation): void {
    this.queue.push(operation);
  }

  /** Number of operations waiting for the next sync. */
  get pendingOperations(): number {
    return this.queue.length;
  }

  /** Send the queue: see the class comment. Rejects with an `OfficeExtension.Error`-like DoubleError. */
  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    await this.host.runRequest(batch, this.delayForCellEdit);
  }
}

/** How a proxy is found at sync: the target, or null for a null object (`…OrNullObject`). */
export type Resolver<T> = () => T | null;

/** Parse `load` arguments: `"a, b"`, `["a","b"]`, `{ select: "a,b" }` or nothing (all scalar properties). */
export function loadList(option: unknown): string[] | null {
  if (option === undefined || option === null) return null;
  if (typeof option === "string")
    return option
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(option))
    return option.flatMap((o) => (typeof o === "string" ? (loadList(o) ?? []) : []));
  if (typeof option === "object" && "select" in option) return loadList(option.select);
  return null;
}

/**
 * Base of every proxy (`OfficeExtension.ClientObject`): `context`,
 * `isNullObject`, `load`, `toJSON`, and loaded-property bookkeeping.
 * Reading a property that was neither loaded by a successful sync nor set
 * locally throws PropertyNotLoaded, as Office.js does.
 */
export abstract class DoubleClientObject<T> {
  private readonly loadedValues = new Map<string, unknown>();
  private bound: T | null | undefined;
  private nullState: boolean | undefined;

  constructor(
    readonly context: DoubleRequestContext,
    /** Object path, for error messages and the request-size estimate. */
    readonly path: string,
    private readonly resolver: Resolver<T>,
    private readonly nullable = false
  ) {
    if (nullable) {
      context.enqueue({
        payload: { n: path },
        run: () => {
          const target = this.tryTarget();
          return () => {
            this.nullState = target === null;
          };
        },
      });
    }
  }

  /**
   * True when this `…OrNullObject` found nothing. Readable after a sync
   * (https://learn.microsoft.com/javascript/api/office/officeextension.clientobject#office-officeextension-clientobject-isnullobject-member).
   */
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined)
      throw excelError(
        "PropertyNotLoaded",
        `isNullObject of ${this.path} is read before context.sync()`
      );
    return this.nullState;
  }

  /** The target at sync time, bound at first use (later renames do not rebind it). */
  protected tryTarget(): T | null {
    if (this.bound === undefined) this.bound = this.resolver();
    return this.bound;
  }

  /** The target, or ItemNotFound for a null object: the double refuses operations on null objects (check isNullObject first). */
  protected target(): T {
    const t = this.tryTarget();
    if (t === null) throw excelError("ItemNotFound", `${this.path} does not exist`);
    return t;
  }

  /** Internal to the double: the target while a sync runs (a proxy passed as an argument, e.g. to `names.add`). */
  resolveAtSync(): T {
    return this.target();
  }

  /** Internal to the double: deliver a loaded value (collections load their items' properties). */
  deliver(name: string, value: unknown): void {
    this.receive(name, value);
  }

  /** Internal to the double: read a property at sync time (collections read their items' properties). */
  readAtSync(name: string): unknown {
    return this.readProperty(this.target(), name);
  }

  /** A loaded (or locally set) property, else PropertyNotLoaded. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- each getter states the type it stored
  protected get<V>(name: string): V {
    if (!this.loadedValues.has(name)) {
      throw excelError(
        "PropertyNotLoaded",
        `The property '${name}' of ${this.path} is not available. Load it and call context.sync() before reading it.`
      );
    }
    return this.loadedValues.get(name) as V;
  }

  /** Queue a property write; the proxy shows the new value at once, as Office.js does. */
  protected set(name: string, value: unknown, apply: (target: T) => void): void {
    this.loadedValues.set(name, value);
    this.context.enqueue({
      payload: { s: this.path, p: name, v: value },
      run: () => apply(this.target()),
    });
  }

  /** Queue a method call with no result. */
  protected call(method: string, args: unknown, apply: (target: T) => void): void {
    this.context.enqueue({
      payload: { c: this.path, m: method, a: args },
      run: () => apply(this.target()),
    });
  }

  /** Internal to the double: what `load()` without arguments loads. */
  defaultLoad(): readonly string[] {
    return this.scalarProperties();
  }

  /** The scalar properties `load()` with no argument loads. */
  protected abstract scalarProperties(): readonly string[];

  /** Read properties from the model at sync time. Unknown names fail with PropertyNotLoaded-like InvalidArgument. */
  protected abstract readProperty(target: T, name: string): unknown;

  /** `load(...)`: queue a read of the properties; they become readable after a successful sync. */
  load(option?: unknown): this {
    const names = loadList(option) ?? [...this.scalarProperties()];
    this.context.enqueue({
      payload: { l: this.path, p: names },
      run: () => {
        const target = this.tryTarget();
        if (target === null) return undefined;
        const read = names.map((n) => [n, this.readProperty(target, n)] as const);
        this.context.host.noteResponse(read);
        return () => {
          for (const [n, v] of read) this.receive(n, v);
        };
      },
    });
    return this;
  }

  /** Store a delivered value (nested `a/b` paths are delivered by subclasses). */
  protected receive(name: string, value: unknown): void {
    this.loadedValues.set(name, value);
  }

  /** Loaded properties as a plain object, like Office.js's `toJSON()`. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}

/** Unknown property in `load`: Office.js fails the request with InvalidArgument. */
export function unknownProperty(path: string, name: string): DoubleError {
  return excelError("InvalidArgument", `${path} has no property '${name}'`);
}
