import type { Bilingual } from "./values";

/**
 * Rollup block keys and their column headers (spec §7): `q1`…`q4` are 3-month
 * blocks from plan_start (not calendar quarters), `h1`, `h2` 6-month blocks,
 * `total` the whole plan. Headers are what the SalesPlan / SalesActual tables
 * show; the readers recognise them in either language as computed columns.
 */
export const BLOCK_HEADERS: Readonly<Record<string, Bilingual>> = {
  q1: { ru: "Итого 1-й квартал", en: "Total Q1" },
  q2: { ru: "Итого 2-й квартал", en: "Total Q2" },
  q3: { ru: "Итого 3-й квартал", en: "Total Q3" },
  q4: { ru: "Итого 4-й квартал", en: "Total Q4" },
  h1: { ru: "Итого 1-е полугодие", en: "Total H1" },
  h2: { ru: "Итого 2-е полугодие", en: "Total H2" },
  total: { ru: "Итого за период", en: "Total" },
};

/**
 * Lower-cased header (either language) or key → block key, the first block
 * in BLOCK_HEADERS' order winning: blockKeyOfHeader runs for every header of
 * every table read, so the labels are lower-cased once.
 */
const BLOCK_BY_HEADER: ReadonlyMap<string, string> = (() => {
  const byHeader = new Map<string, string>();
  for (const [key, label] of Object.entries(BLOCK_HEADERS))
    for (const spelling of [label.ru.toLowerCase(), label.en.toLowerCase(), key])
      if (!byHeader.has(spelling)) byHeader.set(spelling, key);
  return byHeader;
})();

/** The block key whose header (in either language) is `header`, or null. */
export function blockKeyOfHeader(header: string): string | null {
  return BLOCK_BY_HEADER.get(header.trim().toLowerCase()) ?? null;
}
