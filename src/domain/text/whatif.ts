import { isCalcBlock, cliText } from "./cli";
import type { KamConfig } from "../config/types";
import type { Plan } from "../plan";
import type { Bilingual, Lang } from "../values";
import {
  formatAmount,
  formatAmountChange,
  formatDaysChange,
  formatInteger,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPointsChange,
  formatSerialDate,
} from "./format";
import type { InputChange } from "../whatif/apply-changes";
import type { VolumeChange, WhatIfChange, WhatIfInputError } from "../whatif/changes";
import type { Leaf, ValueUnit } from "../whatif/values";
import type { ValueChange } from "../whatif/whatif";

/** Why a what-if change was refused (the message says which key and what to write). */
export type WhatIfProblem =
  | "input_not_record"
  | "value_empty"
  | "value_invalid"
  | "key_unknown"
  | "days_invalid"
  | "rate_invalid"
  | "rate_above_100"
  | "amount_invalid"
  | "percent_change_invalid"
  | "change_below_minus_100"
  | "volume_invalid"
  | "tier_missing"
  | "month_invalid"
  | "month_outside"
  | "item_missing"
  | "pair_invalid"
  | "key_repeated";

type ProblemText = (e: WhatIfInputError, lang: Lang) => string;

const q = (value: string, lang: Lang): string => (lang === "ru" ? `«${value}»` : `"${value}"`);

const PROBLEMS: Readonly<Record<WhatIfProblem, Readonly<Record<Lang, ProblemText>>>> = {
  input_not_record: {
    ru: () => "изменения должны быть набором КЛЮЧ=ЗНАЧЕНИЕ",
    en: () => "the changes must be a set of KEY=VALUE",
  },
  value_empty: { ru: () => "не задано значение", en: () => "no value given" },
  value_invalid: {
    ru: (e) => `значение ${q(e.value, "ru")} не подходит`,
    en: (e) => `the value ${q(e.value, "en")} does not fit`,
  },
  key_unknown: {
    ru: (e) => `неизвестный ключ; допустимы: ${e.detail.join(", ")}`,
    en: (e) => `unknown key; allowed: ${e.detail.join(", ")}`,
  },
  days_invalid: {
    ru: (e) => `${q(e.value, "ru")} — не целое число дней от 0 до 365`,
    en: (e) => `${q(e.value, "en")} is not a whole number of days from 0 to 365`,
  },
  rate_invalid: {
    ru: (e) => `${q(e.value, "ru")} — не процент от 0 до 100 (пишите 4% или 0,04)`,
    en: (e) => `${q(e.value, "en")} is not a percentage from 0 to 100 (write 4% or 0.04)`,
  },
  rate_above_100: {
    ru: (e) => `${q(e.value, "ru")} — больше 100 %; процент пишите со знаком: ${e.value}%`,
    en: (e) => `${q(e.value, "en")} is above 100%; write a percentage with its sign: ${e.value}%`,
  },
  amount_invalid: {
    ru: (e) => `${q(e.value, "ru")} — не сумма от 0 (пишите 500000 или 500 000,50)`,
    en: (e) => `${q(e.value, "en")} is not an amount of 0 or more (write 500000 or 500,000.50)`,
  },
  percent_change_invalid: {
    ru: (e) => `${q(e.value, "ru")} — не изменение в процентах (пишите 10, +10% или -5%)`,
    en: (e) => `${q(e.value, "en")} is not a change in percent (write 10, +10% or -5%)`,
  },
  change_below_minus_100: {
    ru: (e) => `${q(e.value, "ru")} — уменьшение больше чем на 100 %`,
    en: (e) => `${q(e.value, "en")} is a cut of more than 100%`,
  },
  volume_invalid: {
    ru: (e) =>
      `${q(e.value, "ru")} — ни изменение в процентах (+10%, -5%), ни новая сумма (1 200 000)`,
    en: (e) =>
      `${q(e.value, "en")} is neither a change in percent (+10%, -5%) nor a new total (1,200,000)`,
  },
  tier_missing: {
    ru: (e) => `в таблице ступеней скидок нет такой строки (строк: ${e.detail[0] ?? "0"})`,
    en: (e) => `the discount tiers table has no such row (it has ${e.detail[0] ?? "0"})`,
  },
  month_invalid: {
    ru: () => "месяц пишите как ГГГГ-ММ, например month.2027-03",
    en: () => "write the month as YYYY-MM, e.g. month.2027-03",
  },
  month_outside: {
    ru: (e) =>
      e.detail.length === 0
        ? "у плана нет месяцев (не заданы начало или период)"
        : `не месяц плана (${e.detail.map((m) => formatMonth(m, "ru")).join(" – ")})`,
    en: (e) =>
      e.detail.length === 0
        ? "the plan has no months (no start or period)"
        : `not a month of the plan (${e.detail.map((m) => formatMonth(m, "en")).join(" – ")})`,
  },
  pair_invalid: {
    ru: (e) => `${q(e.value, "ru")} — пишите КЛЮЧ=ЗНАЧЕНИЕ, например --set credit_depth_days=60`,
    en: (e) => `${q(e.value, "en")}: write KEY=VALUE, e.g. --set credit_depth_days=60`,
  },
  key_repeated: {
    ru: () => "ключ задан дважды; оставьте одно значение",
    en: () => "the key is given twice; keep one value",
  },
  item_missing: {
    ru: (e) =>
      e.detail.length === 0
        ? "в плане продаж нет позиций"
        : `нет такой позиции в плане продаж; есть: ${e.detail.join(", ")}`,
    en: (e) =>
      e.detail.length === 0
        ? "the sales plan has no items"
        : `no such item in the sales plan; it has: ${e.detail.join(", ")}`,
  },
};

/** A refused change in both languages, naming its key: `credit_depth_days: «abc» — не целое число дней от 0 до 365`. */
export function whatIfErrorText(error: WhatIfInputError): Bilingual {
  const text = (lang: Lang): string => {
    const body = PROBLEMS[error.problem][lang](error, lang);
    return error.key === "" ? body : `${error.key}: ${body}`;
  };
  return { ru: text("ru"), en: text("en") };
}

/** Texts of the what-if that are not a field's label. */
const WORDS = {
  scale: { ru: "Все объёмы плана продаж", en: "All sales plan volumes" },
  salesPlan: { ru: "План продаж", en: "Sales plan" },
  tier: { ru: "Ступень скидки", en: "Discount tier" },
  row: { ru: "строка", en: "row" },
  allItems: { ru: "Всего", en: "All items" },
  spending: { ru: "Затраты на мероприятия", en: "Activities spending" },
  monthlyPlan: { ru: "План продаж по месяцам", en: "Sales plan by month" },
  monthlyActual: { ru: "Факт продаж по месяцам", en: "Actual sales by month" },
  rollups: { ru: "План продаж", en: "Sales plan" },
  actualRollups: { ru: "Факт продаж", en: "Actual sales" },
  fulfillment: { ru: "Выполнение плана", en: "Fulfillment" },
  creditNeed: { ru: "Потребность в кредите по месяцам", en: "Credit need by month" },
  discounts: { ru: "Скидка", en: "Discount" },
  kpiFulfillment: { ru: "Выполнение KPI", en: "KPI fulfillment" },
  rollupsToDate: { ru: "План продаж на дату", en: "Sales plan to date" },
  actualRollupsToDate: { ru: "Факт продаж на дату", en: "Actual sales to date" },
  nextTier: { ru: "Следующая ступень", en: "Next tier" },
  promos: { ru: "Промо", en: "Promo" },
  base: { ru: "база", en: "base" },
  rate: { ru: "ставка", en: "rate" },
  discount: { ru: "скидка", en: "discount" },
  tierRow: { ru: "ступень", en: "tier" },
  threshold: { ru: "порог", en: "threshold" },
  gap: { ru: "осталось до порога", en: "gap" },
  actualToDate: { ru: "факт на дату", en: "actual to date" },
  baseline: { ru: "база", en: "baseline" },
  incremental: { ru: "прирост", en: "incremental" },
  incrementalPerCost: { ru: "прирост на рубль затрат", en: "incremental per cost" },
  promoReturn: { ru: "отдача", en: "return" },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** Values whose name in the calculators' record differs from their computed field's key. */
const FIELD_OF: Readonly<Record<string, string>> = {
  totalFulfillmentToDate: "fulfillment_to_date",
};

function fieldLabel(config: KamConfig, key: string, lang: Lang): string | null {
  return config.fields.find((f) => f.key === key)?.label[lang] ?? null;
}

function listLabel(config: KamConfig, list: string, value: string, lang: Lang): string {
  return (
    config.lists.find((l) => l.key === list)?.values.find((v) => v.value === value)?.label[lang] ??
    value
  );
}

function percentChange(fraction: number, lang: Lang): string {
  const text = formatPercent(fraction, lang);
  return fraction > 0 ? `+${text}` : text;
}

/** A volume change as people read it: `+10 %` or `= 1 200 000,00 ₽`. */
function volumeText(change: VolumeChange, lang: Lang, currency: string): string {
  return change.by === "percent"
    ? percentChange(change.fraction, lang)
    : `= ${formatAmount(change.minor, lang, currency)}`;
}

/** The tier row as people find it: `Ступень скидки, строка 2 (Объём, Квартал)`. */
function tierName(plan: Plan, index: number, lang: Lang): string {
  const row = plan.tables["DiscountTiers"]?.rows[index];
  const parts: string[] = [];
  const name = row?.values["tier"];
  if (typeof name === "string" && name.trim() !== "") parts.push(name.trim());
  const condition = row?.values["condition"];
  if (typeof condition === "string")
    parts.push(listLabel(plan.config, "discount_conditions", condition, lang));
  const basis = row?.values["basis_period"];
  if (typeof basis === "string") parts.push(listLabel(plan.config, "period_types", basis, lang));
  const head = `${WORDS.tier[lang]}, ${WORDS.row[lang]} ${index + 1}`;
  return parts.length === 0 ? head : `${head} (${parts.join(", ")})`;
}

/** What a change is about and to what, in one line: `Глубина отсрочки, дней: 60`. */
export function changeText(change: WhatIfChange, plan: Plan, lang: Lang): string {
  const currency = plan.config.settings.currency;
  const label = (key: string, fallback: string): string =>
    fieldLabel(plan.config, key, lang) ?? fallback;
  switch (change.kind) {
    case "credit_depth_days":
      return `${label("credit_depth_days", change.key)}: ${formatInteger(change.days, lang)}`;
    case "budget_rate":
      return `${label("budget_rate", change.key)}: ${formatPercent(change.rate, lang)}`;
    case "tier_threshold":
      return `${tierName(plan, change.tier - 1, lang)}: ${label("threshold", "threshold")} ${formatAmount(change.minor, lang, currency)}`;
    case "tier_rate":
      return `${tierName(plan, change.tier - 1, lang)}: ${label("rate", "rate")} ${formatPercent(change.rate, lang)}`;
    case "month_volume":
      return `${WORDS.salesPlan[lang]}, ${formatMonth(change.month, lang)}: ${volumeText(change.change, lang, currency)}`;
    case "item_volume":
      return `${WORDS.salesPlan[lang]} ${q(change.item, lang)}: ${volumeText(change.change, lang, currency)}`;
    case "scale":
      return `${WORDS.scale[lang]}: ${percentChange(change.fraction, lang)}`;
    default: {
      const never: never = change;
      return String(never);
    }
  }
}

/** Where a changed input is, for people: `Ступень скидки, строка 2 (…): Ставка скидки` or `План продаж «Молоко», мар 2027`. */
export function inputText(input: InputChange, plan: Plan, lang: Lang): string {
  const target = input.target;
  switch (target.kind) {
    case "form":
      return fieldLabel(plan.config, target.field, lang) ?? target.field;
    case "tier":
      return `${tierName(plan, target.row, lang)}: ${fieldLabel(plan.config, target.field, lang) ?? target.field}`;
    case "sales":
      return `${WORDS.salesPlan[lang]} ${q(target.item, lang)}, ${formatMonth(target.month, lang)}`;
    default: {
      const never: never = target;
      return String(never);
    }
  }
}

/** A computed value for people, by its unit; empty as `—`. */
export function leafText(unit: ValueUnit, value: Leaf, lang: Lang, currency: string): string {
  if (value === null) return "—";
  if (typeof value === "string") return unit === "month" ? formatMonth(value, lang) : value;
  switch (unit) {
    case "amount":
      return formatAmount(value, lang, currency);
    case "ratio":
      return formatPercent(value, lang);
    case "date":
      return formatSerialDate(value, lang);
    case "index":
      return formatInteger(value + 1, lang);
    case "month":
    case "text":
    case "number":
      return formatNumber(value, lang, 2);
    default: {
      const never: never = unit;
      return String(never);
    }
  }
}

/** A difference for people (`+70 967,74 ₽`, `+1,42 п. п.`, `+30 дн.`), or null when the value has none. */
export function differenceText(
  unit: ValueUnit,
  difference: number | null,
  lang: Lang,
  currency: string
): string | null {
  if (difference === null) return null;
  switch (unit) {
    case "amount":
      return formatAmountChange(difference, lang, currency);
    case "ratio":
      return formatPointsChange(difference, lang);
    case "date":
      return formatDaysChange(difference, lang);
    case "number":
      return difference > 0
        ? `+${formatNumber(difference, lang, 2)}`
        : formatNumber(difference, lang, 2);
    default:
      return null;
  }
}

function isWord(key: string): key is keyof typeof WORDS {
  return Object.hasOwn(WORDS, key);
}

/** A nested key for people: a block (`1 кв.`), a month (`мар 2027`), `total` of the items (`Всего`). */
function segmentText(segment: string, depth: number, top: string, lang: Lang): string {
  if (segment === "total" && depth === 1 && /rollups|fulfillment/i.test(top))
    return WORDS.allItems[lang];
  if (isCalcBlock(segment)) return cliText("calc_block", { block: segment })[lang];
  const month = formatMonth(segment, lang);
  return month;
}

/** A record inside a list of computed values (a discount line, a next tier, a promo) as people find it. */
function elementText(element: unknown, config: KamConfig, lang: Lang): string | null {
  if (element === null || typeof element !== "object" || Array.isArray(element)) return null;
  const e = element as Readonly<Record<string, unknown>>;
  const parts: string[] = [];
  const str = (name: string): string | null => {
    const v = e[name];
    return typeof v === "string" ? v : null;
  };
  const condition = str("condition");
  if (condition !== null) parts.push(listLabel(config, "discount_conditions", condition, lang));
  const basis = str("basisPeriod") ?? str("basis_period");
  if (basis !== null) parts.push(listLabel(config, "period_types", basis, lang));
  const months = Array.isArray(e["months"]) ? (e["months"] as unknown[]) : [];
  const first =
    str("blockStart") ?? str("block_start") ?? (typeof months[0] === "string" ? months[0] : null);
  const lastMonth = months[months.length - 1];
  const last =
    str("blockEnd") ?? str("block_end") ?? (typeof lastMonth === "string" ? lastMonth : null);
  if (first !== null)
    parts.push(
      last === null || last === first
        ? formatMonth(first, lang)
        : `${formatMonth(first, lang)} – ${formatMonth(last, lang)}`
    );
  const activity = str("activity");
  if (activity !== null) parts.push(q(activity, lang));
  return parts.length === 0 ? null : parts.join(", ");
}

/**
 * A computed value's label: the configuration's label of its key (`credit_required` →
 * «Потребность в кредите»), or the what-if's own word, then its nested keys (`Потребность в
 * кредите по месяцам · мар 2027`, `Скидка · За объём, Квартал, янв 2027 – мар 2027 · ставка`,
 * `Выполнение KPI «Выручка»`). A value the calculators add later is labelled by its field's label
 * when the Config has one. `record` is the computed values' record the value comes from (it
 * describes the records inside lists).
 */
export function valueLabel(value: ValueChange, plan: Plan, lang: Lang, record?: object): string {
  const [top, ...rest] = value.path;
  const topName = String(top ?? "");
  const snake = FIELD_OF[topName] ?? value.key.split(".")[0] ?? topName;
  const head = isWord(topName)
    ? WORDS[topName][lang]
    : (fieldLabel(plan.config, snake, lang) ?? snake);
  if (topName === "kpiFulfillment" && typeof rest[0] === "number") {
    const name = plan.tables["KPI"]?.rows[rest[0]]?.values["kpi"];
    return typeof name === "string" ? `${head} ${q(name, lang)}` : `${head} ${rest[0] + 1}`;
  }
  const list: unknown =
    record === undefined ? undefined : (record as Record<string, unknown>)[topName];
  const parts = rest.map((segment, i) => {
    if (typeof segment === "number") {
      const element: unknown = i === 0 && Array.isArray(list) ? list[segment] : undefined;
      return elementText(element, plan.config, lang) ?? String(segment + 1);
    }
    if (typeof rest[i - 1] === "number" && isWord(segment)) return WORDS[segment][lang];
    return segmentText(segment, i + 1, topName, lang);
  });
  return [head, ...parts].join(" · ");
}

/** Headings and notes of the what-if report (CLI and pane). */
export const WHATIF_WORDS = {
  title: { ru: "что если", en: "what if" },
  changes: { ru: "Изменения:", en: "Changes:" },
  inputs: { ru: "Ячейки, которые изменились бы:", en: "Cells that would change:" },
  values: { ru: "Показатели (было → стало):", en: "Values (before → after):" },
  details: { ru: "Подробнее (изменилось):", en: "In detail (changed):" },
  appeared: { ru: "Новые замечания:", en: "New findings:" },
  resolved: { ru: "Ушедшие замечания:", en: "Findings that go away:" },
  unchanged: { ru: "без изменений", en: "unchanged" },
  noChanges: {
    ru: "Изменений не задано: показатели как в книге.",
    en: "No changes given: the values are the workbook's.",
  },
  notWritten: {
    ru: "Книга не изменена: это расчёт «что если».",
    en: "The workbook is unchanged: this is a what-if calculation.",
  },
  was: { ru: "было", en: "was" },
  more: { ru: "и ещё", en: "and" },
  moreValues: {
    ru: "значений (полный список: --format json)",
    en: "more (full list: --format json)",
  },
} as const satisfies Readonly<Record<string, Bilingual>>;
