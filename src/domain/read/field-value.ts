import type { FieldDef, FieldType, KamConfig } from "../config/types";
import type { Finding } from "../findings";
import { makeFinding } from "../text/messages";
import type { TypedValue } from "../plan";
import type { CellValue, Lang } from "../values";
import { indexLists, readCell, type ListIndex } from "./cell";
import { toMinor } from "../money";
import { formatAmount, formatNumber, formatPercent, formatSerialDate } from "../text/format";
import { normalizeText, shortText } from "./text";

/** What reading cells needs: the language of messages, the configuration and its lists indexed. */
export interface ReadEnv {
  readonly lang: Lang;
  readonly config: KamConfig;
  readonly lists: ListIndex;
  /** The allowed values of each list as one text in `lang` (for NOT_IN_LIST). */
  readonly allowed: ReadonlyMap<string, string>;
  /** Fields of each section, in configuration order. */
  readonly fieldsBySection: ReadonlyMap<string, readonly FieldDef[]>;
  /** Per section: every spelling of a field's header (key, ru and en label; normalised) → the field. */
  readonly spellings: ReadonlyMap<string, ReadonlyMap<string, FieldDef>>;
}

const ENV_CACHE = new WeakMap<KamConfig, Partial<Record<Lang, ReadEnv>>>();

/**
 * The reading environment of a configuration in a language. Configurations
 * are immutable values, so it is built once per (config, lang) and reused.
 */
export function readEnv(config: KamConfig, lang: Lang): ReadEnv {
  const cached = ENV_CACHE.get(config)?.[lang];
  if (cached) return cached;
  const env = buildEnv(config, lang);
  ENV_CACHE.set(config, { ...ENV_CACHE.get(config), [lang]: env });
  return env;
}

function buildEnv(config: KamConfig, lang: Lang): ReadEnv {
  const allowed = new Map<string, string>();
  for (const list of config.lists) {
    const labels = list.values.map((v) => `«${v.label[lang]}»`);
    allowed.set(
      list.key,
      labels.length > 20 ? `${labels.slice(0, 20).join(", ")}, …` : labels.join(", ")
    );
  }
  const fieldsBySection = new Map<string, FieldDef[]>();
  const spellings = new Map<string, Map<string, FieldDef>>();
  for (const field of config.fields) {
    fieldsBySection.set(field.section, [...(fieldsBySection.get(field.section) ?? []), field]);
    const bySpelling = spellings.get(field.section) ?? new Map<string, FieldDef>();
    spellings.set(field.section, bySpelling);
    for (const spelling of [field.key, field.label.ru, field.label.en]) {
      const key = normalizeText(spelling);
      if (!bySpelling.has(key)) bySpelling.set(key, field);
    }
  }
  return { lang, config, lists: indexLists(config.lists), allowed, fieldsBySection, spellings };
}

/** A bound or value in the field's unit as a message shows it (amounts in currency units, with the currency). */
export function formatBound(value: number, type: FieldType, lang: Lang, currency: string): string {
  if (type.kind === "percent") return formatPercent(value, lang, 4);
  if (type.kind === "date") return formatSerialDate(value, lang);
  if (type.kind === "amount") return formatAmount(toMinor(value), lang, currency);
  return formatNumber(value, lang);
}

function rangeText(field: FieldDef, lang: Lang, currency: string): string {
  const min = field.min === null ? null : formatBound(field.min, field.type, lang, currency);
  const max = field.max === null ? null : formatBound(field.max, field.type, lang, currency);
  if (lang === "ru")
    return min !== null && max !== null
      ? `от ${min} до ${max}`
      : min !== null
        ? `не меньше ${min}`
        : `не больше ${max ?? ""}`;
  return min !== null && max !== null
    ? `from ${min} to ${max}`
    : min !== null
      ? `of at least ${min}`
      : `of at most ${max ?? ""}`;
}

/** The cell where a field's value is, for a finding. */
export interface Place {
  readonly sheet: string;
  readonly cell: string;
  /** Defined name or table name, when there is one. */
  readonly name: string | null;
}

/**
 * Read one field's cell: its typed value (null when empty, of the wrong type,
 * or not in its list) and the TYPE_INVALID / NOT_IN_LIST / OUT_OF_RANGE
 * findings at `place`. An out-of-range value is kept: it is well typed and the
 * sheet's formulas use it as it is; the finding says it is out of range.
 * REQUIRED_MISSING is the caller's (form and table rows differ).
 */
export function readFieldValue(
  raw: CellValue,
  field: FieldDef,
  env: ReadEnv,
  place: Place
): { value: TypedValue | null; finding: Finding | null } {
  const reading = readCell(raw, field.type, env.lists);
  const label = field.label[env.lang];
  switch (reading.kind) {
    case "empty":
      return { value: null, finding: null };
    case "type_invalid":
      return {
        value: null,
        finding: makeFinding("TYPE_INVALID", env.lang, place, {
          field: label,
          value: shortText(raw),
          type: field.type.kind,
          hint: reading.hint,
        }),
      };
    case "not_in_list": {
      const allowed = field.type.kind === "list" ? (env.allowed.get(field.type.list) ?? "") : "";
      return {
        value: null,
        finding: makeFinding("NOT_IN_LIST", env.lang, place, {
          field: label,
          value: shortText(raw),
          allowed,
        }),
      };
    }
    case "value": {
      const n = reading.compared;
      const outside =
        n !== null &&
        ((field.min !== null && n < field.min) || (field.max !== null && n > field.max));
      if (!outside) return { value: reading.value, finding: null };
      const finding = makeFinding("OUT_OF_RANGE", env.lang, place, {
        field: label,
        value: formatBound(n, field.type, env.lang, env.config.settings.currency),
        range: rangeText(field, env.lang, env.config.settings.currency),
      });
      return { value: reading.value, finding };
    }
    default: {
      const unreachable: never = reading;
      return unreachable;
    }
  }
}
