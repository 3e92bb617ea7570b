import type { FieldKind, FieldType } from "./types";

/** The field type kinds that need no list, in the order the Config sheet documents them. */
export const SCALAR_KINDS = [
  "text",
  "long_text",
  "integer",
  "number",
  "amount",
  "percent",
  "date",
  "bool",
  "computed",
] as const satisfies readonly FieldKind[];

/** Every field type kind, in the order the Config sheet documents them. */
export const FIELD_KINDS: readonly FieldKind[] = [...SCALAR_KINDS, "list"];

/** Kinds whose values are numbers and may carry min/max bounds. */
export const BOUNDED_KINDS: readonly FieldKind[] = [
  "integer",
  "number",
  "amount",
  "percent",
  "date",
];

/** True when `kind` is one of the product's field type kinds. */
export function isFieldKind(kind: string): kind is FieldKind {
  return (FIELD_KINDS as readonly string[]).includes(kind);
}

/**
 * The field type of a Config `type` cell and `list` cell: `list` needs a list key
 * (also accepted as `list:segments` in the type cell). Null when the kind is unknown
 * or a list type has no list. Matching is trimmed and case-insensitive.
 */
export function fieldTypeOf(type: string, list: string | null): FieldType | null {
  const raw = type.trim();
  const lower = raw.toLowerCase();
  if (lower.startsWith("list:")) {
    const inline = raw.slice(5).trim();
    return inline ? { kind: "list", list: inline } : null;
  }
  if (!isFieldKind(lower)) return null;
  if (lower === "list") return list && list.trim() ? { kind: "list", list: list.trim() } : null;
  return { kind: lower };
}

/** `list:<key>` for a list type, else the kind: the compact spelling the spec uses. */
export function fieldTypeText(type: FieldType): string {
  return type.kind === "list" ? `list:${type.list}` : type.kind;
}

/** True when two field types are the same (kind and, for lists, the list). */
export function sameFieldType(a: FieldType, b: FieldType): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== "list" || (b.kind === "list" && a.list === b.list);
}
