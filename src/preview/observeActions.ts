import type { WorkbookActions } from "../excel/types";

/**
 * The same actions, calling `onSettled` after each one finishes (or fails): the preview redraws its
 * sheets then. The pane gets this object and cannot tell it from the adapter.
 */
export function observeActions(
  actions: WorkbookActions,
  onSettled: (method: keyof WorkbookActions) => void
): WorkbookActions {
  const wrap = <K extends keyof WorkbookActions>(method: K): WorkbookActions[K] => {
    const original = actions[method] as (...args: unknown[]) => Promise<unknown>;
    const wrapped = async (...args: unknown[]): Promise<unknown> => {
      try {
        return await original.apply(actions, args);
      } finally {
        onSettled(method);
      }
    };
    return wrapped as WorkbookActions[K];
  };
  return {
    readState: wrap("readState"),
    buildTemplate: wrap("buildTemplate"),
    check: wrap("check"),
    selectCell: wrap("selectCell"),
    writeFindingsSheet: wrap("writeFindingsSheet"),
    applyConfiguration: wrap("applyConfiguration"),
    upgradeTemplate: wrap("upgradeTemplate"),
    openConfig: wrap("openConfig"),
    readConfig: wrap("readConfig"),
    ...(actions.importActuals ? { importActuals: wrap("importActuals") } : {}),
    ...(actions.applyInputs ? { applyInputs: wrap("applyInputs") } : {}),
    // Not wrapped: registering a listener changes nothing the sheets view shows.
    ...(actions.watchChanges ? { watchChanges: actions.watchChanges.bind(actions) } : {}),
  };
}
