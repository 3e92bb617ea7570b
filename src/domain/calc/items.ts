/**
 * The matching key of an item name (spec §7): trimmed, inner runs of
 * whitespace collapsed to one space, case ignored. `' Bolt  M8 '` and
 * `'bolt m8'` are the same item. Null for an empty name.
 */
export function itemKey(name: string | null): string | null {
  if (name === null) return null;
  const key = name.trim().replace(/\s+/g, " ").toLowerCase();
  return key === "" ? null : key;
}
