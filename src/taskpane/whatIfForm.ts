import { itemKey } from "../domain/calc/items";
import { planSpanOf } from "../domain/calc/plan-span";
import { numberOf, tableRows } from "../domain/calc/values";
import type { Plan } from "../domain/plan";
import { formatMoneyNumber, formatNumber } from "../domain/text/format";
import { whatIfErrorText } from "../domain/text/whatif";
import type { Lang, Month } from "../domain/values";
import type { WhatIfInput, WhatIfInputError } from "../domain/whatif";

/**
 * The what-if view's form as plain data: the texts in its inputs by input key (`credit_depth_days`,
 * `budget_rate`, `tier.2.rate`, …), what they held at the start (the plan's own values), the month
 * and item chosen for a volume change. From it, `whatIfInputOf` gives the core's input: only what
 * the person changed. Percent inputs hold the number of percent (`3` for 3 %).
 */
export interface WhatIfForm {
  readonly values: Readonly<Record<string, string>>;
  readonly initial: Readonly<Record<string, string>>;
  /** The tier row shown (0-based), null when the plan has none. */
  readonly tier: number | null;
  readonly month: Month | null;
  /** The item as spelled in its first `SalesPlan` row. */
  readonly item: string | null;
  /** The volume change typed for the chosen month and item, and for all volumes. */
  readonly monthChange: string;
  readonly itemChange: string;
  readonly scale: string;
}

/** A tier row the view offers, with its place for the label. */
export interface TierChoice {
  readonly index: number;
  readonly name: string | null;
  readonly threshold: number | null;
  readonly rate: number | null;
}

/** The keys of the percent inputs (the view shows `%` beside them; the core gets `N%`). */
function isPercentKey(key: string): boolean {
  return key === "budget_rate" || /^tier\.\d+\.rate$/.test(key);
}

function percentText(fraction: number | null, lang: Lang): string {
  return fraction === null ? "" : formatNumber(fraction * 100, lang, 4);
}

/** The tier rows of the plan, in sheet order. */
export function tierChoices(plan: Plan): readonly TierChoice[] {
  return tableRows(plan, "DiscountTiers").map((row, index) => {
    const name = row.values["tier"];
    return {
      index,
      name: typeof name === "string" && name.trim() !== "" ? name.trim() : null,
      threshold: numberOf(row.values["threshold"]),
      rate: numberOf(row.values["rate"]),
    };
  });
}

/** The plan's items (first spelling of each), for the item choice. */
export function itemChoices(plan: Plan): readonly string[] {
  const seen = new Map<string, string>();
  for (const row of tableRows(plan, "SalesPlan")) {
    const name = row.values["item"];
    const key = typeof name === "string" ? itemKey(name) : null;
    if (key !== null && typeof name === "string" && !seen.has(key)) seen.set(key, name.trim());
  }
  return [...seen.values()];
}

/** The plan's months (for the month choice). */
export function monthChoices(plan: Plan): readonly Month[] {
  return planSpanOf(plan).months;
}

/** The form at the start: every input holding the plan's value, nothing changed. */
export function initialForm(plan: Plan, lang: Lang): WhatIfForm {
  const initial: Record<string, string> = {
    credit_depth_days: (() => {
      const days = numberOf(plan.form["credit_depth_days"]);
      return days === null ? "" : String(days);
    })(),
    budget_rate: percentText(numberOf(plan.form["budget_rate"]), lang),
  };
  const tiers = tierChoices(plan);
  for (const tier of tiers) {
    initial[`tier.${tier.index + 1}.threshold`] =
      tier.threshold === null ? "" : formatMoneyNumber(tier.threshold, lang);
    initial[`tier.${tier.index + 1}.rate`] = percentText(tier.rate, lang);
  }
  return {
    values: initial,
    initial,
    tier: tiers.length > 0 ? 0 : null,
    month: monthChoices(plan)[0] ?? null,
    item: itemChoices(plan)[0] ?? null,
    monthChange: "",
    itemChange: "",
    scale: "",
  };
}

/** The core's input: each input the person changed, plus the volume changes typed. */
export function whatIfInputOf(form: WhatIfForm): WhatIfInput {
  const input: Record<string, string> = {};
  for (const [key, value] of Object.entries(form.values)) {
    const text = value.trim();
    if (text === (form.initial[key] ?? "").trim()) continue;
    input[key] = isPercentKey(key) && text !== "" && !text.endsWith("%") ? `${text}%` : text;
  }
  if (form.scale.trim() !== "") input["scale"] = form.scale.trim();
  if (form.month !== null && form.monthChange.trim() !== "")
    input[`month.${form.month}`] = form.monthChange.trim();
  if (form.item !== null && form.itemChange.trim() !== "")
    input[`item.${form.item}`] = form.itemChange.trim();
  return input;
}

/** The input a refused key belongs to in the view: the key itself, or `month` / `item` for a volume. */
export function fieldOfKey(key: string): string {
  if (key.startsWith("month.")) return "month";
  if (key.startsWith("item.")) return "item";
  return key;
}

/** The error messages by the view's field (see `fieldOfKey`), in `lang`, without the key the field already shows. */
export function errorsByField(
  errors: readonly WhatIfInputError[],
  lang: Lang
): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    const text = whatIfErrorText({ ...error, key: "" })[lang];
    const field = fieldOfKey(error.key);
    out[field] = out[field] === undefined ? text : `${out[field]}; ${text}`;
  }
  return out;
}
