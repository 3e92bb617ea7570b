import JSZip from "jszip";
import { posix } from "node:path";
import { openXlsxPackage } from "../guard/package";

/** The folder of the part a relationships part belongs to: `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets`. */
function sourceFolder(relsPath: string): string {
  return posix.dirname(posix.dirname(relsPath)).replace(/^\.$/, "");
}

/**
 * Rewrite absolute relationship targets (`Target="/xl/tables/table1.xml"`, as
 * openpyxl writes them) to paths relative to their source part, which is what
 * exceljs 4.4 understands (it crashes on absolute ones while loading tables).
 * For code that must load a user's file with exceljs; our own reader
 * (readWorkbookBuffer) resolves both forms and does not need it. The bytes pass
 * the guards first (XlsxInputError for bad input). Returns the input unchanged
 * when no target is absolute.
 */
export async function normalizeForExcelJs(bytes: Uint8Array, fileName: string): Promise<Buffer> {
  openXlsxPackage(bytes, fileName);
  const zip = await JSZip.loadAsync(bytes);
  const rewritten: string[] = [];
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const entry = zip.file(path);
    if (!entry) continue;
    const xml = await entry.async("string");
    const from = sourceFolder(path);
    const relative = xml.replace(
      /(<Relationship\b[^>]*?\bTarget=")\/([^"]*)"/g,
      (_whole, head: string, target: string) => {
        if (/TargetMode="External"/.test(head)) return `${head}/${target}"`;
        rewritten.push(path);
        return `${head}${from === "" ? target : posix.relative(from, target)}"`;
      }
    );
    if (relative !== xml) zip.file(path, relative);
  }
  return rewritten.length > 0
    ? zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
    : Buffer.from(bytes);
}
