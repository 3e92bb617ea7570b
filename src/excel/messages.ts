import type { ActionFailure } from "./types";

export { adapterText, type AdapterText } from "../domain/text/adapter";

/** The failure kind of an Office.js error code. */
export function failureOfCode(
  code: string
): Extract<ActionFailure, "cell_edit_mode" | "protected" | "excel_error"> {
  if (code === "InvalidOperationInCellEditMode") return "cell_edit_mode";
  if (code === "AccessDenied") return "protected";
  return "excel_error";
}

/** The `code` of an `OfficeExtension.Error` (or `GeneralException` for anything else). */
export function errorCode(error: unknown): string {
  return typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string"
    ? (error as { code: string }).code
    : "GeneralException";
}
