import { itemKey } from "../calc/items";
import type { PlanNumbers } from "../calc/types";
import { rowText, tablePresent, tableRows } from "../calc/values";
import type { TableKey } from "../config/keys";
import type { Finding } from "../findings";
import type { Plan, PlanRow } from "../plan";
import { finding, rowPlace, type CheckContext } from "./context";
import { sectionLabel } from "./labels";

const ITEM_TABLES = ["SalesPlan", "SalesActual", "Assortment"] as const;

/** Item keys of a table (trimmed, spaces collapsed, case ignored: spec §7). */
function itemKeys(plan: Plan, table: TableKey): Set<string> {
  const keys = new Set<string>();
  for (const row of tableRows(plan, table)) {
    const key = itemKey(rowText(row, "item"));
    if (key !== null) keys.add(key);
  }
  return keys;
}

/**
 * `DUPLICATE_VALUE` for an item that appears again in `SalesPlan`,
 * `SalesActual` or `Assortment` (matched per spec §7); each repeat is named,
 * with the cell of its first row. Duplicates still count in the sums.
 */
export function duplicateItemFindings(
  plan: Plan,
  _numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const findings: Finding[] = [];
  for (const table of ITEM_TABLES) {
    const firstRows = new Map<string, PlanRow>();
    for (const row of tableRows(plan, table)) {
      const name = rowText(row, "item");
      const key = itemKey(name);
      if (key === null || name === null) continue;
      const first = firstRows.get(key);
      if (!first) {
        firstRows.set(key, row);
        continue;
      }
      findings.push(
        finding(ctx, "DUPLICATE_VALUE", rowPlace(plan, table, row, "item"), {
          kind: "item",
          table: sectionLabel(plan, table, ctx.lang),
          value: name.trim(),
          first: first.refs.item?.cell ?? "",
        })
      );
    }
  }
  return findings;
}

function missingItems(
  plan: Plan,
  table: TableKey,
  reference: TableKey
): { row: PlanRow; name: string }[] {
  if (!tablePresent(plan, reference)) return [];
  const known = itemKeys(plan, reference);
  const seen = new Set<string>();
  const result: { row: PlanRow; name: string }[] = [];
  for (const row of tableRows(plan, table)) {
    const name = rowText(row, "item");
    const key = itemKey(name);
    if (key === null || name === null || known.has(key) || seen.has(key)) continue;
    seen.add(key);
    result.push({ row, name: name.trim() });
  }
  return result;
}

/**
 * `SALES_ITEM_NOT_IN_ASSORTMENT` (a SalesPlan item not in Assortment) and
 * `ACTUAL_ITEM_NOT_IN_PLAN` (a SalesActual item not in SalesPlan), once per
 * item at its first row; skipped when the reference table is missing.
 */
export function itemCoverageFindings(
  plan: Plan,
  _numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const findings: Finding[] = [];
  for (const { row, name } of missingItems(plan, "SalesPlan", "Assortment")) {
    findings.push(
      finding(ctx, "SALES_ITEM_NOT_IN_ASSORTMENT", rowPlace(plan, "SalesPlan", row, "item"), {
        item: name,
      })
    );
  }
  for (const { row, name } of missingItems(plan, "SalesActual", "SalesPlan")) {
    findings.push(
      finding(ctx, "ACTUAL_ITEM_NOT_IN_PLAN", rowPlace(plan, "SalesActual", row, "item"), {
        item: name,
      })
    );
  }
  return findings;
}
