import { z } from "zod";
import { itemKey } from "../calc/items";
import { tableRows } from "../calc/values";
import { toMinor } from "../money";
import { toMonth } from "../periods";
import type { Plan } from "../plan";
import { parseAmountText } from "../portfolio/numbers";
import type { Month } from "../values";
import { planSpanOf } from "../calc/plan-span";
import type { WhatIfProblem } from "../text/whatif";

/**
 * A change of a month's or an item's planned volume: by a percentage (`+10%`: every cell × 1.10,
 * rounded to the cent) or to a new total (the cells take it in proportion to what they hold,
 * evenly when they hold nothing; cents by largest remainder, so the total is exact).
 */
export type VolumeChange =
  | { readonly by: "percent"; readonly fraction: number }
  | { readonly by: "total"; readonly minor: number };

/**
 * One what-if change, parsed and checked against the plan. `key` is the input key it came from
 * (`tier.2.rate`); tiers are numbered by their row in `DiscountTiers`, from 1.
 */
export type WhatIfChange =
  | {
      readonly kind: "tier_threshold";
      readonly key: string;
      readonly tier: number;
      readonly minor: number;
    }
  | {
      readonly kind: "tier_rate";
      readonly key: string;
      readonly tier: number;
      readonly rate: number;
    }
  | { readonly kind: "credit_depth_days"; readonly key: string; readonly days: number }
  | { readonly kind: "budget_rate"; readonly key: string; readonly rate: number }
  | {
      readonly kind: "month_volume";
      readonly key: string;
      readonly month: Month;
      readonly change: VolumeChange;
    }
  | {
      readonly kind: "item_volume";
      readonly key: string;
      readonly item: string;
      readonly change: VolumeChange;
    }
  | { readonly kind: "scale"; readonly key: string; readonly fraction: number };

/**
 * What the caller hands in: values by key, as typed (`"60"`, `"4%"`, `"+10%"`, `"1 200 000"`) or
 * as numbers. Keys: `credit_depth_days`, `budget_rate`, `tier.N.threshold`, `tier.N.rate`,
 * `month.YYYY-MM`, `item.NAME`, `scale`.
 */
export type WhatIfInput = Readonly<Record<string, string | number>>;

/** A change that could not be taken: the key it was given under and the problem. */
export interface WhatIfInputError {
  readonly key: string;
  readonly problem: WhatIfProblem;
  /** The value as given (shown in the message). */
  readonly value: string;
  /** Facts of the plan the message names: the number of tiers, the plan's first and last month, its items, the keys. */
  readonly detail: readonly string[];
}

/** The result of parsing: every change, or every problem (nothing is half taken). */
export type WhatIfParse =
  | { readonly ok: true; readonly changes: readonly WhatIfChange[] }
  | { readonly ok: false; readonly errors: readonly WhatIfInputError[] };

/** The longest deferral a plan may hold (spec §7: `credit_depth_days` is 0–365). */
export const MAX_DEFERRAL_DAYS = 365;

function fail(ctx: z.RefinementCtx, problem: WhatIfProblem, input: unknown): never {
  ctx.issues.push({ code: "custom", message: problem, input });
  return z.NEVER;
}

function text(value: string | number): string {
  return typeof value === "number" ? String(value) : value.trim();
}

/** A signed decimal as people type it (`4`, `4,5`, `-2.5`, `+10`), or null. */
function decimalOf(raw: string): number | null {
  const body = raw
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^\+/, "")
    .replace("\u2212", "-");
  if (!/^-?(\d+([.,]\d*)?|[.,]\d+)$/.test(body)) return null;
  const value = Number(body.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/** A percentage: `4%` / `4 %` → 0.04, or a fraction `0.04`; the fraction. */
function percentOf(raw: string): number | null {
  const percent = /^(.*?)\s*%$/.exec(raw);
  if (percent) {
    const value = decimalOf(percent[1] ?? "");
    return value === null ? null : value / 100;
  }
  return decimalOf(raw);
}

const valueSchema = z.union([z.string(), z.number()]);

const daysSchema = valueSchema.transform((v, ctx) => {
  const value = decimalOf(text(v));
  if (value === null || !Number.isInteger(value) || value < 0 || value > MAX_DEFERRAL_DAYS)
    return fail(ctx, "days_invalid", v);
  return value;
});

const rateSchema = valueSchema.transform((v, ctx) => {
  const value = percentOf(text(v));
  if (value === null || value < 0) return fail(ctx, "rate_invalid", v);
  return value > 1 ? fail(ctx, "rate_above_100", v) : value;
});

const amountSchema = valueSchema.transform((v, ctx) => {
  const value = typeof v === "number" ? v : parseAmountText(v, ".");
  if (value === null || !Number.isFinite(value) || value < 0) return fail(ctx, "amount_invalid", v);
  return toMinor(value);
});

/** A percentage change: `+10%`, `-5 %`, or (for `scale`) a bare `10`; at least −100 %. */
const percentChangeSchema = valueSchema.transform((v, ctx) => {
  const raw = text(v);
  const value = decimalOf(raw.replace(/\s*%$/, ""));
  if (value === null) return fail(ctx, "percent_change_invalid", v);
  return value < -100 ? fail(ctx, "change_below_minus_100", v) : value / 100;
});

/** A month's or an item's volume: a percentage change (`+10%`) or a new total (`1 200 000`). */
const volumeSchema = valueSchema.transform((v, ctx): VolumeChange => {
  const raw = text(v);
  if (typeof v === "string" && /%$/.test(raw)) {
    const value = decimalOf(raw.replace(/\s*%$/, ""));
    if (value === null) return fail(ctx, "volume_invalid", v);
    if (value < -100) return fail(ctx, "change_below_minus_100", v);
    return { by: "percent", fraction: value / 100 };
  }
  const value = typeof v === "number" ? v : parseAmountText(raw, ".");
  if (value === null || !Number.isFinite(value) || value < 0) return fail(ctx, "volume_invalid", v);
  return { by: "total", minor: toMinor(value) };
});

const inputSchema = z.record(z.string(), valueSchema);

const TIER_KEY = /^tier\.(\d+)\.(threshold|rate)$/;
const MONTH_KEY = /^month\.(.+)$/;
const ITEM_KEY = /^item\.(.+)$/s;

/** Every key a what-if takes, for messages and help (`N`, `YYYY-MM`, `NAME` stand for values). */
export const WHATIF_KEYS: readonly string[] = [
  "credit_depth_days",
  "budget_rate",
  "tier.N.threshold",
  "tier.N.rate",
  "month.YYYY-MM",
  "item.NAME",
  "scale",
];

type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: WhatIfProblem };

function parseWith<T>(schema: z.ZodType<T, string | number>, value: string | number): Parsed<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problem: (parsed.error.issues[0]?.message ?? "value_invalid") as WhatIfProblem,
  };
}

/**
 * Parse what-if changes (see `WhatIfInput`) and check them against the plan: a tier row that
 * exists, a month of the plan, an item of `SalesPlan`. Values are validated with zod; every
 * problem names its key. Pure; never throws.
 */
export function parseWhatIfChanges(input: unknown, plan: Plan): WhatIfParse {
  const record = inputSchema.safeParse(input);
  if (!record.success)
    return { ok: false, errors: [{ key: "", problem: "input_not_record", value: "", detail: [] }] };
  const changes: WhatIfChange[] = [];
  const errors: WhatIfInputError[] = [];
  const tiers = tableRows(plan, "DiscountTiers").length;
  const { months } = planSpanOf(plan);
  const items = new Map<string, string>();
  for (const row of tableRows(plan, "SalesPlan")) {
    const name = row.values["item"];
    const key = typeof name === "string" ? itemKey(name) : null;
    if (key !== null && typeof name === "string" && !items.has(key)) items.set(key, name.trim());
  }

  for (const [key, value] of Object.entries(record.data)) {
    const shown = text(value);
    const problem = (p: WhatIfProblem, detail: readonly string[] = []): void => {
      errors.push({ key, problem: p, value: shown, detail });
    };
    if (shown === "") {
      problem("value_empty");
      continue;
    }
    const tier = TIER_KEY.exec(key);
    const month = MONTH_KEY.exec(key);
    const item = ITEM_KEY.exec(key);
    if (key === "credit_depth_days") {
      const days = parseWith(daysSchema, value);
      if (days.ok) changes.push({ kind: "credit_depth_days", key, days: days.value });
      else problem(days.problem);
    } else if (key === "budget_rate") {
      const rate = parseWith(rateSchema, value);
      if (rate.ok) changes.push({ kind: "budget_rate", key, rate: rate.value });
      else problem(rate.problem);
    } else if (key === "scale") {
      const change = parseWith(percentChangeSchema, value);
      if (change.ok) changes.push({ kind: "scale", key, fraction: change.value });
      else problem(change.problem);
    } else if (tier) {
      const row = Number(tier[1]);
      if (row < 1 || row > tiers) {
        problem("tier_missing", [String(tiers)]);
        continue;
      }
      if (tier[2] === "threshold") {
        const amount = parseWith(amountSchema, value);
        if (amount.ok)
          changes.push({ kind: "tier_threshold", key, tier: row, minor: amount.value });
        else problem(amount.problem);
      } else {
        const rate = parseWith(rateSchema, value);
        if (rate.ok) changes.push({ kind: "tier_rate", key, tier: row, rate: rate.value });
        else problem(rate.problem);
      }
    } else if (month) {
      const m = toMonth(month[1] ?? "");
      if (m === null || !months.includes(m)) {
        const span = months.length === 0 ? [] : [months[0] ?? "", months[months.length - 1] ?? ""];
        problem(m === null ? "month_invalid" : "month_outside", span);
        continue;
      }
      const change = parseWith(volumeSchema, value);
      if (change.ok) changes.push({ kind: "month_volume", key, month: m, change: change.value });
      else problem(change.problem);
    } else if (item) {
      const found = items.get(itemKey(item[1] ?? "") ?? "");
      if (found === undefined) {
        problem("item_missing", [...items.values()]);
        continue;
      }
      const change = parseWith(volumeSchema, value);
      if (change.ok) changes.push({ kind: "item_volume", key, item: found, change: change.value });
      else problem(change.problem);
    } else problem("key_unknown", WHATIF_KEYS);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, changes };
}
