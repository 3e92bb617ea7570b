import { DoubleRequestContext, type QueuedOperation } from "./context";
import { DoubleError, excelError, type DoubleErrorCode } from "./errors";
import { changesWorkbook, type ChangeHandlerRegistry, type DoubleChangedHandler } from "./events";
import { newWorkbook, type WorkbookModel } from "./model";
import { DoubleWorkbook } from "./workbook";

/**
 * Excel on the web refuses a request larger than 5 MB
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The double estimates a request's size as the UTF-8 length of the JSON of its
 * queued operations (object paths, property names, values and arguments) —
 * close to what Office.js serialises, and the same for every run.
 */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** One sync as the double saw it. */
export interface RequestRecord {
  /** 1-based number since the last `resetStats()`. */
  readonly sync: number;
  readonly operations: number;
  readonly bytes: number;
  readonly outcome: "ok" | DoubleErrorCode;
}

/** A fault to inject into sync number `sync` (counted since the last `resetStats()`). */
export interface InjectedFault {
  /** Run this many operations of the batch before failing (default 0: nothing applied). */
  readonly afterOperations?: number;
  /** Or: fail after this fraction (0–1) of the operations. */
  readonly atFraction?: number;
  /** Or: fail at the first operation whose payload (JSON) this matches. */
  readonly matching?: RegExp;
  readonly code?: DoubleErrorCode;
}

/** Options of `Excel.run` the double honours. */
export interface DoubleRunOptions {
  readonly delayForCellEdit?: boolean;
}

const encoder = new TextEncoder();

/**
 * An in-memory Excel: the workbook model plus the host side of requests
 * (sync counting, request sizes, the 5 MB limit, cell-edit mode, fault
 * injection). Create one per test; `run` is what `Excel.run` becomes when the
 * double is installed (install.ts).
 */
export class ExcelDouble implements ChangeHandlerRegistry {
  model: WorkbookModel;
  /** Handlers registered through `worksheets.onChanged.add` (events.ts). */
  readonly changeHandlers = new Set<DoubleChangedHandler>();
  private userEdits = 0;
  /** `Workbook.name`. */
  fileName = "Book1.xlsx";
  private records: RequestRecord[] = [];
  private faults = new Map<number, InjectedFault>();
  private editMode = false;
  private editWaiters: (() => void)[] = [];
  /** Lag per sync (ms) to imitate a slow host (0 by default). */
  latencyMs = 0;
  /**
   * Excel on the web caps a response at 5 MB, as it caps a request
   * (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices):
   * a sync whose loaded values pass this size fails with ResponsePayloadSizeLimitExceeded (nothing delivered).
   * Tests lower it.
   */
  responseLimitBytes = REQUEST_LIMIT_BYTES;
  /**
   * A get of more than five million cells may answer `values` (and `formulas`, `numberFormat`) with
   * `null` instead of failing (https://github.com/OfficeDev/office-js/issues/6781,
   * https://github.com/OfficeDev/office-js/issues/4783). Tests lower it.
   */
  readCellLimit = 5_000_000;
  private responseBytes = 0;
  /** The options of the last `Excel.run` (`delayForCellEdit`, `mergeUndoGroup`, …), for tests. */
  lastRunOptions: Readonly<Record<string, unknown>> = {};

  constructor(model: WorkbookModel = newWorkbook()) {
    this.model = model;
  }

  /** Every sync since the last reset. */
  get requests(): readonly RequestRecord[] {
    return this.records;
  }
  /** Number of syncs since the last reset (failed ones included). */
  get syncCount(): number {
    return this.records.length;
  }
  /** The largest request since the last reset, in bytes. */
  get maxRequestBytes(): number {
    return this.records.reduce((m, r) => Math.max(m, r.bytes), 0);
  }
  /** Forget counted syncs and pending faults. */
  resetStats(): void {
    this.records = [];
    this.faults.clear();
  }
  /** Make sync number `sync` (1-based, since the last reset) fail. */
  failSync(sync: number, fault: InjectedFault = {}): void {
    this.faults.set(sync, fault);
  }
  /** Enter or leave cell-edit mode: batches fail with InvalidOperationInCellEditMode, or wait with `delayForCellEdit`. */
  setCellEditMode(on: boolean): void {
    this.editMode = on;
    if (!on) {
      const waiters = this.editWaiters;
      this.editWaiters = [];
      for (const w of waiters) w();
    }
  }
  get cellEditMode(): boolean {
    return this.editMode;
  }

  /** Internal: count loaded values toward the response of the running sync. */
  noteResponse(values: unknown): void {
    this.responseBytes += encoder.encode(JSON.stringify(values)).length;
  }

  /**
   * Run `edit` (which calls `Excel.run`) as a person typing in Excel: the onChanged events of its
   * changes carry `triggerSource: "Unknown"` instead of `"ThisLocalAddin"`.
   */
  async asUser<T>(edit: () => Promise<T>): Promise<T> {
    this.userEdits += 1;
    try {
      return await edit();
    } finally {
      this.userEdits -= 1;
    }
  }

  /** Tell the onChanged handlers, after the request that changed the workbook has returned. */
  private notifyChange(): void {
    if (this.changeHandlers.size === 0) return;
    const args = {
      type: "WorksheetChanged",
      source: "Local",
      changeType: "RangeEdited",
      worksheetId: this.model.activeSheetId,
      address: "",
      triggerSource: this.userEdits > 0 ? "Unknown" : "ThisLocalAddin",
    } as const;
    const handlers = [...this.changeHandlers];
    setTimeout(() => {
      for (const handler of handlers) void handler(args);
    }, 0);
  }

  /** Internal: the proxy of `context.workbook`. */
  createWorkbookProxy(context: DoubleRequestContext): DoubleWorkbook {
    return new DoubleWorkbook(context);
  }

  /** A new request context on this double (`new Excel.RequestContext()`). */
  createContext(options: DoubleRunOptions = {}): DoubleRequestContext {
    return new DoubleRequestContext(this, options.delayForCellEdit === true);
  }

  /**
   * `Excel.run([options,] batch)`: runs the batch with a new context; queued
   * operations left at the end are sent with a final sync, as Office.js does.
   */
  run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function")
      return Promise.reject(excelError("InvalidArgument", "Excel.run needs a batch function"));
    const first = args.length > 1 ? args[0] : undefined;
    // `Excel.run(existingContext, batch)`: Office.js reuses that context (how an event handler is removed).
    if (first instanceof DoubleRequestContext)
      return (async () => {
        const result = (await (batch as (c: DoubleRequestContext) => Promise<T>)(first)) as T;
        if (first.pendingOperations > 0) await first.sync();
        return result;
      })();
    const delay =
      typeof first === "object" &&
      first !== null &&
      "delayForCellEdit" in first &&
      (first as DoubleRunOptions).delayForCellEdit === true;
    this.lastRunOptions = typeof first === "object" && first !== null ? { ...first } : {};
    const context = this.createContext({ delayForCellEdit: delay });
    return (async () => {
      const result = (await (batch as (c: DoubleRequestContext) => Promise<T>)(context)) as T;
      if (context.pendingOperations > 0) await context.sync();
      return result;
    })();
  }

  /** Internal: the host's handling of one request (see DoubleRequestContext). */
  async runRequest(batch: readonly QueuedOperation[], delayForCellEdit: boolean): Promise<void> {
    const sync = this.records.length + 1;
    const bytes = encoder.encode(JSON.stringify(batch.map((o) => o.payload))).length;
    const record = (outcome: RequestRecord["outcome"]): void => {
      this.records[sync - 1] = { sync, operations: batch.length, bytes, outcome };
    };
    record("ok");
    this.responseBytes = 0;
    await new Promise<void>((resolve) => setTimeout(resolve, this.latencyMs));
    try {
      if (this.editMode) {
        if (!delayForCellEdit)
          throw excelError(
            "InvalidOperationInCellEditMode",
            "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again."
          );
        await new Promise<void>((resolve) => this.editWaiters.push(resolve));
      }
      if (bytes > REQUEST_LIMIT_BYTES)
        throw excelError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload (${bytes} bytes) exceeds the 5 MB limit of Excel on the web`
        );
      const fault = this.faults.get(sync);
      const matched = fault?.matching
        ? batch.findIndex((op) => fault.matching?.test(JSON.stringify(op.payload)) === true)
        : -1;
      const stopAt = !fault
        ? Infinity
        : fault.matching
          ? matched < 0
            ? Infinity
            : matched
          : Math.min(
              batch.length,
              fault.afterOperations ?? Math.floor((fault.atFraction ?? 0) * batch.length)
            );
      const deliveries: (() => void)[] = [];
      for (let i = 0; i < batch.length; i += 1) {
        if (i === stopAt)
          throw excelError(
            fault?.code ?? "GeneralException",
            `Injected failure of sync ${sync} after ${i} operations`
          );
        const op = batch[i] as QueuedOperation;
        try {
          const delivery = op.run();
          if (delivery) deliveries.push(delivery);
        } catch (error) {
          if (error instanceof DoubleError) throw error;
          throw excelError(
            "GeneralException",
            `The double failed on ${JSON.stringify(op.payload).slice(0, 200)}: ${String(error)}`
          );
        }
      }
      if (stopAt === batch.length)
        throw excelError(
          fault?.code ?? "GeneralException",
          `Injected failure of sync ${sync} after all ${batch.length} operations`
        );
      if (this.responseBytes > this.responseLimitBytes)
        throw excelError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload (${this.responseBytes} bytes) exceeds the limit of Excel on the web`
        );
      for (const d of deliveries) d();
      if (changesWorkbook(batch)) this.notifyChange();
    } catch (error) {
      record(error instanceof DoubleError ? error.code : "GeneralException");
      throw error;
    }
  }
}
