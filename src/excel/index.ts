/** The Office.js adapter: every `Excel.*` call of the add-in lives in this folder. */
export { createWorkbookActions, type WorkbookActionsOptions } from "./actions";
export { REQUEST_BUDGET_BYTES } from "./chunks";
export { WorkbookActionError } from "./run";
export { CHECK_SHEET, findingLink } from "./findings-sheet";
export type * from "./types";
export type { MissingFeature } from "./capabilities";
