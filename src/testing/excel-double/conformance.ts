import type { DoubleDataValidation } from "./validation";
import type { DoubleNamedItem } from "./workbook";
import type { DoubleRange } from "./range";
import type { DoubleTable } from "./table";
import type { DoubleWorksheet, DoubleWorksheetProtection } from "./worksheet";

/**
 * Compile-time proof that the double is typed against @types/office-js: the
 * data properties it offers have the real API's types, and its methods accept
 * the real API's arguments. (Methods return the double's own proxies, so they
 * are compared by parameters.) A change of @types/office-js that breaks one
 * of these fails `tsc`.
 */
type Assignable<T, U extends T> = U;
type Params<F> = F extends (...args: infer A) => unknown ? A : never;
type Accepts<Real, Double> = Params<Real> extends Params<Double> ? true : false;
type Holds<T extends true> = T;

export type RangeProperties = Assignable<
  Pick<
    Excel.Range,
    | "address"
    | "rowCount"
    | "columnCount"
    | "rowIndex"
    | "columnIndex"
    | "values"
    | "formulas"
    | "numberFormat"
    | "rowHidden"
  >,
  Pick<
    DoubleRange,
    | "address"
    | "rowCount"
    | "columnCount"
    | "rowIndex"
    | "columnIndex"
    | "values"
    | "formulas"
    | "numberFormat"
    | "rowHidden"
  >
>;
export type RangeMethods = [
  Holds<Accepts<Excel.Range["getCell"], DoubleRange["getCell"]>>,
  Holds<Accepts<Excel.Range["getResizedRange"], DoubleRange["getResizedRange"]>>,
  Holds<Accepts<Excel.Range["getOffsetRange"], DoubleRange["getOffsetRange"]>>,
];
export type WorksheetProperties = Assignable<
  Pick<Excel.Worksheet, "name" | "id" | "position">,
  Pick<DoubleWorksheet, "name" | "id" | "position">
>;
export type WorksheetMethods = [
  Holds<Accepts<Excel.Worksheet["getRangeByIndexes"], DoubleWorksheet["getRangeByIndexes"]>>,
  Holds<Accepts<Excel.Worksheet["getCell"], DoubleWorksheet["getCell"]>>,
  Holds<Accepts<Excel.Worksheet["getUsedRange"], DoubleWorksheet["getUsedRange"]>>,
];
export type ProtectionProperties = Assignable<
  Pick<Excel.WorksheetProtection, "protected" | "options">,
  Pick<DoubleWorksheetProtection, "protected" | "options">
>;
export type TableProperties = Assignable<
  Pick<Excel.Table, "name" | "id" | "showTotals" | "style" | "showBandedRows">,
  Pick<DoubleTable, "name" | "id" | "showTotals" | "style" | "showBandedRows">
>;
export type NamedItemProperties = Assignable<
  Pick<Excel.NamedItem, "name" | "formula" | "visible" | "comment">,
  Pick<DoubleNamedItem, "name" | "formula" | "visible" | "comment">
>;
export type ValidationProperties = Assignable<
  Pick<Excel.DataValidation, "rule" | "prompt" | "errorAlert" | "ignoreBlanks">,
  Pick<DoubleDataValidation, "rule" | "prompt" | "errorAlert" | "ignoreBlanks">
>;
