import { ExcelDouble, installExcelDouble } from "../../testing/excel-double";
import { createWorkbookActions, type WorkbookActionsOptions } from "../actions";
import type { WorkbookActions } from "../types";

/** A fresh double installed as the Excel global and the adapter over it (with `options`); call `restore` after the test. */
export function onDouble(
  double = new ExcelDouble(),
  options: WorkbookActionsOptions = {}
): { double: ExcelDouble; actions: WorkbookActions; restore: () => void } {
  const restore = installExcelDouble(double);
  return { double, actions: createWorkbookActions(options), restore };
}
