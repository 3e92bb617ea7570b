/**
 * Ribbon function file: `checkPlan` (manifest `<FunctionName>checkPlan</FunctionName>`) runs the
 * check without the pane and writes the findings sheet (`Проверка` / `Check`). A failure opens a
 * small dialog (this same page with `#notice=…`) saying what happened and what to do: Excel has no
 * notification bar for function commands, and nothing may fail silently.
 */
import type { Lang } from "../domain/values";
import type { WorkbookActions } from "../excel/types";
import { describeError } from "../taskpane/describeError";
import { translate, paneLangFromDisplayLanguage } from "../i18n/translate";
import { localToday } from "../taskpane/today";
import { createWorkbookActions } from "../taskpane/workbookActions";

/** What the ribbon's Check plan did: the counts, or the failure text for the person. */
export type CheckPlanOutcome =
  | {
      readonly ok: true;
      readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
    }
  | { readonly ok: false; readonly message: string };

/**
 * Check the workbook and write the findings sheet in the workbook's language; an exception becomes
 * a message in `uiLang` that says what happened and what to do.
 */
export async function runCheckPlan(
  actions: WorkbookActions,
  today: string,
  uiLang: Lang
): Promise<CheckPlanOutcome> {
  try {
    const report = await actions.check({ today });
    await actions.writeFindingsSheet(report.findings, report.language);
    return { ok: true, counts: report.summary.counts };
  } catch (error: unknown) {
    console.error("[kam] checkPlan failed", error);
    return {
      ok: false,
      message: translate(uiLang, "failure.unexpected", {
        action: translate(uiLang, "action.check"),
        detail: describeError(error),
      }),
    };
  }
}

const NOTICE = "#notice=";

/** Show `message` in a small Office dialog (this page, notice mode); closes when the person presses Close. */
function showNotice(message: string): void {
  const url = `${window.location.origin}${window.location.pathname}${NOTICE}${encodeURIComponent(message)}`;
  Office.context.ui.displayDialogAsync(
    url,
    { height: 30, width: 35, displayInIframe: true },
    (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        console.error("[kam] could not show the failure notice", result.error, message);
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
    }
  );
}

/** The ribbon's Check plan button. */
async function checkPlan(event: Office.AddinCommands.Event): Promise<void> {
  const uiLang = paneLangFromDisplayLanguage(Office.context.displayLanguage);
  try {
    const outcome = await runCheckPlan(createWorkbookActions(), localToday(), uiLang);
    if (!outcome.ok) showNotice(outcome.message);
  } finally {
    event.completed();
  }
}

/** Notice mode (opened by `showNotice`): the message and a Close button, plain DOM. */
function renderNotice(message: string, uiLang: Lang): void {
  document.documentElement.lang = uiLang;
  const title = document.createElement("h1");
  title.textContent = translate(uiLang, "failure.title");
  title.style.font = "600 16px system-ui, sans-serif";
  const text = document.createElement("p");
  text.textContent = message;
  text.style.font = "14px system-ui, sans-serif";
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = translate(uiLang, "failure.dismiss");
  close.addEventListener("click", () => Office.context.ui.messageParent("close"));
  document.body.append(title, text, close);
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    const uiLang = paneLangFromDisplayLanguage(Office.context.displayLanguage);
    if (window.location.hash.startsWith(NOTICE))
      renderNotice(decodeURIComponent(window.location.hash.slice(NOTICE.length)), uiLang);
    else
      Office.actions.associate("checkPlan", (event: Office.AddinCommands.Event) => {
        void checkPlan(event);
      });
  });
}
