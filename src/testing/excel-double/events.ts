import type { DoubleRequestContext, QueuedOperation } from "./context";

/**
 * `Excel.WorksheetChangedEventArgs`, the part the double fills in: a change somewhere in the workbook
 * (the double does not say which range), and who made it. `triggerSource` is `ThisLocalAddin` for
 * changes made through the API (by this add-in) and `Unknown` for edits a test makes "as a person"
 * (`ExcelDouble.asUser`), as Excel reports them (ExcelApi 1.14).
 */
export interface DoubleChangedEventArgs {
  readonly type: "WorksheetChanged";
  readonly source: "Local";
  readonly changeType: "RangeEdited";
  readonly worksheetId: string;
  readonly address: string;
  readonly triggerSource: "ThisLocalAddin" | "Unknown";
}

/** A handler of `worksheets.onChanged`. */
export type DoubleChangedHandler = (args: DoubleChangedEventArgs) => Promise<unknown> | undefined;

/** Where the double keeps the registered handlers (the host, `ExcelDouble`). */
export interface ChangeHandlerRegistry {
  readonly changeHandlers: Set<DoubleChangedHandler>;
}

/** `OfficeExtension.EventHandlerResult`: `remove()` queues the removal; it takes effect at the next sync. */
export interface DoubleEventHandlerResult {
  readonly context: DoubleRequestContext;
  remove(): void;
}

/** Methods that move the selection or the active sheet: Excel fires no onChanged for them. */
const NOT_CHANGES = new Set(["select", "activate"]);

/** Does this batch change the workbook (a property set, or a method call other than select/activate)? */
export function changesWorkbook(batch: readonly QueuedOperation[]): boolean {
  return batch.some((op) => {
    const payload = op.payload as Record<string, unknown> | null;
    if (payload === null || typeof payload !== "object") return false;
    if ("s" in payload) return true;
    return "c" in payload && !NOT_CHANGES.has(String(payload["m"]));
  });
}

/**
 * `WorksheetCollection.onChanged` of the double: `add(handler)` registers at the next sync, as in
 * Office.js, and returns the result whose `remove()` unregisters (again at a sync).
 */
export class DoubleChangedEvent {
  constructor(
    private readonly context: DoubleRequestContext,
    private readonly registry: () => ChangeHandlerRegistry
  ) {}

  add(handler: DoubleChangedHandler): DoubleEventHandlerResult {
    this.context.enqueue({
      payload: { e: "worksheets.onChanged", m: "add" },
      run: () => {
        this.registry().changeHandlers.add(handler);
      },
    });
    const context = this.context;
    return {
      context,
      remove: () => {
        context.enqueue({
          payload: { e: "worksheets.onChanged", m: "remove" },
          run: () => {
            this.registry().changeHandlers.delete(handler);
          },
        });
      },
    };
  }
}
