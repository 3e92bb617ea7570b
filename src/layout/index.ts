/**
 * The workbook layout: one description of the sheets, rendered by the .xlsx
 * writer (src/xlsx/write/) and the Office.js writer (src/excel/).
 */
export type * from "./types";
export { buildLayout, NO_VALUES, type BuildLayoutOptions } from "./build";
export { restructure, type RestructureOptions, type Restructured } from "./restructure";
export { carryValues, valuesFromSnapshot, type ExtractedValues } from "./carry-values";
export { SHEET, SPARE_ROWS } from "./sheets";
export { CELL_STYLES, PALETTE, type CellStyleLook } from "./styles";
export { ARCHIVE_HEADERS } from "./archive-sheet";
export { MONTH_TABLE_KEYS } from "./table-columns";
