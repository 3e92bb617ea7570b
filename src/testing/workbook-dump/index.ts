/** Writer-neutral dumps of built workbooks (the Excel double's model, an .xlsx file) and their comparison. */
export type * from "./types";
export { dumpModel, onlySheets } from "./from-model";
export { diffDumps } from "./compare";
