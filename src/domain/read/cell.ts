import type { FieldType, ListDef } from "../config/types";
import { toMinor } from "../money";
import { isExcelDate } from "../periods";
import type { TypedValue } from "../plan";
import type { TypeHint } from "../text/messages";
import type { CellValue } from "../values";
import { isEmptyCell, normalizeText } from "./text";

/** The largest amount a cell may hold (in currency units): beyond it minor units lose precision. */
export const MAX_AMOUNT = 1e13;

/** What a cell holds, read against its field type. `hint` is worded by TYPE_HINTS of text/messages/structure.ts. */
export type CellReading =
  | { readonly kind: "empty" }
  | { readonly kind: "value"; readonly value: TypedValue; readonly compared: number | null }
  | { readonly kind: "type_invalid"; readonly hint: TypeHint }
  | { readonly kind: "not_in_list" };

/** Every spelling of every list value (key, ru label, en label; normalised) → the value key, by list key. */
export type ListIndex = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** Index the lists for `readCell`: keys first, so a label equal to another value's key never shadows it. */
export function indexLists(lists: readonly ListDef[]): ListIndex {
  const index = new Map<string, Map<string, string>>();
  for (const list of lists) {
    const spellings = new Map<string, string>();
    for (const v of list.values) spellings.set(normalizeText(v.value), v.value);
    for (const v of list.values) {
      for (const label of [v.label.ru, v.label.en]) {
        const key = normalizeText(label);
        if (!spellings.has(key)) spellings.set(key, v.value);
      }
    }
    index.set(list.key, spellings);
  }
  return index;
}

const BOOL_TEXT: Readonly<Record<string, boolean>> = {
  да: true,
  нет: false,
  yes: true,
  no: false,
  true: true,
  false: false,
  истина: true,
  ложь: false,
};

/** A boolean from TRUE/FALSE, 1/0 or the texts да/нет/yes/no/true/false/истина/ложь; null otherwise. */
export function booleanOf(value: CellValue): boolean | null {
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === "string") return BOOL_TEXT[normalizeText(value)] ?? null;
  return null;
}

function numericHint(raw: string, kind: FieldType["kind"]): TypeHint {
  if (kind === "percent" && /%/.test(raw)) return "percent_text";
  const compact = raw.replace(/[\s\u00a0']/g, "").replace(",", ".");
  return compact !== "" && Number.isFinite(Number(compact))
    ? "number_as_text"
    : kind === "integer"
      ? "not_whole"
      : "not_a_number";
}

/**
 * Read one raw cell against a field type (exhaustive over FieldType). Numbers
 * must be numbers: a number typed as text is `type_invalid` (Excel's SUM would
 * skip it too). `compared` is the number min/max apply to (amounts in currency
 * units, dates as whole serials). Text starting with `=` is just text.
 */
export function readCell(raw: CellValue, type: FieldType, lists: ListIndex): CellReading {
  if (isEmptyCell(raw)) return { kind: "empty" };
  switch (type.kind) {
    case "text":
    case "long_text": {
      const text = typeof raw === "boolean" ? (raw ? "TRUE" : "FALSE") : String(raw).trim();
      return { kind: "value", value: text, compared: null };
    }
    case "integer":
    case "number":
    case "percent":
    case "amount":
      return readNumber(raw, type.kind);
    case "date": {
      if (typeof raw !== "number") return { kind: "type_invalid", hint: "date_text" };
      if (!isExcelDate(raw)) return { kind: "type_invalid", hint: "date_range" };
      const day = Math.floor(raw);
      return { kind: "value", value: day, compared: day };
    }
    case "bool": {
      const b = booleanOf(raw);
      return b === null
        ? { kind: "type_invalid", hint: "bool_text" }
        : { kind: "value", value: b, compared: null };
    }
    case "list": {
      if (typeof raw === "boolean") return { kind: "not_in_list" };
      const key = lists.get(type.list)?.get(normalizeText(String(raw)));
      return key === undefined
        ? { kind: "not_in_list" }
        : { kind: "value", value: key, compared: null };
    }
    case "computed":
      return { kind: "empty" };
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

function readNumber(
  raw: CellValue,
  kind: "integer" | "number" | "percent" | "amount"
): CellReading {
  if (typeof raw === "string") return { kind: "type_invalid", hint: numericHint(raw, kind) };
  if (typeof raw !== "number" || !Number.isFinite(raw))
    return { kind: "type_invalid", hint: "not_a_number" };
  if (kind === "integer" && !Number.isInteger(raw))
    return { kind: "type_invalid", hint: "not_whole" };
  if (kind === "amount") {
    if (Math.abs(raw) > MAX_AMOUNT) return { kind: "type_invalid", hint: "too_large" };
    return { kind: "value", value: toMinor(raw), compared: raw };
  }
  return { kind: "value", value: raw, compared: raw };
}
