import { useCallback, useRef, useState } from "react";
import type { ProgressListener, ProgressStep } from "../../excel/types";
import type { MessageKey, Translate } from "../../i18n/translate";
import { describeError } from "../describeError";

/** A long action the pane runs; its name appears in failure messages. */
export type PaneAction =
  | "build"
  | "check"
  | "select"
  | "write"
  | "apply"
  | "upgrade"
  | "addRows"
  | "openConfig"
  | "readConfig"
  | "readState"
  | "importActuals"
  | "applyWhatIf";

/** A message shown in the pane's MessageBar. */
export interface Notice {
  readonly intent: "success" | "info" | "warning" | "error";
  readonly title?: string;
  readonly text: string;
}

/** What the ProgressBar shows while an action runs. */
export interface Progress {
  readonly text: string;
  /** 0–1 when the adapter knows it; otherwise the bar is indeterminate. */
  readonly fraction?: number;
}

/** The pane's single action runner: one action at a time, buttons disabled meanwhile, failures shown. */
export interface ActionRunner {
  readonly busy: boolean;
  readonly progress: Progress | null;
  readonly notice: Notice | null;
  /**
   * Run `task` as `action`: shows progress (starting with `firstStep`), disables every button,
   * and turns an exception into an error notice. Resolves to the task's value, or `undefined`
   * when it failed or another action was running.
   */
  readonly run: <T>(
    action: PaneAction,
    firstStep: string,
    task: (onProgress: ProgressListener) => Promise<T>
  ) => Promise<T | undefined>;
  readonly setNotice: (notice: Notice | null) => void;
}

const STEP_KEYS: Readonly<Record<string, MessageKey>> = {
  reading: "step.reading",
  computing: "step.computing",
  writing: "step.writing",
  building: "step.building",
  validating: "step.validating",
  archiving: "step.archiving",
  selecting: "step.selecting",
  opening: "step.opening",
};

/** The text of an adapter progress step; an unknown step id shows a generic "working". */
export function stepText(t: Translate, step: string): string {
  const key = STEP_KEYS[step];
  return t(key ?? "step.working");
}

/** The runner hook; `App` creates one and shares it through the pane context. */
export function useActionRunner(t: Translate): ActionRunner {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = useRef(false);

  const run = useCallback(
    async <T>(
      action: PaneAction,
      firstStep: string,
      task: (onProgress: ProgressListener) => Promise<T>
    ): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setBusy(true);
      setNotice(null);
      setProgress({ text: stepText(t, firstStep) });
      const onProgress = (step: ProgressStep): void => {
        setProgress(
          step.fraction === undefined
            ? { text: stepText(t, step.step) }
            : { text: stepText(t, step.step), fraction: step.fraction }
        );
      };
      try {
        return await task(onProgress);
      } catch (error: unknown) {
        console.error(`[kam] ${action} failed`, error);
        setNotice({
          intent: "error",
          title: t("failure.title"),
          text: t("failure.unexpected", {
            action: t(`action.${action}`),
            detail: describeError(error),
          }),
        });
        return undefined;
      } finally {
        running.current = false;
        setBusy(false);
        setProgress(null);
      }
    },
    [t]
  );

  return { busy, progress, notice, run, setNotice };
}
