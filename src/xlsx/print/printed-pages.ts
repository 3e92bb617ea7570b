import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { libreOfficeProfile } from "../parity/libreoffice";

/** One printed page: its size in points and whether it is landscape A4. */
export interface PrintedPage {
  readonly width: number;
  readonly height: number;
}

/** What LibreOffice prints of a workbook: every page, and the pages of each visible sheet alone. */
export interface PrintedWorkbook {
  readonly pages: readonly PrintedPage[];
  readonly bySheet: ReadonlyMap<string, readonly PrintedPage[]>;
  /** The PDF file of each visible sheet printed alone (in the print folder). */
  readonly pdfBySheet: ReadonlyMap<string, string>;
  /** The text of the whole PDF (pdftotext), to tell which sheets printed. */
  readonly text: string;
}

/** The visible sheets of a package, in tab order. */
async function visibleSheets(zip: JSZip): Promise<string[]> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  return [...workbook.matchAll(/<sheet\b[^>]*?\/>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\bstate="(hidden|veryHidden)"/.test(tag))
    .map((tag) => /\bname="([^"]*)"/.exec(tag)?.[1] ?? "");
}

/** The package with only `keep` visible (and active): the other visible sheets hidden. */
async function onlySheet(bytes: Uint8Array, keep: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const tags = [...workbook.matchAll(/<sheet\b[^>]*?\/>/g)].map((m) => m[0]);
  const index = tags.findIndex((t) => t.includes(`name="${keep}"`));
  let edited = workbook.replace(/<sheet\b[^>]*?\/>/g, (tag) => {
    if (tag.includes(`name="${keep}"`) || /\bstate="(hidden|veryHidden)"/.test(tag)) return tag;
    const bare = tag.replace(/\s*\bstate="[^"]*"/, "");
    return bare.replace("<sheet ", '<sheet state="hidden" ');
  });
  // LibreOffice prints the active sheet even when it is hidden: the kept one is made active.
  edited = edited.replace(/<bookViews\b[\s\S]*?<\/bookViews>/, "");
  edited = edited.replace(
    /<sheets>/,
    `<bookViews><workbookView activeTab="${index}" firstSheet="${index}"/></bookViews><sheets>`
  );
  zip.file("xl/workbook.xml", edited);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Page sizes of a PDF by pdfinfo (poppler-utils). */
function pdfPages(file: string): PrintedPage[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", file], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/**
 * Print a workbook to PDF with LibreOffice headless, as a KAM's "export to
 * PDF" does: the whole workbook, and each visible sheet alone (the others
 * hidden), in one `soffice --convert-to pdf` call; pages counted and measured
 * with pdfinfo. Hidden sheets print nothing, so the whole workbook's pages are
 * the sum of the sheets' pages.
 */
export async function printWorkbook(bytes: Uint8Array, dir: string): Promise<PrintedWorkbook> {
  mkdirSync(dir, { recursive: true });
  const sheets = await visibleSheets(await JSZip.loadAsync(bytes));
  const files = [join(dir, "whole.xlsx")];
  writeFileSync(files[0] as string, bytes);
  for (const [i, sheet] of sheets.entries()) {
    const file = join(dir, `sheet-${i}.xlsx`);
    writeFileSync(file, await onlySheet(bytes, sheet));
    files.push(file);
  }
  const out = join(dir, "pdf");
  await new Promise<void>((resolve, reject) => {
    execFile(
      "soffice",
      [
        `-env:UserInstallation=${libreOfficeProfile()}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        out,
        ...files,
      ],
      { timeout: 600_000, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) reject(new Error(`LibreOffice failed: ${error.message}\n${stderr}`));
        else resolve();
      }
    );
  });
  const bySheet = new Map<string, PrintedPage[]>();
  sheets.forEach((sheet, i) => bySheet.set(sheet, pdfPages(join(out, `sheet-${i}.pdf`))));
  const whole = join(out, "whole.pdf");
  const text = execFileSync("pdftotext", [whole, "-"], { encoding: "utf8" });
  const pdfBySheet = new Map(sheets.map((sheet, i) => [sheet, join(out, `sheet-${i}.pdf`)]));
  return { pages: pdfPages(whole), bySheet, pdfBySheet, text };
}

/** True for an A4 page in landscape (842 × 595 points, to a point). */
export function isA4Landscape(page: PrintedPage): boolean {
  return Math.abs(page.width - 841.89) < 1 && Math.abs(page.height - 595.3) < 1;
}
