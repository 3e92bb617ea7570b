import type { FieldDef } from "../domain/config/types";
import type { Lang } from "../domain/values";
import { boundsMessage, clip, text } from "../domain/text/layout";
import { formatNumber, formatPercent, formatSerialDate } from "../domain/text/format";
import type { ListValidation, ValidationLayout, ValidationRule } from "./types";

/** Where each list's dropdown source is: list key → range on the `Lists` sheet. */
export type ListSources = ReadonlyMap<string, ListValidation>;

/**
 * Excel's limits on a validation's texts ([MS-OI29500] 2.1.613): prompt and
 * error titles 32 characters, the prompt 255, the error message 224.
 */
const PROMPT_TITLE_MAX = 32;
const PROMPT_MAX = 255;
const ERROR_MAX = 224;

/**
 * The data validation of a field's input cells (`range`: a form value cell or a
 * table column body): a dropdown from the `Lists` sheet for list fields (error
 * style `warning`, because keys and labels of the other language are accepted
 * too), whole / decimal / date bounds from min/max (style `stop`), and the
 * help text as the input prompt. Null for computed fields.
 */
export function fieldValidation(
  field: FieldDef,
  range: string,
  lang: Lang,
  lists: ListSources
): ValidationLayout | null {
  const rule = ruleOf(field, lists);
  if (!rule) return null;
  const help = field.help[lang].trim();
  const prompt = help
    ? { title: clip(field.label[lang], PROMPT_TITLE_MAX), message: clip(help, PROMPT_MAX) }
    : null;
  return { range, rule, allowBlank: true, prompt, error: errorOf(rule, field, lang) };
}

function ruleOf(field: FieldDef, lists: ListSources): ValidationRule | null {
  const { min, max } = field;
  switch (field.type.kind) {
    case "list": {
      const source = lists.get(field.type.list);
      return source ?? { kind: "any" };
    }
    case "integer":
      return { kind: "whole", min, max };
    case "number":
    case "amount":
    case "percent":
      return { kind: "decimal", min, max };
    case "date":
      return { kind: "date", min, max };
    case "text":
    case "long_text":
    case "bool":
      return { kind: "any" };
    case "computed":
      return null;
    default: {
      const never: never = field.type;
      return never;
    }
  }
}

function errorOf(rule: ValidationRule, field: FieldDef, lang: Lang): ValidationLayout["error"] {
  switch (rule.kind) {
    case "any":
      return null;
    case "list":
      return {
        style: "warning",
        title: clip(field.label[lang], PROMPT_TITLE_MAX),
        message: clip(text("listError", lang), ERROR_MAX),
      };
    case "whole":
    case "decimal":
    case "date": {
      const show = (n: number | null): string | null => (n === null ? null : shown(n, field, lang));
      return {
        style: "stop",
        title: clip(text("badValueTitle", lang), PROMPT_TITLE_MAX),
        message: clip(boundsMessage(rule.kind, show(rule.min), show(rule.max), lang), ERROR_MAX),
      };
    }
    default: {
      const never: never = rule;
      return never;
    }
  }
}

/** A bound as a person reads it: 25%, 31.12.2027 / 2027-12-31, 365. */
function shown(n: number, field: FieldDef, lang: Lang): string {
  if (field.type.kind === "percent") return formatPercent(n, lang, 4);
  if (field.type.kind === "date") return formatSerialDate(n, lang);
  return formatNumber(n, lang);
}
