import { isMonth } from "../periods";

/**
 * Every computed value of a plan as a flat list, read generically from the calculators' record
 * (`PlanNumbers`, and whatever is added to it later): each leaf number or text with its path.
 * Units come from the record's own conventions (amounts in minor units, ratios as fractions,
 * dates as serials) by the name of the value (`UNITS`, `FIELD_UNITS`).
 */

/** How a computed value is measured, and so shown and differenced. */
export type ValueUnit = "amount" | "ratio" | "date" | "month" | "index" | "text" | "number";

/** A leaf of the computed values: a number, a text (a month, a list key) or empty. */
export type Leaf = number | string | null;

/** One computed value: where it is in the record, its unit and its value. */
export interface ComputedValue {
  /** Machine key: the top name in snake_case (`credit_required`), then the nested keys, joined with `.`. */
  readonly key: string;
  /** The path in the record (top name as the record spells it, array indexes as numbers). */
  readonly path: readonly (string | number)[];
  readonly unit: ValueUnit;
  readonly value: Leaf;
}

/**
 * Parts of the record that describe the plan's shape rather than compute a value (the months
 * and blocks): left out.
 */
const SHAPE = new Set(["months", "blocks"]);

/**
 * Units by the record's top-level name. Names of spec §9–10 are here already so their values
 * show with their unit as soon as the calculators add them.
 */
const UNITS: Readonly<Record<string, ValueUnit>> = {
  planEnd: "date",
  nextReview: "date",
  monthlyPlan: "amount",
  monthlyActual: "amount",
  rollups: "amount",
  actualRollups: "amount",
  fulfillment: "ratio",
  salesPlanTotal: "amount",
  discountTotal: "amount",
  netSalesTotal: "amount",
  budgetAmount: "amount",
  spending: "amount",
  creditNeed: "amount",
  creditRequired: "amount",
  creditUtilization: "ratio",
  kpiFulfillment: "ratio",
  kpiScore: "ratio",
  actualsThrough: "month",
  planToDate: "amount",
  actualToDate: "amount",
  fulfillmentToDate: "ratio",
  totalFulfillmentToDate: "ratio",
  rollupsToDate: "amount",
  actualRollupsToDate: "amount",
  forecastTotal: "amount",
  forecastGap: "amount",
  discountEarned: "amount",
  completeness: "ratio",
  grossMargin: "ratio",
};

/** Units of the fields of records inside lists (discount lines, next tiers, promos), by field name. */
const FIELD_UNITS: Readonly<Record<string, ValueUnit>> = {
  condition: "text",
  basisPeriod: "text",
  basis_period: "text",
  months: "month",
  base: "amount",
  tierRow: "index",
  rate: "ratio",
  discount: "amount",
  blockStart: "month",
  block_start: "month",
  blockEnd: "month",
  block_end: "month",
  actualToDate: "amount",
  actual_to_date: "amount",
  threshold: "amount",
  gap: "amount",
  row: "index",
  activity: "text",
  item: "text",
  baseline: "amount",
  incremental: "amount",
  incrementalPerCost: "ratio",
  incremental_per_cost: "ratio",
  promoReturn: "amount",
  promo_return: "amount",
  cost: "amount",
};

/** `creditRequired` → `credit_required` (names already in snake_case stay). */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The unit of a leaf: by the field name inside a list's record, else by the top name, else by its value. */
function unitOf(top: string, field: string | null, value: Leaf): ValueUnit {
  const byField = field === null ? undefined : FIELD_UNITS[field];
  if (byField !== undefined) return byField;
  const byTop = UNITS[top];
  if (byTop !== undefined) return byTop;
  if (typeof value === "string") return isMonth(value) ? "month" : "text";
  return "number";
}

/**
 * The computed values of a record in order (its keys' order, then nested keys and indexes), each
 * leaf once. Records inside lists have their field names put into snake_case in the key (`discounts.0.tier_row`);
 * keys of plain records (items, months, blocks) stay as they are.
 */
export function computedValues(record: object): readonly ComputedValue[] {
  const out: ComputedValue[] = [];
  const walk = (
    value: unknown,
    path: (string | number)[],
    keys: string[],
    top: string,
    field: string | null
  ): void => {
    if (value === null || typeof value === "number" || typeof value === "string") {
      out.push({ key: keys.join("."), path: [...path], unit: unitOf(top, field, value), value });
      return;
    }
    if (value === undefined || typeof value === "boolean") return;
    if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => {
        walk(item, [...path, i], [...keys, String(i)], top, field);
      });
      return;
    }
    if (typeof value !== "object") return;
    // A record inside a list: its names are fields (snake_case keys, units by field name).
    const inList = typeof path[path.length - 1] === "number";
    for (const [name, inner] of Object.entries(value)) {
      walk(
        inner,
        [...path, name],
        [...keys, inList ? snakeCase(name) : name],
        top,
        inList ? name : field
      );
    }
  };
  for (const [name, value] of Object.entries(record)) {
    if (SHAPE.has(name)) continue;
    walk(value, [name], [snakeCase(name)], name, null);
  }
  return out;
}
