import ExcelJS from "exceljs";
import JSZip from "jszip";

/**
 * Load a written .xlsx with exceljs to inspect its cells in a test. exceljs
 * 4.4 cannot load a `<tableColumn>` with children (the calculatedColumnFormula
 * and totalsRowFormula Excel needs, which our writers add): the copy it loads
 * has them removed. Everything else is the file as written.
 */
export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((p) => p.startsWith("xl/tables/"))) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    zip.file(
      path,
      xml.replace(/<tableColumn\b([^>]*[^/>])>[\s\S]*?<\/tableColumn>/g, "<tableColumn$1/>")
    );
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await zip.generateAsync({ type: "arraybuffer" }));
  return workbook;
}
