import { XLSX_LIMITS, type XlsxLimits } from "./limits";
import { XlsxInputError, damagedPart, megabytes } from "./input-error";
import { xmlDamage } from "./well-formed";
import { extractZipEntry, readZipDirectory, type ZipEntry } from "./zip";

/**
 * An .xlsx package that passed the guards: a ZIP with `[Content_Types].xml`
 * and a workbook part, not encrypted, within the limits. Parts are inflated
 * on demand. Part names are looked up case-insensitively, without a leading
 * `/` (OPC names are case-insensitive; openpyxl writes absolute targets).
 */
export interface XlsxPackage {
  /** The file name used in every error message. */
  readonly fileName: string;
  /** Name of the workbook part (usually `xl/workbook.xml`). */
  readonly workbookPart: string;
  /** True when the part exists. */
  has(partName: string): boolean;
  /** The part as UTF-8 text, or null when absent. Throws XlsxInputError when it is damaged (`corrupt`: does not unpack; `damaged`: not well-formed XML). */
  text(partName: string): string | null;
}

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE_UTF16 = Buffer.from("EncryptedPackage", "utf16le");

function partKey(name: string): string {
  return name.replace(/^\/+/, "").replace(/\\/g, "/").toLowerCase();
}

function refuseOle2(bytes: Buffer, file: string): never {
  if (bytes.includes(ENCRYPTED_PACKAGE_UTF16)) {
    throw new XlsxInputError(file, "encrypted", {
      ru: "файл защищён паролем (зашифрован); снимите пароль в Excel («Файл → Сведения → Защитить книгу») и сохраните снова",
      en: "the file is password-protected (encrypted); remove the password in Excel (File → Info → Protect Workbook) and save again",
    });
  }
  throw new XlsxInputError(file, "encrypted", {
    ru: "файл защищён паролем или это старый формат .xls; сохраните его в Excel как «Книга Excel (.xlsx)» без пароля",
    en: 'the file is password-protected or an old .xls; save it from Excel as "Excel Workbook (.xlsx)" without a password',
  });
}

const NOT_ZIP = {
  ru: "это не файл .xlsx (не ZIP-архив)",
  en: "not an .xlsx file (not a ZIP archive)",
} as const;

function workbookPartOf(read: (name: string) => string | null): string | null {
  const rels = read("_rels/.rels");
  if (rels !== null) {
    for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const tag = match[0];
      if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
      const target = /Target="([^"]*)"/.exec(tag)?.[1];
      if (target) return partKey(target);
    }
  }
  return "xl/workbook.xml";
}

/**
 * Check bytes against every guard before any XML is parsed and open them as a
 * package. Throws XlsxInputError: `too_large`, `encrypted` (OLE2 container:
 * password-protected or .xls), `not_zip`, `too_many_entries`, `zip_bomb`,
 * `not_xlsx` (a ZIP without `[Content_Types].xml` or a workbook part), `corrupt`.
 */
export function openXlsxPackage(
  bytes: Uint8Array,
  fileName: string,
  limits: XlsxLimits = XLSX_LIMITS
): XlsxPackage {
  const buf = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length > limits.maxFileBytes) {
    throw new XlsxInputError(fileName, "too_large", {
      ru: `файл слишком большой: ${megabytes(buf.length)} МБ при пределе ${megabytes(limits.maxFileBytes)} МБ`,
      en: `the file is too large: ${megabytes(buf.length)} MB, the limit is ${megabytes(limits.maxFileBytes)} MB`,
    });
  }
  if (buf.length >= 8 && buf.subarray(0, 8).equals(CFB_SIGNATURE)) refuseOle2(buf, fileName);
  if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50)
    throw new XlsxInputError(fileName, "not_zip", NOT_ZIP);
  const directory = readZipDirectory(buf);
  if (!directory.ok) {
    if (directory.problem === "zip64") {
      throw new XlsxInputError(fileName, "too_large", {
        ru: "архив в формате ZIP64 (слишком большой для плана), такие файлы не читаются",
        en: "the archive is ZIP64 (too large for a plan); such files are not read",
      });
    }
    throw new XlsxInputError(fileName, "not_zip", {
      ru: "это не файл .xlsx (ZIP-архив повреждён или обрезан)",
      en: "not an .xlsx file (the ZIP archive is damaged or truncated)",
    });
  }
  const entries = directory.entries;
  if (entries.length > limits.maxEntries) {
    throw new XlsxInputError(fileName, "too_many_entries", {
      ru: `в архиве ${entries.length} частей при пределе ${limits.maxEntries}: это не похоже на план (защита от ZIP-бомб)`,
      en: `the archive has ${entries.length} parts, the limit is ${limits.maxEntries}: not a plain workbook (zip bomb guard)`,
    });
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw new XlsxInputError(fileName, "zip_bomb", {
      ru: `в распакованном виде файл занимает ${megabytes(total)} МБ при пределе ${megabytes(limits.maxUncompressedBytes)} МБ (защита от ZIP-бомб)`,
      en: `the file unpacks to ${megabytes(total)} MB, the limit is ${megabytes(limits.maxUncompressedBytes)} MB (zip bomb guard)`,
    });
  }
  if (entries.some((entry) => entry.encrypted)) {
    throw new XlsxInputError(fileName, "encrypted", {
      ru: "ZIP-архив защищён паролем; сохраните книгу без пароля",
      en: "the ZIP archive is password-protected; save the workbook without a password",
    });
  }
  const byKey = new Map<string, ZipEntry>(entries.map((entry) => [partKey(entry.name), entry]));
  const wellFormed = new Set<string>();
  const text = (name: string): string | null => {
    const entry = byKey.get(partKey(name));
    if (!entry) return null;
    let xml: string;
    try {
      xml = extractZipEntry(buf, entry).toString("utf8");
    } catch {
      throw new XlsxInputError(fileName, "corrupt", {
        ru: `файл повреждён: часть ${entry.name} не распаковывается или больше заявленного размера`,
        en: `the file is damaged: part ${entry.name} does not unpack or exceeds its declared size`,
      });
    }
    // Every part we read is XML; one that is not well-formed is refused, never read as partly empty.
    if (!wellFormed.has(entry.name)) {
      if (xmlDamage(xml) !== null) throw damagedPart(fileName, entry.name, { kind: "not_xml" });
      wellFormed.add(entry.name);
    }
    return xml;
  };
  const workbookPart = byKey.has("[content_types].xml") ? workbookPartOf(text) : null;
  const isWorkbook =
    workbookPart !== null &&
    byKey.has(workbookPart) &&
    /<(?:[\w.-]+:)?workbook[\s>]/.test(text(workbookPart) ?? "");
  if (workbookPart === null || !isWorkbook) {
    throw new XlsxInputError(fileName, "not_xlsx", {
      ru: "это ZIP-архив, но не книга Excel (.xlsx): нет [Content_Types].xml или xl/workbook.xml",
      en: "a ZIP archive but not an Excel workbook (.xlsx): no [Content_Types].xml or xl/workbook.xml",
    });
  }
  return { fileName, workbookPart, has: (name) => byKey.has(partKey(name)), text };
}
