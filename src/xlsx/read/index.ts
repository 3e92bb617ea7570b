/** The .xlsx file reader: file or bytes → WorkbookSnapshot (read-workbook.ts), exceljs normalisation (normalize.ts). */
export {
  readWorkbookBuffer,
  readWorkbookFile,
  readWorkbookBytes,
  type ReadFileOptions,
} from "./read-workbook";
export { normalizeForExcelJs } from "./normalize";
