import { XLSX_LIMITS, type XlsxLimits } from "./limits";
import { XlsxInputError, damagedPart, megabytes } from "./input-error";
import { xmlDamage } from "./well-formed";
import { extractZipEntry, readZipDirectory, type ZipEntry } from "./zip";
import { cliText } from "../../domain/text/cli";

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

/**
 * Parts found well-formed in this process, by their text: plans made from one
 * template share large parts (the Config sheet, table parts), and comparing a
 * part with one already checked costs far less than checking it again (a
 * `Set` of strings hashes and compares the text natively). Bounded; cleared
 * when full. Small parts are checked every time.
 */
const WELL_FORMED_TEXTS = new Set<string>();
const REMEMBER_FROM_CHARS = 4096;
const REMEMBER_AT_MOST = 64;

/** True when `xml` is well-formed XML (xmlDamage), remembering large parts that were. */
function isWellFormed(xml: string): boolean {
  const large = xml.length >= REMEMBER_FROM_CHARS;
  if (large && WELL_FORMED_TEXTS.has(xml)) return true;
  if (xmlDamage(xml) !== null) return false;
  if (large) {
    if (WELL_FORMED_TEXTS.size >= REMEMBER_AT_MOST) WELL_FORMED_TEXTS.clear();
    WELL_FORMED_TEXTS.add(xml);
  }
  return true;
}

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE_UTF16 = Buffer.from("EncryptedPackage", "utf16le");

function partKey(name: string): string {
  return name.replace(/^\/+/, "").replace(/\\/g, "/").toLowerCase();
}

function refuseOle2(bytes: Buffer, file: string): never {
  if (bytes.includes(ENCRYPTED_PACKAGE_UTF16)) {
    throw new XlsxInputError(file, "encrypted", cliText("encrypted_package"));
  }
  throw new XlsxInputError(file, "encrypted", cliText("encrypted_or_xls"));
}

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
    throw new XlsxInputError(
      fileName,
      "too_large",
      cliText("input_too_large", {
        size: megabytes(buf.length),
        limit: megabytes(limits.maxFileBytes),
      })
    );
  }
  if (buf.length >= 8 && buf.subarray(0, 8).equals(CFB_SIGNATURE)) refuseOle2(buf, fileName);
  if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50)
    throw new XlsxInputError(fileName, "not_zip", cliText("not_zip"));
  const directory = readZipDirectory(buf);
  if (!directory.ok) {
    if (directory.problem === "zip64") {
      throw new XlsxInputError(fileName, "too_large", cliText("zip64"));
    }
    throw new XlsxInputError(fileName, "not_zip", cliText("zip_damaged"));
  }
  const entries = directory.entries;
  if (entries.length > limits.maxEntries) {
    throw new XlsxInputError(
      fileName,
      "too_many_entries",
      cliText("too_many_entries", { n: entries.length, limit: limits.maxEntries })
    );
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw new XlsxInputError(
      fileName,
      "zip_bomb",
      cliText("zip_bomb", {
        size: megabytes(total),
        limit: megabytes(limits.maxUncompressedBytes),
      })
    );
  }
  if (entries.some((entry) => entry.encrypted)) {
    throw new XlsxInputError(fileName, "encrypted", cliText("zip_encrypted"));
  }
  const byKey = new Map<string, ZipEntry>(entries.map((entry) => [partKey(entry.name), entry]));
  // Each part is inflated, decoded and checked once; the reader asks for a sheet's text more than once.
  const texts = new Map<string, string>();
  const text = (name: string): string | null => {
    const entry = byKey.get(partKey(name));
    if (!entry) return null;
    const known = texts.get(entry.name);
    if (known !== undefined) return known;
    let xml: string;
    try {
      xml = extractZipEntry(buf, entry).toString("utf8");
    } catch {
      throw new XlsxInputError(
        fileName,
        "corrupt",
        cliText("part_not_unpacking", { part: entry.name })
      );
    }
    // Every part we read is XML; one that is not well-formed is refused, never read as partly empty.
    if (!isWellFormed(xml)) throw damagedPart(fileName, entry.name, { kind: "not_xml" });
    texts.set(entry.name, xml);
    return xml;
  };
  const workbookPart = byKey.has("[content_types].xml") ? workbookPartOf(text) : null;
  const isWorkbook =
    workbookPart !== null &&
    byKey.has(workbookPart) &&
    /<(?:[\w.-]+:)?workbook[\s>]/.test(text(workbookPart) ?? "");
  if (workbookPart === null || !isWorkbook) {
    throw new XlsxInputError(fileName, "not_xlsx", cliText("not_xlsx"));
  }
  return { fileName, workbookPart, has: (name) => byKey.has(partKey(name)), text };
}
