/**
 * Tell the pane when the workbook changed after a check, so it can mark the check's results stale.
 * Excel's own event (`worksheets.onChanged`, ExcelApi 1.9) instead of re-reading the workbook: costs
 * one sync to register and nothing while the person types.
 */

/** Stops listening (one sync). */
export type StopWatching = () => Promise<void>;

/**
 * Call `onChange` after each edit of the workbook's cells that this add-in did not make itself
 * (`triggerSource` `ThisLocalAddin`, ExcelApi 1.14; a host that does not say who changed it is taken
 * to be a person). Resolves once the handler is registered, to the function that removes it.
 */
export async function watchWorkbookChanges(onChange: () => void): Promise<StopWatching> {
  // A host without the event (before ExcelApi 1.9) cannot tell: the pane then never marks a check stale.
  if (!eventSupported()) return () => Promise.resolve();
  const registered = await Excel.run(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(async (event) => {
      const source = (event as { readonly triggerSource?: string }).triggerSource;
      if (source !== "ThisLocalAddin") onChange();
      return Promise.resolve();
    });
    await context.sync();
    return result;
  });
  return async () => {
    await Excel.run(registered.context, async (context) => {
      registered.remove();
      await context.sync();
    });
  };
}

/** Is `worksheets.onChanged` there? Office.js answers; without Office (tests on the double) it is assumed. */
function eventSupported(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context.requirements.isSetSupported("ExcelApi", "1.9") ?? true;
}
