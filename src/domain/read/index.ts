/** Snapshot → typed plan + structural and type findings; A1 address helpers. */
export { readPlan, type PlanReading } from "./read-plan";
export {
  columnLetter,
  columnIndex,
  parseA1,
  formatA1,
  cellAddress,
  rangeA1,
  type CellPosition,
} from "./a1";
export {
  readCell,
  indexLists,
  booleanOf,
  MAX_AMOUNT,
  type CellReading,
  type ListIndex,
} from "./cell";
export { normalizeText, isEmptyCell, monthOfHeader } from "./text";
export { compareVersions } from "./version";
