import type { WorkbookActions } from "../excel/types";

type Adapter = () => Promise<WorkbookActions>;

/**
 * The live workbook's actions (the Office.js adapter of src/excel) for the task pane and the ribbon:
 * the one place the pane side names the adapter. The adapter and the core it carries (reader, checks,
 * calculators, layout, Config schemas) are a separate chunk, fetched on the first call while the pane
 * is already drawn: the pane's first paint does not wait for the engine, and its initial bundle stays
 * near the React + Fluent floor.
 */
export function createWorkbookActions(load: Adapter = loadAdapter): WorkbookActions {
  let adapter: Promise<WorkbookActions> | null = null;
  const get = (): Promise<WorkbookActions> => {
    adapter ??= load().catch((error: unknown) => {
      adapter = null; // a failed chunk load (network) may succeed on the next try
      throw error;
    });
    return adapter;
  };
  return {
    readState: async () => (await get()).readState(),
    buildTemplate: async (options) => (await get()).buildTemplate(options),
    check: async (options) => (await get()).check(options),
    selectCell: async (ref, uiLang) => (await get()).selectCell(ref, uiLang),
    writeFindingsSheet: async (findings, lang) => (await get()).writeFindingsSheet(findings, lang),
    applyConfiguration: async (options) => (await get()).applyConfiguration(options),
    upgradeTemplate: async (options) => (await get()).upgradeTemplate(options),
    openConfig: async (uiLang) => (await get()).openConfig(uiLang),
    readConfig: async () => (await get()).readConfig(),
    watchChanges: async (onChange) => {
      const adapter = await get();
      if (!adapter.watchChanges) return () => Promise.resolve();
      return adapter.watchChanges(onChange);
    },
    importActuals: async (grid, columns, options) => {
      const adapter = await get();
      if (!adapter.importActuals) throw new Error("The workbook adapter cannot import actuals");
      return adapter.importActuals(grid, columns, options);
    },
    applyInputs: async (writes, uiLang) => {
      const adapter = await get();
      if (!adapter.applyInputs) throw new Error("The workbook adapter cannot write inputs");
      return adapter.applyInputs(writes, uiLang);
    },
  };
}

async function loadAdapter(): Promise<WorkbookActions> {
  const adapter = await import(/* webpackChunkName: "adapter" */ "../excel/actions");
  return adapter.createWorkbookActions();
}
