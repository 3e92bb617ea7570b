import { itemKey } from "../calc/items";
import { planSpanOf } from "../calc/plan-span";
import { numberOf } from "../calc/values";
import { mulRateToMinor } from "../money";
import type { Plan, PlanRow, PlanTable, TypedValue } from "../plan";
import type { CellRef, Month } from "../values";
import type { VolumeChange, WhatIfChange } from "./changes";

/** What a changed input is: a form field, a tier's threshold or rate, or one sales plan cell. */
export type InputTarget =
  | { readonly kind: "form"; readonly field: "credit_depth_days" | "budget_rate" }
  | { readonly kind: "tier"; readonly row: number; readonly field: "threshold" | "rate" }
  | { readonly kind: "sales"; readonly row: number; readonly item: string; readonly month: Month };

/**
 * One input cell a what-if changes, with its place in the workbook (null when the plan has no cell
 * for it: a missing defined name) and its value before and after in the plan's units
 * (amounts in minor units, rates as fractions, days as integers). `Apply to plan` writes these.
 */
export interface InputChange {
  readonly target: InputTarget;
  readonly unit: "amount" | "ratio" | "integer";
  readonly ref: CellRef | null;
  readonly before: number | null;
  readonly after: number;
}

/** The plan with the changes made, and every input cell that differs from the original. */
export interface ChangedPlan {
  readonly plan: Plan;
  readonly inputs: readonly InputChange[];
}

/** Minor units scaled by (1 + fraction), rounded to the cent as Excel's ROUND. */
function scaled(minor: number, fraction: number): number {
  return mulRateToMinor(minor, 1 + fraction);
}

/**
 * `total` split over `weights` in proportion (evenly when every weight is 0), in whole minor units
 * that add up to `total` exactly: each gets the floor of its share, the cents left go to the
 * largest remainders (the first of equal ones). BigInt keeps products above 2^53 exact.
 */
export function splitInProportion(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const w = sum > 0 ? weights.map((x) => BigInt(Math.max(0, x))) : weights.map(() => 1n);
  const whole = w.reduce((a, b) => a + b, 0n);
  const t = BigInt(total);
  const shares = w.map((x) => (t * x) / whole);
  const remainders = w.map((x, i) => ({ i, r: (t * x) % whole }));
  let left = t - shares.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0n) break;
    shares[i] = (shares[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return shares.map(Number);
}

/** A mutable copy of the sales plan's month amounts: row index → month → minor units. */
type SalesGrid = Map<number, Map<Month, number>>;

function volumeOf(
  cells: readonly (readonly [number, Month])[],
  grid: SalesGrid,
  change: VolumeChange
): void {
  const get = (row: number, month: Month): number => grid.get(row)?.get(month) ?? 0;
  const set = (row: number, month: Month, value: number): void => {
    grid.get(row)?.set(month, value);
  };
  if (change.by === "percent") {
    for (const [row, month] of cells) set(row, month, scaled(get(row, month), change.fraction));
    return;
  }
  const split = splitInProportion(
    change.minor,
    cells.map(([row, month]) => get(row, month))
  );
  cells.forEach(([row, month], i) => set(row, month, split[i] ?? 0));
}

function withRowValue(row: PlanRow, field: string, value: TypedValue): PlanRow {
  return { ...row, values: { ...row.values, [field]: value } };
}

/**
 * Make the what-if changes on a plan (pure): the form fields and tier cells take their new values;
 * the sales plan volumes change in this order — `scale` (every cell), then each item, then each
 * month (each on the result of the step before). Returns the new plan and every input cell that
 * now differs, in the order form fields, tiers, sales cells (by row, then month).
 */
export function applyChanges(plan: Plan, changes: readonly WhatIfChange[]): ChangedPlan {
  const form: Record<string, TypedValue | null> = { ...plan.form };
  const inputs: InputChange[] = [];
  const tierTable = plan.tables["DiscountTiers"];
  const tierRows: PlanRow[] = tierTable?.present ? [...tierTable.rows] : [];
  const formChange = (field: "credit_depth_days" | "budget_rate", value: number): void => {
    form[field] = value;
  };
  for (const change of changes) {
    switch (change.kind) {
      case "credit_depth_days":
        formChange("credit_depth_days", change.days);
        break;
      case "budget_rate":
        formChange("budget_rate", change.rate);
        break;
      case "tier_threshold":
      case "tier_rate": {
        const index = change.tier - 1;
        const row = tierRows[index];
        if (row === undefined) break;
        tierRows[index] =
          change.kind === "tier_rate"
            ? withRowValue(row, "rate", change.rate)
            : withRowValue(row, "threshold", change.minor);
        break;
      }
      case "month_volume":
      case "item_volume":
      case "scale":
        break;
      default: {
        const never: never = change;
        throw new Error(`unknown what-if change ${JSON.stringify(never)}`);
      }
    }
  }
  for (const field of ["credit_depth_days", "budget_rate"] as const) {
    const before = numberOf(plan.form[field]);
    const after = numberOf(form[field]);
    if (after !== null && after !== before)
      inputs.push({
        target: { kind: "form", field },
        unit: field === "budget_rate" ? "ratio" : "integer",
        ref: plan.formRefs[field] ?? null,
        before,
        after,
      });
  }
  tierRows.forEach((row, index) => {
    const old = tierTable?.rows[index];
    for (const field of ["threshold", "rate"] as const) {
      const before = numberOf(old?.values[field]);
      const after = numberOf(row.values[field]);
      if (after !== null && after !== before)
        inputs.push({
          target: { kind: "tier", row: index, field },
          unit: field === "rate" ? "ratio" : "amount",
          ref: row.refs[field] ?? null,
          before,
          after,
        });
    }
  });

  const sales = salesChanges(plan, changes);
  const tables: Record<string, PlanTable> = { ...plan.tables };
  if (tierTable?.present) tables["DiscountTiers"] = { ...tierTable, rows: tierRows };
  if (sales.table !== null) tables["SalesPlan"] = sales.table;
  inputs.push(...sales.inputs);
  return { plan: { ...plan, form, tables }, inputs };
}

/** The volume changes on `SalesPlan`: the new table (null when no volume changed) and its changed cells. */
function salesChanges(
  plan: Plan,
  changes: readonly WhatIfChange[]
): { readonly table: PlanTable | null; readonly inputs: readonly InputChange[] } {
  const table = plan.tables["SalesPlan"];
  const volume = changes.filter(
    (c) => c.kind === "scale" || c.kind === "item_volume" || c.kind === "month_volume"
  );
  if (!table?.present || volume.length === 0) return { table: null, inputs: [] };
  const { months } = planSpanOf(plan);
  const columns = months.filter((m) => table.monthColumns.includes(m));
  const grid: SalesGrid = new Map(
    table.rows.map((row) => [row.index, new Map(columns.map((m) => [m, row.months[m] ?? 0]))])
  );
  const keyOf = (row: PlanRow): string | null => {
    const name = row.values["item"];
    return typeof name === "string" ? itemKey(name) : null;
  };
  const cells = (rows: readonly PlanRow[], ms: readonly Month[]): [number, Month][] =>
    rows.flatMap((row) => ms.map((m): [number, Month] => [row.index, m]));
  const ordered = [
    ...volume.filter((c) => c.kind === "scale"),
    ...volume.filter((c) => c.kind === "item_volume"),
    ...volume.filter((c) => c.kind === "month_volume"),
  ];
  for (const change of ordered) {
    if (change.kind === "scale")
      volumeOf(cells(table.rows, columns), grid, { by: "percent", fraction: change.fraction });
    else if (change.kind === "item_volume") {
      const key = itemKey(change.item);
      volumeOf(
        cells(
          table.rows.filter((row) => keyOf(row) === key),
          columns
        ),
        grid,
        change.change
      );
    } else if (columns.includes(change.month))
      volumeOf(cells(table.rows, [change.month]), grid, change.change);
  }
  const inputs: InputChange[] = [];
  const rows = table.rows.map((row) => {
    const next = grid.get(row.index);
    if (!next) return row;
    const monthsOut: Record<Month, number> = { ...row.months };
    for (const [month, after] of next) {
      const before = row.months[month] ?? 0;
      if (after === before) continue;
      monthsOut[month] = after;
      inputs.push({
        target: { kind: "sales", row: row.index, item: String(row.values["item"] ?? ""), month },
        unit: "amount",
        ref: row.monthRefs[month] ?? null,
        before,
        after,
      });
    }
    return { ...row, months: monthsOut };
  });
  return { table: { ...table, rows }, inputs };
}
