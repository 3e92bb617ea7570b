/**
 * zod schemas of the four Config tables (spec section 6). Each schema takes
 * one table row as a record of raw cells by column name (machine names, the
 * same in both languages: the Config sheet is a SKAM's tool) and produces the
 * types of `types.ts`. An issue's `message` is a problem key of
 * `CONFIG_PROBLEMS` (messages/structure.ts) and its `path[0]` the column, so
 * `parse.ts` can turn it into a CONFIG_INVALID finding at the exact cell.
 */
import { z } from "zod";
import { booleanOf } from "../read/cell";
import type { CellValue } from "../values";
import { BOUNDED_KINDS, fieldTypeOf, SCALAR_KINDS } from "./field-types";
import type { FieldDef, KamConfig, ListValue, PlanSheet, SectionDef, Settings } from "./types";

/** Keys are identifiers: a letter or `_`, then letters, digits, `_`. */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Excel's limit for a data-validation input prompt, and so for help texts. */
export const MAX_HELP_LENGTH = 255;
/** Labels become column headers: Excel allows 255 characters. */
export const MAX_LABEL_LENGTH = 255;
/** The sheets a section may live on. */
export const PLAN_SHEETS: readonly PlanSheet[] = ["ActionPlan", "Dossier"];

function fail(ctx: z.RefinementCtx, message: string, input: unknown): never {
  ctx.issues.push({ code: "custom", message, input });
  return z.NEVER;
}

function textOf(v: unknown): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  return typeof v === "string" ? v.trim() : "";
}

/** A raw cell (what a reader produces). */
export const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** An identifier key (`plan_start`); empty is `empty`, anything else `not_identifier`. */
export const identifierCell = z.unknown().transform((v, ctx) => {
  const text = textOf(v);
  if (text === "") return fail(ctx, "empty", v);
  return IDENTIFIER.test(text) && text.length <= 255 ? text : fail(ctx, "not_identifier", v);
});

/** A non-empty label of at most 255 characters (numbers are read as text). */
export const labelCell = z.unknown().transform((v, ctx) => {
  const text = textOf(v);
  if (text === "") return fail(ctx, "empty", v);
  return text.length <= MAX_LABEL_LENGTH ? text : fail(ctx, "too_long", v);
});

/** A help text, possibly empty, of at most 255 characters (it is the input prompt). */
export const helpCell = z.unknown().transform((v, ctx) => {
  const text = textOf(v);
  return text.length <= MAX_HELP_LENGTH ? text : fail(ctx, "too_long", v);
});

/** A boolean: TRUE/FALSE, 1/0 or да/нет/yes/no/true/false text; empty is FALSE. */
export const booleanCell = z.unknown().transform((v, ctx) => {
  if (v === null || v === undefined || textOf(v) === "") return false;
  const b = booleanOf(v as CellValue);
  return b === null ? fail(ctx, "not_boolean", v) : b;
});

function numberOf(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const text = v
    .trim()
    .replace(/[\s\u00a0]/g, "")
    .replace(",", ".");
  const n = text === "" ? NaN : Number(text);
  return Number.isFinite(n) ? n : null;
}

/** A number (also typed as text, `0,5` or `0.5`); empty is `empty`. */
export const numberCell = z.unknown().transform((v, ctx) => {
  if (textOf(v) === "") return fail(ctx, "empty", v);
  return numberOf(v) ?? fail(ctx, "not_number", v);
});

/** An optional number (min/max): empty is null. */
export const optionalNumberCell = z.unknown().transform((v, ctx) => {
  if (textOf(v) === "") return null;
  return numberOf(v) ?? fail(ctx, "not_number", v);
});

/** Optional text (the `list` column): empty is null. */
export const optionalTextCell = z.unknown().transform((v) => textOf(v) || null);

/** A row of the `Sections` table → SectionDef. */
export const sectionRowSchema = z
  .object({
    key: identifierCell,
    sheet: z
      .unknown()
      .transform(
        (v, ctx) =>
          PLAN_SHEETS.find((s) => s.toLowerCase() === textOf(v).toLowerCase()) ??
          fail(ctx, "unknown_sheet", v)
      ),
    kind: z.unknown().transform((v, ctx) => {
      const kind = textOf(v).toLowerCase();
      return kind === "form" || kind === "table" ? kind : fail(ctx, "unknown_kind", v);
    }),
    label_en: labelCell,
    label_ru: labelCell,
    order: numberCell,
    hidden: booleanCell,
  })
  .transform((r): SectionDef => ({
    key: r.key,
    sheet: r.sheet,
    kind: r.kind,
    label: { ru: r.label_ru, en: r.label_en },
    order: r.order,
    hidden: r.hidden,
  }));

/** A row of the `Fields` table → FieldDef (type + list combined; bounds checked against the type). */
export const fieldRowSchema = z
  .object({
    section: identifierCell,
    key: identifierCell,
    label_en: labelCell,
    label_ru: labelCell,
    type: z.unknown().transform((v, ctx) => (textOf(v) === "" ? fail(ctx, "empty", v) : textOf(v))),
    required: booleanCell,
    list: optionalTextCell,
    min: optionalNumberCell,
    max: optionalNumberCell,
    help_en: helpCell,
    help_ru: helpCell,
    order: numberCell,
    hidden: booleanCell,
    core: booleanCell,
  })
  .transform((r, ctx): FieldDef => {
    const type = fieldTypeOf(r.type, r.list);
    if (!type) {
      const isList = r.type.toLowerCase() === "list";
      ctx.issues.push({
        code: "custom",
        message: isList ? "list_missing" : "unknown_type",
        path: [isList ? "list" : "type"],
        input: r.type,
      });
      return z.NEVER;
    }
    if ((r.min !== null || r.max !== null) && !BOUNDED_KINDS.includes(type.kind)) {
      ctx.issues.push({
        code: "custom",
        message: "bounds_not_allowed",
        path: [r.min !== null ? "min" : "max"],
        input: r.type,
      });
    } else if (r.min !== null && r.max !== null && r.min > r.max) {
      ctx.issues.push({ code: "custom", message: "min_above_max", path: ["min"], input: r.min });
    }
    return {
      section: r.section,
      key: r.key,
      label: { ru: r.label_ru, en: r.label_en },
      type,
      required: r.required,
      min: r.min,
      max: r.max,
      help: { ru: r.help_ru, en: r.help_en },
      order: r.order,
      hidden: r.hidden,
      core: r.core,
    };
  });

/** A row of the `Lists` table → the list key and one ListValue. */
export const listRowSchema = z
  .object({
    list: identifierCell,
    value: identifierCell,
    label_en: labelCell,
    label_ru: labelCell,
    order: numberCell,
  })
  .transform((r): { list: string; value: ListValue } => ({
    list: r.list,
    value: { value: r.value, label: { ru: r.label_ru, en: r.label_en }, order: r.order },
  }));

function integerSetting(min: number, max: number) {
  return z.unknown().transform((v, ctx) => {
    const n = numberOf(v);
    return n !== null && Number.isInteger(n) && n >= min && n <= max
      ? n
      : fail(ctx, "bad_setting", v);
  });
}

/** The value schema of each Settings row, by its key; `expected` says what a good value is, in ru/en. */
export const SETTING_SCHEMAS = {
  language: z.unknown().transform((v, ctx) => {
    const lang = textOf(v).toLowerCase();
    return lang === "ru" || lang === "en" ? lang : fail(ctx, "bad_setting", v);
  }),
  currency: z
    .unknown()
    .transform((v, ctx) =>
      /^[A-Za-z]{3}$/.test(textOf(v)) ? textOf(v).toUpperCase() : fail(ctx, "bad_setting", v)
    ),
  fiscal_year_start_month: integerSetting(1, 12),
  review_cadence_months: integerSetting(1, 120),
  max_discount: z.unknown().transform((v, ctx) => {
    const n = numberOf(v);
    return n !== null && n >= 0 && n <= 1 ? n : fail(ctx, "bad_setting", v);
  }),
  max_credit_depth_days: integerSetting(0, 365),
  gross_margin: z.unknown().transform((v, ctx) => {
    if (v === null || v === undefined || textOf(v).trim() === "") return null;
    const n = numberOf(v);
    return n !== null && n >= 0 && n <= 1 ? n : fail(ctx, "bad_setting", v);
  }),
  template_version: z
    .unknown()
    .transform((v, ctx) =>
      /^\d{1,9}(\.\d{1,9}){0,3}$/.test(textOf(v)) ? textOf(v) : fail(ctx, "bad_setting", v)
    ),
  protect_sheets: booleanCell,
  reference_config: z
    .unknown()
    .transform((v, ctx) => (textOf(v).length <= 2048 ? textOf(v) : fail(ctx, "bad_setting", v))),
} as const;

/** What a good value of each setting is, for the message. */
export const SETTING_EXPECTED: Readonly<
  Record<keyof typeof SETTING_SCHEMAS, { ru: string; en: string }>
> = {
  language: { ru: "ru или en", en: "ru or en" },
  currency: {
    ru: "трёхбуквенный код валюты, например RUB",
    en: "a three-letter currency code, e.g. RUB",
  },
  fiscal_year_start_month: { ru: "номер месяца от 1 до 12", en: "a month number from 1 to 12" },
  review_cadence_months: {
    ru: "целое число месяцев от 1 до 120",
    en: "a whole number of months from 1 to 120",
  },
  max_discount: {
    ru: "доля от 0 до 1 (25% — это 0,25)",
    en: "a fraction from 0 to 1 (25% is 0.25)",
  },
  max_credit_depth_days: {
    ru: "целое число дней от 0 до 365",
    en: "a whole number of days from 0 to 365",
  },
  gross_margin: {
    ru: "доля от 0 до 1 (30% — это 0,3) или пусто",
    en: "a fraction from 0 to 1 (30% is 0.3) or empty",
  },
  template_version: { ru: "номер версии вида 1.0.0", en: "a version number such as 1.0.0" },
  protect_sheets: { ru: "ИСТИНА или ЛОЖЬ (да/нет)", en: "TRUE or FALSE (yes/no)" },
  reference_config: {
    ru: "адрес https:// или путь к книге-эталону (до 2048 символов), или пусто",
    en: "an https:// address or a path of the reference workbook (up to 2048 characters), or empty",
  },
};

const bilingual = z.object({ ru: z.string(), en: z.string() });
const fieldType = z.discriminatedUnion("kind", [
  z.object({
    kind: z.enum(SCALAR_KINDS),
  }),
  z.object({ kind: z.literal("list"), list: z.string().regex(IDENTIFIER) }),
]);

/** Settings as an object (e.g. from JSON). */
export const settingsSchema: z.ZodType<Settings> = z.object({
  language: z.enum(["ru", "en"]),
  currency: z.string().regex(/^[A-Z]{3}$/),
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  reviewCadenceMonths: z.number().int().min(1).max(120),
  maxDiscount: z.number().min(0).max(1),
  maxCreditDepthDays: z.number().int().min(0).max(365),
  // Optional in JSON written before §10: absent is "not set".
  grossMargin: z.number().min(0).max(1).nullable().default(null),
  templateVersion: z.string(),
  protectSheets: z.boolean(),
  referenceConfig: z.string(),
});

/** A whole KamConfig as an object (e.g. a JSON file given to the CLI): shapes only, no cross-row rules. */
export const kamConfigSchema: z.ZodType<KamConfig> = z.object({
  settings: settingsSchema,
  sections: z.array(
    z.object({
      key: z.string().regex(IDENTIFIER),
      sheet: z.enum(["ActionPlan", "Dossier"]),
      kind: z.enum(["form", "table"]),
      label: bilingual,
      order: z.number(),
      hidden: z.boolean(),
    })
  ),
  fields: z.array(
    z.object({
      section: z.string(),
      key: z.string().regex(IDENTIFIER),
      label: bilingual,
      type: fieldType,
      required: z.boolean(),
      min: z.number().nullable(),
      max: z.number().nullable(),
      help: bilingual,
      order: z.number(),
      hidden: z.boolean(),
      core: z.boolean(),
    })
  ),
  lists: z.array(
    z.object({
      key: z.string().regex(IDENTIFIER),
      values: z.array(
        z.object({ value: z.string().regex(IDENTIFIER), label: bilingual, order: z.number() })
      ),
    })
  ),
});
