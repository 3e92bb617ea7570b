import type { ConditionalFormatLayout } from "../layout/types";
import { dataStep, type WriteStep } from "./chunks";

/**
 * Steps that add a sheet's conditional formats: a data bar per layout format,
 * `range.conditionalFormats.add('DataBar')` with a solid fill of the layout's
 * colour and its scale — 0 … the `max` formula, or the lowest … highest value
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting).
 * Queued before the sheet is protected (a protected sheet refuses formatting).
 */
export function conditionalFormatSteps(
  sheetOf: () => Excel.Worksheet,
  formats: readonly ConditionalFormatLayout[]
): WriteStep[] {
  return formats.map((format) =>
    dataStep(
      format,
      (f) => {
        const bar = sheetOf().getRange(f.range).conditionalFormats.add("DataBar").dataBar;
        bar.positiveFormat.fillColor = `#${f.rule.color}`;
        bar.positiveFormat.gradientFill = false;
        if (f.rule.max !== null) {
          bar.lowerBoundRule = { type: "Number", formula: "0" };
          bar.upperBoundRule = { type: "Formula", formula: `=${f.rule.max}` };
        }
      },
      5
    )
  );
}
