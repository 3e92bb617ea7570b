/**
 * Rewrites the table of check codes in README.md (between
 * `<!-- check-codes:start -->` and `<!-- check-codes:end -->`) from
 * FINDING_CODES, the single source of codes and severities.
 *   npx tsx scripts/update-codes-table.ts          # rewrite
 *   npx tsx scripts/update-codes-table.ts --check  # exit 1 when README is stale
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { checkCodesMarkdown, codesBlockOf, withCodesBlock } from "../src/domain/codes-table";

/** The README path of the repository this script lives in. */
export const README_PATH = resolve(__dirname, "..", "README.md");

/** Update (or with `check`, only compare) the README's codes table; returns true when it is current. */
export function updateCodesTable(path: string, check: boolean): boolean {
  const readme = readFileSync(path, "utf8");
  const table = checkCodesMarkdown("en");
  if (codesBlockOf(readme) === table) return true;
  if (check) return false;
  const updated = withCodesBlock(readme, table);
  if (updated === null)
    throw new Error(`${path} has no <!-- check-codes:start --> … <!-- check-codes:end --> markers`);
  writeFileSync(path, updated);
  return true;
}

if (require.main === module) {
  const check = process.argv.includes("--check");
  const current = updateCodesTable(README_PATH, check);
  if (!current) {
    console.error(
      "README.md check codes table is out of date: run npx tsx scripts/update-codes-table.ts"
    );
    process.exit(1);
  }
  console.log(
    check ? "README.md check codes table is current." : "README.md check codes table written."
  );
}
