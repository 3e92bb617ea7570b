import { useCallback, useEffect, useState } from "react";
import type { WorkbookActions, WorkbookState } from "../../excel/types";
import { describeError } from "../describeError";

/** The workbook state for the header, with a way to read it again after an action. */
export interface WorkbookStateHook {
  /** null until the first read finishes. */
  readonly state: WorkbookState | null;
  /** What went wrong with the last read, or null. */
  readonly error: string | null;
  readonly refresh: () => Promise<void>;
}

/** Reads `actions.readState()` on mount and on `refresh()`; a failed read is reported, never thrown. */
export function useWorkbookState(actions: WorkbookActions): WorkbookStateHook {
  const [state, setState] = useState<WorkbookState | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setState(await actions.readState());
      setError(null);
    } catch (e: unknown) {
      console.error("[kam] readState failed", e);
      setError(describeError(e));
    }
  }, [actions]);

  useEffect(() => {
    let live = true;
    actions.readState().then(
      (read) => {
        if (!live) return;
        setState(read);
        setError(null);
      },
      (e: unknown) => {
        console.error("[kam] readState failed", e);
        if (live) setError(describeError(e));
      }
    );
    return () => {
      live = false;
    };
  }, [actions]);

  return { state, error, refresh };
}
