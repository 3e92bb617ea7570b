/**
 * Errors the Excel test double raises, shaped like `OfficeExtension.Error`:
 * `name`, `code` (a value of `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes`),
 * `message` and `debugInfo`. Codes are not localised, exactly as in Office.js.
 * See https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 * and https://learn.microsoft.com/javascript/api/excel/excel.errorcodes
 */

/** The error codes the double produces (strings as Office.js spells them). */
export const DOUBLE_ERROR_CODES = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  /** Excel on the web refuses a request above 5 MB (resource-limits-and-performance-optimization). */
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  /** …and a response above 5 MB (Excel.ErrorCodes.responsePayloadSizeLimitExceeded). */
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  insertDeleteConflict: "InsertDeleteConflict",
} as const;

/** One of the codes above. */
export type DoubleErrorCode = (typeof DOUBLE_ERROR_CODES)[keyof typeof DOUBLE_ERROR_CODES];

/** Extra detail, as `OfficeExtension.DebugInfo`. */
export interface DoubleDebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
}

/**
 * An `OfficeExtension.Error`-like error. Installed as the global
 * `OfficeExtension.Error`, so `instanceof OfficeExtension.Error` works in tests.
 */
export class DoubleError extends Error {
  readonly code: DoubleErrorCode;
  readonly debugInfo: DoubleDebugInfo;
  /** Office.js reports the statement that failed; the double names the queued operation. */
  readonly traceMessages: readonly string[] = [];

  constructor(code: DoubleErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo =
      errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** Shorthand: a DoubleError to throw. */
export function excelError(
  code: DoubleErrorCode,
  message: string,
  errorLocation?: string
): DoubleError {
  return new DoubleError(code, message, errorLocation);
}
