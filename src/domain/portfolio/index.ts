/**
 * Manager tools, the pure part, inside the core's lint guard (no exceljs, no Node
 * APIs): safe for the task pane bundle. The .xlsx rendering of the summary is at
 * the edge, src/portfolio/summary-xlsx.ts (exceljs), imported by the CLI only.
 *
 * Task pane "paste a range and map its columns": `readActuals(numberRows(grid, firstRow), { columns })`
 * then `mergeActuals(target, read.records, read.badRows)`; `mapColumns` / `HEADER_HINTS` suggest the mapping.
 */
export {
  decodeText,
  parseCsvBytes,
  parseCsvText,
  splitCsv,
  detectDelimiter,
  type CsvTable,
  type CsvRow,
  type CsvEncoding,
} from "./csv";
export {
  mapColumns,
  HEADER_HINTS,
  type ActualsColumn,
  type ColumnChoice,
  type ColumnIndexes,
} from "./columns";
export {
  readActuals,
  numberRows,
  type ActualRecord,
  type ActualsRead,
  type BadRow,
  type BadRowReason,
  type NumberedRow,
  type ReadActualsOptions,
} from "./actuals-grid";
export {
  mergeActuals,
  type ActualsMerge,
  type ActualsReport,
  type ActualsTarget,
  type ImportGroup,
  type SalesRowValues,
} from "./actuals";
export { renderActualsReport, actualsReportToJson, missingColumnsText } from "./actuals-render";
export { actualsTargetOf, withSalesActual } from "./import-actuals";
export { parseAmountText, detectDecimalSeparator, type DecimalSeparator } from "./numbers";
export { parseMonthCell } from "../month-cell";
export {
  diffPlans,
  ROW_KEY_FIELDS,
  type PlanDiff,
  type DiffSide,
  type FieldChange,
  type RowChange,
  type TableDiff,
  type SalesChange,
} from "./diff";
export { renderDiffText, diffToJson, changeCount } from "./diff-render";
export {
  summarizePortfolio,
  type PortfolioSummary,
  type SummaryInput,
  type SummaryRow,
  type SummaryFinding,
  type SummaryTotals,
} from "./summary";
export { renderSummaryText, summaryToJson } from "./summary-render";
export { teamOverload, type TeamOverload, type TeamShare } from "./team-load";
export { matchKey } from "./normalize";
