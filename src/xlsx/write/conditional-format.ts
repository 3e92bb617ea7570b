import type ExcelJS from "exceljs";
import type { ConditionalFormatLayout } from "../../layout/types";

/** exceljs's data-bar rule as it writes it: the typings lack `color` and type a formula bound as a number. */
type DataBarRule = Omit<ExcelJS.DataBarRuleType, "cfvo"> & {
  readonly color: { readonly argb: string };
  readonly cfvo: readonly { readonly type: ExcelJS.CfvoTypes; readonly value?: number | string }[];
};

/**
 * A layout conditional format as exceljs writes it. A data bar becomes a
 * `dataBar` rule (solid fill, the colour as ARGB) with its scale: 0 … the
 * layout's `max` formula, or the range's own min … max. exceljs writes the
 * rule with its Excel 2010 extension (`x14:dataBar`), which Excel and
 * LibreOffice both read.
 */
export function toExcelConditionalFormat(
  format: ConditionalFormatLayout,
  priority: number
): ExcelJS.ConditionalFormattingOptions {
  const { rule } = format;
  const dataBar: DataBarRule = {
    type: "dataBar",
    priority,
    gradient: false,
    cfvo:
      rule.max === null
        ? [{ type: "min" }, { type: "max" }]
        : [
            { type: "num", value: 0 },
            { type: "formula", value: rule.max },
          ],
    color: { argb: `FF${rule.color}` },
  };
  return { ref: format.range, rules: [dataBar as unknown as ExcelJS.DataBarRuleType] };
}
