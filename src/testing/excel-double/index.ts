/**
 * The Excel test double: an in-memory implementation of the part of the Excel
 * JavaScript API the adapter (src/excel/) uses, with Office.js's proxy/queue
 * semantics and errors. Browser-safe (no node: imports): the preview installs
 * it as the `Excel` global. See README notes in double.ts / context.ts.
 */
export {
  ExcelDouble,
  REQUEST_LIMIT_BYTES,
  type InjectedFault,
  type RequestRecord,
  type DoubleRunOptions,
} from "./double";
export { DoubleRequestContext } from "./context";
export { DoubleError, DOUBLE_ERROR_CODES, type DoubleErrorCode } from "./errors";
export { installExcelDouble, asExcelContext } from "./install";
export { modelFromSnapshot, snapshotOfModel } from "./snapshot";
export {
  newWorkbook,
  type WorkbookModel,
  type SheetModel,
  type CellModel,
  type TableModel,
  type NameModel,
  type ChartModel,
} from "./model";
export { chartLines, DoubleChart, DoubleChartCollection } from "./charts";
export {
  conditionalFormatLines,
  DoubleConditionalFormat,
  DoubleConditionalFormatCollection,
  DoubleDataBar,
} from "./conditional-formats";
export { parseAddress, rectA1, type Rect } from "./address";
