import { readFileSync } from "node:fs";
import { join } from "node:path";
import { columnsBlockOf, exportColumnsMarkdown, withColumnsBlock } from "./docs";
import { EXPORT_FORMAT_VERSION, EXPORT_TABLES, exportColumns } from "./tables";

const DOC = join(__dirname, "..", "..", "..", "docs", "export.md");

describe("docs/export.md", () => {
  it("documents every column of every table and the version (npx tsx scripts/update-export-docs.ts)", () => {
    const doc = readFileSync(DOC, "utf8");
    expect(columnsBlockOf(doc)).toBe(exportColumnsMarkdown());
    expect(doc).toContain(`**${EXPORT_FORMAT_VERSION}**`);
    const columns = exportColumns();
    for (const table of EXPORT_TABLES)
      for (const column of columns[table]) expect(doc).toContain(`| \`${column.name}\` |`);
  });

  it("replaces only the block between the markers", () => {
    const doc =
      "# Export\n<!-- export-columns:start -->\nold\n<!-- export-columns:end -->\nafter\n";
    const updated = withColumnsBlock(doc, "new\n");
    expect(updated).toBe(
      "# Export\n<!-- export-columns:start -->\nnew\n<!-- export-columns:end -->\nafter\n"
    );
    expect(columnsBlockOf(updated ?? "")).toBe("new\n");
    expect(withColumnsBlock("none", "x")).toBeNull();
  });
});
