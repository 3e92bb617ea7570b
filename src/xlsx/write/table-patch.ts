import JSZip from "jszip";
import type { TableLayout } from "../../layout/types";

/**
 * exceljs 4.4 writes table columns without `calculatedColumnFormula`, so Excel
 * would not fill a new table row's calculated cells. This adds it to every
 * calculated column of the written tables (found by table name in
 * `xl/tables/*.xml`), after the body cells already hold the same formula.
 */
export async function addCalculatedColumns(
  buffer: Buffer,
  tables: readonly TableLayout[]
): Promise<Buffer> {
  const byName = new Map(
    tables.filter((t) => t.columns.some((c) => c.formula !== null)).map((t) => [t.name, t])
  );
  if (byName.size === 0) return buffer;
  const zip = await JSZip.loadAsync(buffer);
  const parts = Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p));
  for (const part of parts) {
    const file = zip.file(part);
    if (!file) continue;
    const xml = await file.async("string");
    const name = /<table\b[^>]*\sname="([^"]*)"/.exec(xml)?.[1];
    const table = name === undefined ? undefined : byName.get(unescapeXml(name));
    if (!table) continue;
    let index = 0;
    const patched = xml.replace(/<tableColumn\b([^>]*?)\/>/g, (whole, attributes: string) => {
      const column = table.columns[index];
      index += 1;
      if (!column || column.formula === null) return whole;
      return `<tableColumn${attributes}><calculatedColumnFormula>${escapeXml(column.formula)}</calculatedColumnFormula></tableColumn>`;
    });
    zip.file(part, patched);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Escape text for an XML element. */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
