import type { TableLayout } from "../../layout/types";

/**
 * exceljs 4.4 writes table columns without `calculatedColumnFormula`, so Excel
 * would not fill a new table row's calculated cells. This adds it to every
 * calculated column of one table part (`xl/tables/*.xml`) of `table`, after
 * the body cells already hold the same formula (see finish-package.ts).
 */
export function withCalculatedColumns(xml: string, table: TableLayout): string {
  let index = 0;
  return xml.replace(/<tableColumn\b([^>]*?)\/>/g, (whole, attributes: string) => {
    const column = table.columns[index];
    index += 1;
    if (!column || column.formula === null) return whole;
    return `<tableColumn${attributes}><calculatedColumnFormula>${escapeXml(column.formula)}</calculatedColumnFormula></tableColumn>`;
  });
}

/** The table name of a table part, unescaped, or undefined. */
export function tableNameOf(xml: string): string | undefined {
  const name = /<table\b[^>]*\sname="([^"]*)"/.exec(xml)?.[1];
  return name === undefined ? undefined : unescapeXml(name);
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
