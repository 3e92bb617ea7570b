import { decodeEntities } from "../read/xml";
import { formatA1, parseA1 } from "../../domain/read/a1";
import { escapeXml } from "./table-patch";

/**
 * exceljs writes a table column with `totalsRowFunction="custom"` and puts
 * the formula into the totals-row cell, but drops the `<totalsRowFormula>`
 * child that ISO/IEC 29500-1 §18.5.1.3 gives a custom total: without it Excel
 * has no formula for the totals row of the table and repairs the file. This
 * adds the child, with the formula the totals-row cell of that column holds.
 * Columns that already have one, and cells without a formula, stay as they are.
 */
export function addTotalsRowFormulas(tableXml: string, sheetXml: string): string {
  if (!tableXml.includes('totalsRowFunction="custom"')) return tableXml;
  const ref = /<table\b[^>]*\sref="([^"]+)"/.exec(tableXml)?.[1] ?? "";
  const [from, to] = ref.split(":");
  const start = parseA1(from ?? "");
  const end = parseA1(to ?? "");
  if (!start || !end) return tableXml;
  let index = 0;
  return tableXml.replace(
    /<tableColumn\b([^>]*?)(\/>|>([\s\S]*?)<\/tableColumn>)/g,
    (whole, attributes: string, _end: string, inner: string | undefined) => {
      const col = start.col + index;
      index += 1;
      if (!/\btotalsRowFunction="custom"/.test(attributes)) return whole;
      if (inner?.includes("<totalsRowFormula")) return whole;
      const address = formatA1({ row: end.row, col });
      const cell = new RegExp(`<c r="${address}"[^>]*>([\\s\\S]*?)</c>`).exec(sheetXml)?.[1];
      const formula = cell === undefined ? undefined : /<f>([\s\S]*?)<\/f>/.exec(cell)?.[1];
      if (formula === undefined) return whole;
      const child = `<totalsRowFormula>${escapeXml(decodeEntities(formula))}</totalsRowFormula>`;
      // Schema order: calculatedColumnFormula, totalsRowFormula, xmlColumnPr, extLst.
      const body = inner ?? "";
      const at = body.search(/<(xmlColumnPr|extLst)\b/);
      const patched = at < 0 ? body + child : body.slice(0, at) + child + body.slice(at);
      return `<tableColumn${attributes}>${patched}</tableColumn>`;
    }
  );
}
