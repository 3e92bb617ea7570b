import { createContext, useContext } from "react";
import type { Lang } from "../../domain/values";
import type { WorkbookActions } from "../../excel/types";
import type { Translate } from "../../i18n/translate";
import type { ActionRunner } from "./useActionRunner";

/** What every view of the pane needs: the workbook actions, the pane language and the shared action runner. */
export interface PaneContextValue {
  readonly actions: WorkbookActions;
  readonly lang: Lang;
  readonly t: Translate;
  readonly runner: ActionRunner;
  /** Today as `YYYY-MM-DD` (read at the edge, passed to the core). */
  readonly today: () => string;
}

/** React context of the pane; provided once by `App`. */
export const PaneContext = createContext<PaneContextValue | null>(null);

/** The pane context; a component outside `App` is a bug and says so. */
export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error("usePane() used outside <App>");
  return value;
}
