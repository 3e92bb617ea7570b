/** The .xlsx writer: a WorkbookLayout rendered with exceljs. */
export { writeWorkbook } from "./write-workbook";
