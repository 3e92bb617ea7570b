import type { FieldKey, SectionKey } from "../domain/config/keys";
import type { KamConfig, ListDef } from "../domain/config/types";

/**
 * Every spelling under which a list value is accepted, as the readers accept
 * it (key or label in either language, case-insensitive, trimmed; `ё` read as
 * `е`): the formulas compare cell text with each of these, so the workbook
 * computes what the core computes. Case duplicates are dropped (Excel's `=`
 * ignores case), and a `ё` spelling also appears with `е`.
 */
export function spellingsOf(list: ListDef | undefined, value: string): readonly string[] {
  const entry = list?.values.find((v) => v.value === value);
  const raw = entry ? [entry.value, entry.label.ru, entry.label.en] : [value];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of raw.flatMap((r) => [r, r.replace(/ё/g, "е").replace(/Ё/g, "Е")])) {
    const norm = s.trim().replace(/\s+/g, " ");
    const folded = norm.toLowerCase();
    if (norm === "" || seen.has(folded)) continue;
    seen.add(folded);
    out.push(norm);
  }
  return out;
}

/** The list a field's values come from (by the field's `list:` type), or undefined. */
export function listOfField(
  config: KamConfig,
  section: SectionKey,
  field: FieldKey
): ListDef | undefined {
  const def = config.fields.find((f) => f.section === section && f.key === field);
  if (!def || def.type.kind !== "list") return undefined;
  const listKey = def.type.list;
  return config.lists.find((l) => l.key === listKey);
}

/** The label of a field in the workbook language (falls back to the key when the field is not configured). */
export function labelOf(
  config: KamConfig,
  section: string,
  field: string,
  lang: "ru" | "en"
): string {
  const def = config.fields.find((f) => f.section === section && f.key === field);
  return def ? def.label[lang] : field;
}
