import type { CellLayout } from "./types";

/** A locked helper cell holding a formula the layout owns (Calc's helper cells, the discount rows). */
export function lockedFormulaCell(
  address: string,
  formula: string,
  numberFormat: string
): CellLayout {
  return {
    address,
    content: { kind: "formula", formula },
    numberFormat,
    locked: true,
    style: "computed",
  };
}

/** A locked text cell (a title, header or label the layout writes); `@` so it stays text. */
export function lockedTextCell(
  address: string,
  value: string,
  style: CellLayout["style"]
): CellLayout {
  return { address, content: { kind: "value", value }, numberFormat: "@", locked: true, style };
}
