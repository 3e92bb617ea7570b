import { columnLetter } from "../domain/read/a1";
import type { KamConfig } from "../domain/config/types";
import type { Lang } from "../domain/values";
import { LOCKED_SHEET, SHEET } from "./sheets";
import type { CellLayout, ListValidation, SheetLayout } from "./types";
import type { ListSources } from "./validation";

/**
 * The hidden `Lists` sheet: one column per list of the configuration, the list
 * key in row 1 and the labels in the workbook language below, in list order.
 * Dropdowns take their values from these ranges (never inline strings), so
 * long lists and both languages work; the dropdown writes the label, and every
 * reader and formula accepts labels of both languages and keys.
 */
export function listsSheet(
  config: KamConfig,
  lang: Lang
): { readonly sheet: SheetLayout; readonly sources: ListSources } {
  const cells: CellLayout[] = [];
  const sources = new Map<string, ListValidation>();
  config.lists.forEach((list, i) => {
    const col = columnLetter(i);
    cells.push({
      address: `${col}1`,
      content: { kind: "value", value: list.key },
      numberFormat: "@",
      locked: true,
      style: "header",
    });
    list.values.forEach((v, j) => {
      cells.push({
        address: `${col}${j + 2}`,
        content: { kind: "value", value: v.label[lang] },
        numberFormat: "@",
        locked: true,
        style: "plain",
      });
    });
    const last = Math.max(list.values.length, 1) + 1;
    sources.set(list.key, { kind: "list", sheet: SHEET.lists, range: `${col}2:${col}${last}` });
  });
  const sheet: SheetLayout = {
    name: SHEET.lists,
    visibility: "hidden",
    protection: LOCKED_SHEET,
    freeze: { rows: 1, columns: 0 },
    columnWidths: config.lists.map((_, i) => ({ column: columnLetter(i), width: 28 })),
    cells,
    tables: [],
    validations: [],
    merges: [],
  };
  return { sheet, sources };
}
