/**
 * Matching keys the way the spec matches items (§7): trimmed, inner spaces
 * collapsed, case ignored. Used for items, team members, KPI names and every
 * other row key the portfolio tools match across files.
 */
import { itemKey } from "../calc/items";

/**
 * `'  Молоко   3,2 % '` → `'молоко 3,2 %'`; non-breaking and narrow spaces count as spaces. The core's `itemKey`
 * is the one definition (the checks and calculators match items with it); an empty text is the empty key.
 */
export function matchKey(text: string): string {
  return itemKey(text) ?? "";
}

/** The text of a cell as a person sees it, for matching and messages; null for an empty cell. */
export function cellText(value: string | number | boolean | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === "string" ? value.trim() : String(value);
  return text === "" ? null : text;
}
