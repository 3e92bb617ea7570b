import type { WorkbookSnapshot } from "../domain/snapshot";
import { readWorkbookFile } from "../xlsx/read/read-workbook";
import type { CliContext } from "./context";

/** Read a workbook the user named (relative to the working folder); errors name it as typed. */
export function readUserWorkbook(context: CliContext, file: string): Promise<WorkbookSnapshot> {
  return readWorkbookFile(context.resolve(file), { displayName: file });
}
