import { EXPORT_FORMAT_VERSION, EXPORT_TABLES, exportColumns } from "./tables";

/**
 * The column reference of docs/export.md, generated from tables.ts (the one
 * source) between `<!-- export-columns:start -->` and
 * `<!-- export-columns:end -->`; `npx tsx scripts/update-export-docs.ts`
 * rewrites it, a test fails when it is stale.
 */

export const COLUMNS_BLOCK_START = "<!-- export-columns:start -->";
export const COLUMNS_BLOCK_END = "<!-- export-columns:end -->";

/** Every table's columns as Markdown: a heading and a `column | type | meaning` table each. */
export function exportColumnsMarkdown(): string {
  const columns = exportColumns();
  const parts = [`Column set version **${EXPORT_FORMAT_VERSION}**.`, ""];
  for (const table of EXPORT_TABLES) {
    parts.push(`### \`${table}\``, "", "| column | type | meaning |", "| --- | --- | --- |");
    for (const c of columns[table])
      parts.push(`| \`${c.name}\` | ${c.type} | ${c.about.replace(/\|/g, "\\|")} |`);
    parts.push("");
  }
  return parts.join("\n");
}

/** The text between the markers, or null when they are missing. */
export function columnsBlockOf(doc: string): string | null {
  const start = doc.indexOf(COLUMNS_BLOCK_START);
  const end = doc.indexOf(COLUMNS_BLOCK_END);
  if (start < 0 || end < start) return null;
  return doc.slice(start + COLUMNS_BLOCK_START.length + 1, end);
}

/** `doc` with the block between the markers replaced, or null when they are missing. */
export function withColumnsBlock(doc: string, block: string): string | null {
  const start = doc.indexOf(COLUMNS_BLOCK_START);
  const end = doc.indexOf(COLUMNS_BLOCK_END);
  if (start < 0 || end < start) return null;
  return `${doc.slice(0, start + COLUMNS_BLOCK_START.length)}\n${block}${doc.slice(end)}`;
}
