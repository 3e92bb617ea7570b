/**
 * Task-pane bootstrap: waits for Office.js, then renders the pane inside a FluentProvider whose theme
 * follows Office's theme (light, dark, or high contrast when the system forces colours) and whose
 * language follows Office's display language.
 */
import { bootTaskPane } from "./boot";
import { createWorkbookActions } from "./workbookActions";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  bootTaskPane(container, createWorkbookActions());
});
