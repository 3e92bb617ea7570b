/**
 * Ribbon function file: `checkPlan` (manifest `<FunctionName>checkPlan</FunctionName>`) runs the
 * check without the pane and writes the findings sheet (`Проверка` / `Check`) and activates it — the
 * result shows in the workbook itself. A failure opens a small dialog (this same page with `#notice=…`)
 * saying what happened and what to do, and the command stays open until the dialog is closed
 * (`showNoticeThenComplete`): Excel has no notification bar for function commands, and nothing may
 * fail silently.
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

/** The part of `Office.context.ui` the notice needs (a fake in tests). */
export type NoticeUi = Pick<Office.UI, "displayDialogAsync">;

/**
 * Show `message` in a small Office dialog (this page, notice mode) and complete the command only when the
 * dialog is gone. `event.completed()` "indicates that the add-in has completed processing and will
 * automatically be closed" (https://learn.microsoft.com/javascript/api/office/office.addincommands.event):
 * the function file's runtime ends, and a dialog it opened goes with it — completing right after
 * `displayDialogAsync` closed the notice before anyone saw it. So `complete` runs when the person closes
 * the notice (its Close button sends a message; the dialog's own ✕ raises DialogEventReceived, 12006:
 * https://learn.microsoft.com/javascript/api/office/office.dialog), or at once when the dialog cannot open.
 */
export function showNoticeThenComplete(
  ui: NoticeUi,
  url: string,
  message: string,
  complete: () => void
): void {
  let completed = false;
  const finish = (): void => {
    if (completed) return;
    completed = true;
    complete();
  };
  ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (result) => {
    if (result.status !== Office.AsyncResultStatus.Succeeded) {
      console.error("[kam] could not show the failure notice", result.error, message);
      finish();
      return;
    }
    const dialog = result.value;
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
      dialog.close();
      finish();
    });
    dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
  });
}

/** The ribbon's Check plan button. */
async function checkPlan(event: Office.AddinCommands.Event): Promise<void> {
  const uiLang = paneLangFromDisplayLanguage(Office.context.displayLanguage);
  let outcome: CheckPlanOutcome;
  try {
    outcome = await runCheckPlan(createWorkbookActions(), localToday(), uiLang);
  } catch (error: unknown) {
    outcome = { ok: false, message: describeError(error) };
  }
  if (outcome.ok) {
    event.completed();
    return;
  }
  const url = `${window.location.origin}${window.location.pathname}${NOTICE}${encodeURIComponent(outcome.message)}`;
  showNoticeThenComplete(Office.context.ui, url, outcome.message, () => {
    event.completed();
  });
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
