import { createWorkbookActions as createAdapterActions } from "../excel/actions";
import type { WorkbookActions } from "../excel/types";
import { createWorkbookActions } from "../taskpane/workbookActions";
import {
  ExcelDouble,
  installExcelDouble,
  newWorkbook,
  type WorkbookModel,
} from "../testing/excel-double";

/** The double's workbook and the real adapter's actions on it. */
export interface PreviewHost {
  /** The double's current workbook (read it afresh: the double may replace it). */
  readonly model: () => WorkbookModel;
  readonly actions: WorkbookActions;
  readonly double: ExcelDouble;
}

/**
 * Install the Excel test double as the `Excel` / `OfficeExtension` globals on a new workbook (as
 * Russian Excel opens one: `Лист1`) and create the real adapter on it. `latencyMs` imitates a slow
 * host per sync, so the pane's progress is visible.
 */
export function createPreviewHost(latencyMs = 0): PreviewHost {
  const double = new ExcelDouble(newWorkbook("Лист1"));
  double.latencyMs = latencyMs;
  installExcelDouble(double);
  // The preview always needs the adapter (it builds the sample with it before the pane starts): part of
  // the preview's own bundle, fetched in parallel with the page's other scripts instead of after them.
  const actions = createWorkbookActions(() => Promise.resolve(createAdapterActions()));
  return { model: () => double.model, actions, double };
}
