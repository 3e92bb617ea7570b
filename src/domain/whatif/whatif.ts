import { calculatePlan } from "../calc/calculate";
import type { PlanNumbers } from "../calc/types";
import { checkPlan } from "../check";
import type { Finding } from "../findings";
import type { Plan } from "../plan";
import type { Lang } from "../values";
import { applyChanges, type InputChange } from "./apply-changes";
import { parseWhatIfChanges, type WhatIfChange, type WhatIfInputError } from "./changes";
import { computedValues, type Leaf, type ValueUnit } from "./values";

/** One computed value before and after the changes. */
export interface ValueChange {
  readonly key: string;
  readonly path: readonly (string | number)[];
  readonly unit: ValueUnit;
  readonly before: Leaf;
  readonly after: Leaf;
  /**
   * after − before in the value's unit (minor units, a fraction, days); null when either is empty
   * or the unit has no difference (months, texts, indexes).
   */
  readonly difference: number | null;
  readonly changed: boolean;
}

/** Findings that a change makes appear or go away (rule checks only; by code and place). */
export interface FindingChanges {
  readonly appeared: readonly Finding[];
  readonly resolved: readonly Finding[];
}

/** What a what-if gives: the plan and its numbers before and after, every value compared, the inputs to write. */
export interface WhatIfResult<N extends object = PlanNumbers> {
  readonly changes: readonly WhatIfChange[];
  readonly before: N;
  readonly after: N;
  readonly plan: Plan;
  readonly values: readonly ValueChange[];
  /** The input cells that differ (what *Apply to plan* writes). */
  readonly inputs: readonly InputChange[];
  /** Present when the options give `today`. */
  readonly findings?: FindingChanges;
}

/** Options: with `today` (`YYYY-MM-DD`) the rule findings are compared too, in `lang` (default: the workbook's). */
export interface WhatIfOptions {
  readonly today?: string;
  readonly lang?: Lang;
}

const DIFFERENCE_UNITS: ReadonlySet<ValueUnit> = new Set(["amount", "ratio", "date", "number"]);

/** Ratios computed two ways may differ in the last bits; anything closer is the same value. */
const RATIO_EPSILON = 1e-12;

function compare(
  unit: ValueUnit,
  before: Leaf,
  after: Leaf
): { changed: boolean; difference: number | null } {
  if (typeof before === "number" && typeof after === "number") {
    const difference = after - before;
    const changed = unit === "ratio" ? Math.abs(difference) > RATIO_EPSILON : difference !== 0;
    return { changed, difference: DIFFERENCE_UNITS.has(unit) ? difference : null };
  }
  return { changed: before !== after, difference: null };
}

/**
 * Every computed value of two records, matched by key, in the order of `before` and then any key
 * only `after` has (a discount line a new tier group adds). Generic over the record: whatever the
 * calculators return is compared.
 */
export function compareValues(before: object, after: object): readonly ValueChange[] {
  const old = computedValues(before);
  const now = computedValues(after);
  const byKey = new Map(now.map((v) => [v.key, v]));
  const seen = new Set<string>();
  const out: ValueChange[] = [];
  for (const value of old) {
    seen.add(value.key);
    const next = byKey.get(value.key);
    const afterValue = next === undefined ? null : next.value;
    out.push({
      key: value.key,
      path: value.path,
      unit: value.unit,
      before: value.value,
      after: afterValue,
      ...compare(value.unit, value.value, afterValue),
    });
  }
  for (const value of now) {
    if (seen.has(value.key)) continue;
    out.push({
      key: value.key,
      path: value.path,
      unit: value.unit,
      before: null,
      after: value.value,
      ...compare(value.unit, null, value.value),
    });
  }
  return out;
}

function findingId(f: Finding): string {
  return [f.code, f.sheet ?? "", f.cell ?? "", f.name ?? ""].join("\u0000");
}

function findingChanges(before: readonly Finding[], after: readonly Finding[]): FindingChanges {
  const was = new Set(before.map(findingId));
  const is = new Set(after.map(findingId));
  return {
    appeared: after.filter((f) => !was.has(findingId(f))),
    resolved: before.filter((f) => !is.has(findingId(f))),
  };
}

/**
 * The what-if of spec §10 with any calculator: make the changes on the plan (pure; the workbook is
 * not touched), compute both plans with `compute`, and compare every value the record holds.
 */
export function whatIfWith<N extends object>(
  plan: Plan,
  changes: readonly WhatIfChange[],
  compute: (plan: Plan) => N,
  options: WhatIfOptions = {}
): WhatIfResult<N> {
  const changed = applyChanges(plan, changes);
  const before = compute(plan);
  const after = compute(changed.plan);
  const base: WhatIfResult<N> = {
    changes,
    before,
    after,
    plan: changed.plan,
    values: compareValues(before, after),
    inputs: changed.inputs,
  };
  if (options.today === undefined) return base;
  const checkOptions =
    options.lang === undefined
      ? { today: options.today }
      : { today: options.today, lang: options.lang };
  return {
    ...base,
    findings: findingChanges(
      checkPlan(plan, checkOptions).findings,
      checkPlan(changed.plan, checkOptions).findings
    ),
  };
}

/** The what-if on the plan's calculators (`calculatePlan`): every computed value before and after. */
export function whatIf(
  plan: Plan,
  changes: readonly WhatIfChange[],
  options: WhatIfOptions = {}
): WhatIfResult {
  return whatIfWith(plan, changes, calculatePlan, options);
}

/** Parse the input (see `WhatIfInput`) and run the what-if; the errors, each naming its key, when the input is bad. */
export function whatIfFromInput(
  plan: Plan,
  input: unknown,
  options: WhatIfOptions = {}
):
  | { readonly ok: true; readonly result: WhatIfResult }
  | { readonly ok: false; readonly errors: readonly WhatIfInputError[] } {
  const parsed = parseWhatIfChanges(input, plan);
  if (!parsed.ok) return parsed;
  return { ok: true, result: whatIf(plan, parsed.changes, options) };
}
