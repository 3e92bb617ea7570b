/** The .xlsx writer: a WorkbookLayout rendered with exceljs, and what every writer ends with. */
export { writeWorkbook } from "./write-workbook";
export { finishPackage } from "./finish-package";
