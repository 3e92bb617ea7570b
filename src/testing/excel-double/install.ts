import { DOUBLE_ERROR_CODES, DoubleError } from "./errors";
import type { DoubleRequestContext } from "./context";
import type { ExcelDouble } from "./double";

/** Excel.ErrorCodes as Office.js defines them (the values the double uses). */
const EXCEL_ERROR_CODES: Readonly<Record<string, string>> = { ...DOUBLE_ERROR_CODES };

/**
 * Install the double as the globals `Excel` (`run`, `RequestContext`,
 * `ErrorCodes`) and `OfficeExtension` (`Error`, `ErrorCodes`) on `target`
 * (globalThis by default), for jest and for the in-browser preview. Browser-safe.
 * Returns a function that restores what was there before.
 */
export function installExcelDouble(
  double: ExcelDouble,
  target: Record<string, unknown> = globalThis
): () => void {
  const previous = { Excel: target.Excel, OfficeExtension: target.OfficeExtension };
  /** `new Excel.RequestContext()`: a constructor that returns the double's context (a JavaScript constructor may return an object). */
  function RequestContext(): DoubleRequestContext {
    return double.createContext();
  }
  target.Excel = {
    run: <T>(...args: unknown[]): Promise<T> => double.run<T>(...args),
    RequestContext,
    ErrorCodes: EXCEL_ERROR_CODES,
  };
  target.OfficeExtension = { Error: DoubleError, ErrorCodes: EXCEL_ERROR_CODES };
  return () => {
    target.Excel = previous.Excel;
    target.OfficeExtension = previous.OfficeExtension;
  };
}

/** The double's context seen as the real type, for code written against `Excel.RequestContext`. */
export function asExcelContext(context: DoubleRequestContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}
