import type { WorkbookValues } from "../types";

/**
 * Multiset of (section-or-form, key, value) of every non-empty field value, the
 * values kept hidden included (hidden is not deleted, spec §8): what the lossless
 * property tests of both writers compare before and after a restructuring.
 */
export function valueBag(values: WorkbookValues): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(values.form))
    if (v !== null && v !== "") out.push(JSON.stringify(["form", k, v]));
  for (const [s, rows] of Object.entries(values.tables))
    for (const r of rows)
      for (const [k, v] of Object.entries(r))
        if (v !== null && v !== "") out.push(JSON.stringify([s, k, v]));
  for (const h of values.hidden ?? [])
    out.push(JSON.stringify([h.row === null ? "form" : h.section, h.field, h.value]));
  return out;
}
