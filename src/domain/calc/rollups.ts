import type { PlanRow } from "../plan";
import type { Month } from "../values";
import { itemKey } from "./items";
import type { Block, BlockKey, Rollup } from "./types";
import { rowText } from "./values";

/** Per-month column sums of a sales table over the plan months, minor units. */
export type MonthlySums = Readonly<Record<Month, number>>;

/** Adds a row's amounts of the plan months into `sums` (same order as `months`); empty cells are 0. */
function addRow(sums: number[], row: PlanRow, months: readonly Month[]): void {
  const amounts = row.months;
  for (let j = 0; j < months.length; j++) {
    const month = months[j];
    sums[j] = (sums[j] ?? 0) + (month === undefined ? 0 : (amounts[month] ?? 0));
  }
}

/** Column sums over `rows` as an array in the order of `months`. */
function columnSums(rows: readonly PlanRow[], months: readonly Month[]): number[] {
  const sums = new Array<number>(months.length).fill(0);
  for (const row of rows) addRow(sums, row, months);
  return sums;
}

function toRecord(sums: readonly number[], months: readonly Month[]): MonthlySums {
  const record: Record<Month, number> = {};
  months.forEach((month, j) => {
    record[month] = sums[j] ?? 0;
  });
  return record;
}

/**
 * S_m (spec §4): for each plan month, the sum of that month's column over every
 * row (`SUM(SalesPlan[2027-01])`). Empty cells count as 0; duplicate rows and
 * rows without an item count too (the sheet's numbers are what they are).
 * Month columns outside the plan are ignored.
 */
export function monthlySums(rows: readonly PlanRow[], months: readonly Month[]): MonthlySums {
  return toRecord(columnSums(rows, months), months);
}

/** Sums of monthly values over each block: Σ over the block's months (`SUM` of the block's columns). */
export function rollupOf(monthly: MonthlySums, blocks: readonly Block[]): Rollup {
  const rollup: Record<BlockKey, number> = {};
  for (const block of blocks) {
    let sum = 0;
    for (const month of block.months) sum += monthly[month] ?? 0;
    rollup[block.key] = sum;
  }
  return rollup;
}

/** Rows of one item: its name as in its first row and the rows that match it (spec §7 matching). */
export interface ItemGroup {
  readonly key: string;
  readonly name: string;
  readonly rows: readonly PlanRow[];
}

/** Rows grouped by item key, in order of first appearance; rows without an item are left out. */
export function itemGroups(rows: readonly PlanRow[]): readonly ItemGroup[] {
  const groups = new Map<string, { key: string; name: string; rows: PlanRow[] }>();
  for (const row of rows) {
    const name = rowText(row, "item");
    const key = itemKey(name);
    if (key === null || name === null) continue;
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { key, name, rows: [row] });
  }
  return [...groups.values()];
}

/** Rollups of a sales table: `total` over every row, then each item (duplicates add up). */
export interface SalesRollups {
  readonly monthly: MonthlySums;
  readonly rollups: Readonly<Record<string, Rollup>>;
  /** The item groups the per-item rollups were made of. */
  readonly groups: readonly ItemGroup[];
}

/** Block sums of column sums given in month order. */
function blockSums(
  sums: readonly number[],
  positions: readonly (readonly number[])[],
  blocks: readonly Block[]
): Rollup {
  const rollup: Record<BlockKey, number> = {};
  blocks.forEach((block, b) => {
    let sum = 0;
    for (const j of positions[b] ?? []) sum += sums[j] ?? 0;
    rollup[block.key] = sum;
  });
  return rollup;
}

/**
 * Rollups of the plan (spec §4): `total` from S_m, and per item the sums of its
 * rows over the blocks, keyed by the item as spelled in its first row.
 * `nameOf` may respell an item key (actuals use the plan's spelling).
 */
export function salesRollups(
  rows: readonly PlanRow[],
  months: readonly Month[],
  blocks: readonly Block[],
  nameOf: (group: ItemGroup) => string = (group) => group.name
): SalesRollups {
  const index = new Map(months.map((month, j) => [month, j]));
  const positions = blocks.map((block) => block.months.map((month) => index.get(month) ?? -1));
  const total = columnSums(rows, months);
  const groups = itemGroups(rows);
  const rollups: Record<string, Rollup> = {};
  for (const group of groups)
    rollups[nameOf(group)] = blockSums(columnSums(group.rows, months), positions, blocks);
  // `total` last so that an item literally named "total" cannot hide the plan's total.
  rollups.total = blockSums(total, positions, blocks);
  return { monthly: toRecord(total, months), rollups, groups };
}

/**
 * Fulfillment = actual / plan for the same block (spec §4), null where the
 * plan block is 0 (`IF(plan=0, "", actual/plan)`); for `total` and each plan item.
 */
export function fulfillmentOf(
  plan: Readonly<Record<string, Rollup>>,
  actual: Readonly<Record<string, Rollup>>
): Readonly<Record<string, Readonly<Record<BlockKey, number | null>>>> {
  const result: Record<string, Record<BlockKey, number | null>> = {};
  for (const name of Object.keys(plan)) {
    const planRollup = plan[name] ?? {};
    const actualRollup = actual[name];
    const ratios: Record<BlockKey, number | null> = {};
    for (const block of Object.keys(planRollup)) {
      const planned = planRollup[block] ?? 0;
      ratios[block] = planned === 0 ? null : (actualRollup?.[block] ?? 0) / planned;
    }
    result[name] = ratios;
  }
  return result;
}
