import JSZip from "jszip";
import type { TableLayout } from "../../layout/types";
import { relationshipsPartOf, resolveTarget } from "../read/parts";
import { elements } from "../read/xml";
import { completeDataBars } from "./data-bars";
import { tableNameOf, withCalculatedColumns } from "./table-patch";
import { addTotalsRowFormulas } from "./totals-row";

/**
 * What exceljs leaves out of a package, added in one pass over the written
 * zip (every writer of the project ends with it):
 * - `calculatedColumnFormula` of the calculated columns of `tables` (the
 *   layout's tables, by name), so Excel fills new table rows;
 * - `totalsRowFormula` of every custom totals column (totals-row.ts);
 * - the colours [MS-XLSX] requires of every x14 data bar (data-bars.ts).
 * The result is what `npm test` validates against the ISO/IEC 29500 schemas
 * and Excel's rules (src/testing/ooxml).
 */
export async function finishPackage(
  buffer: Buffer,
  tables: readonly TableLayout[] = []
): Promise<Buffer> {
  const calculated = new Map(
    tables.filter((t) => t.columns.some((c) => c.formula !== null)).map((t) => [t.name, t])
  );
  const zip = await JSZip.loadAsync(buffer);
  const sheets = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p));
  for (const sheetPart of sheets) {
    const sheetXml = (await zip.file(sheetPart)?.async("string")) ?? "";
    const completed = completeDataBars(sheetXml);
    if (completed !== sheetXml) zip.file(sheetPart, completed);
    const rels = (await zip.file(relationshipsPartOf(sheetPart))?.async("string")) ?? "";
    for (const rel of elements(rels, "Relationship")) {
      if (!(rel.attrs.Type ?? "").endsWith("/table")) continue;
      const tablePart = resolveTarget(sheetPart, rel.attrs.Target ?? "");
      const xml = await zip.file(tablePart)?.async("string");
      if (xml === undefined) continue;
      const name = tableNameOf(xml);
      const layout = name === undefined ? undefined : calculated.get(name);
      let patched = layout ? withCalculatedColumns(xml, layout) : xml;
      patched = addTotalsRowFormulas(patched, sheetXml);
      if (patched !== xml) zip.file(tablePart, patched);
    }
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
