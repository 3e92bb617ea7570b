/**
 * Rewrites the column reference of docs/export.md (between
 * `<!-- export-columns:start -->` and `<!-- export-columns:end -->`) from
 * src/cli/export/tables.ts, the one source of the export's columns.
 *   npx tsx scripts/update-export-docs.ts          # rewrite
 *   npx tsx scripts/update-export-docs.ts --check  # exit 1 when the doc is stale
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { columnsBlockOf, exportColumnsMarkdown, withColumnsBlock } from "../src/cli/export/docs";

const DOC = resolve(__dirname, "..", "docs", "export.md");

const doc = readFileSync(DOC, "utf8");
const block = exportColumnsMarkdown();
if (columnsBlockOf(doc) === block) {
  console.log("docs/export.md columns are current.");
} else if (process.argv.includes("--check")) {
  console.error(
    "docs/export.md columns are out of date: run npx tsx scripts/update-export-docs.ts"
  );
  process.exit(1);
} else {
  const updated = withColumnsBlock(doc, block);
  if (updated === null) throw new Error(`${DOC} has no export-columns markers`);
  writeFileSync(DOC, updated);
  console.log("docs/export.md columns written.");
}
