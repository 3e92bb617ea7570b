/** The rows without the empty records at the end (an empty record has no key). */
export function trimEmptyTail<T extends object>(rows: readonly T[]): T[] {
  let end = rows.length;
  while (end > 0 && Object.keys(rows[end - 1] ?? {}).length === 0) end -= 1;
  return rows.slice(0, end);
}
