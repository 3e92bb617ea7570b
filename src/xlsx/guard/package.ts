import { XLSX_LIMITS, type XlsxLimits } from "./limits";
import { XlsxInputError, damagedPart, megabytes } from "./input-error";
import { xmlDamage } from "./well-formed";
import { inflateZipEntry, readZipDirectory, storedZipEntry, type ZipEntry } from "./zip";
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
  /**
   * The part read by `parse` (text as `text` gives it), or null when absent;
   * throws as `text`. A part equal in stored bytes to one `parse` read
   * before in this thread is not unpacked again: that result is returned
   * (PARSED_PARTS), so it must be treated as read-only.
   */
  parsed<T>(partName: string, parse: PartParser<T>): T | null;
}

/**
 * Reads a part's text into a value. It must depend on the text alone (no
 * other part, no option): its result is reused for every part with the same
 * bytes. Give it a name at module level: the cache is keyed by the function.
 */
export type PartParser<T> = (xml: string) => T;

/**
 * Parts found well-formed in this process: plans made from one template share
 * large parts (the Config sheet, table parts), and comparing a part with one
 * already checked costs far less than checking it again. Remembered by their
 * stored (compressed) bytes, keyed by the CRC-32 the ZIP directory declares
 * (a number: no key text per part), compared with the compression method and
 * size: equal stored bytes inflate to equal text, and comparing them is
 * about a tenth of comparing the text (a `Set` of the texts was slower still:
 * V8 hashes a string longer than 16,383 characters by its length alone, so
 * large parts were compared one by one). Bounded; cleared when full. Small
 * parts are checked every time.
 */
const WELL_FORMED_PARTS = new Map<number, StoredPart>();
const REMEMBER_FROM_CHARS = 4096;
const REMEMBER_AT_MOST = 64;

/** A part as stored, remembered by the caches below under its declared CRC-32. */
interface StoredPart {
  readonly stored: Buffer;
  readonly method: number;
  readonly uncompressedSize: number;
}

/** True when `entry`, stored as `stored`, is the part `known` remembers: the same bytes unpacked the same way. */
function isSamePart(known: StoredPart | undefined, entry: ZipEntry, stored: Buffer): boolean {
  return (
    known !== undefined &&
    known.method === entry.method &&
    known.uncompressedSize === entry.uncompressedSize &&
    known.stored.equals(stored)
  );
}

/** What a cache remembers of a part: a copy of its stored bytes (the file's buffer is let go). */
function storedPart(entry: ZipEntry, stored: Buffer): StoredPart {
  return {
    stored: Buffer.from(stored),
    method: entry.method,
    uncompressedSize: entry.uncompressedSize,
  };
}

/** True when `xml`, the text of `entry` stored as `stored`, is well-formed XML (xmlDamage), remembering large parts that were. */
function isWellFormed(xml: string, entry: ZipEntry, stored: Buffer): boolean {
  const large = xml.length >= REMEMBER_FROM_CHARS;
  if (large && isSamePart(WELL_FORMED_PARTS.get(entry.crc32), entry, stored)) return true;
  if (xmlDamage(xml) !== null) return false;
  if (large) {
    if (WELL_FORMED_PARTS.size >= REMEMBER_AT_MOST) WELL_FORMED_PARTS.clear();
    WELL_FORMED_PARTS.set(entry.crc32, storedPart(entry, stored));
  }
  return true;
}

/**
 * What each parser made of the parts it read in this thread, by their stored
 * bytes (as WELL_FORMED_PARTS, but for parts of every size: a small part's
 * unpacking and checking costs more than comparing its stored bytes). Plans
 * made from one template hold the same Config, Lists, table and relationship
 * parts byte for byte: those are read once per thread, not once per plan. A
 * part that lies in its directory entry cannot borrow a result: the stored
 * bytes themselves are compared, and equal stored bytes unpack to equal,
 * already checked, text. A result is kept only for a
 * part seen twice (each plan's own parts, such as its ActionPlan sheet, are
 * never kept: their results would hold their whole text). Bounded per parser
 * (PartResults): the part unused the longest is let go.
 */
const PARSED_PARTS = new WeakMap<PartParser<unknown>, PartResults>();

/** The parts' text a parser's kept results may stand for, at most (they hold on to it): 2 MB per thread, a dozen templates' Config, Lists and Dossier sheets. */
const KEEP_AT_MOST_CHARS = 2 * 1024 * 1024;

/** One parser's remembered parts, the most recently used last, within REMEMBER_AT_MOST and KEEP_AT_MOST_CHARS. */
class PartResults {
  private readonly parts = new Map<number, StoredPart & { readonly value?: unknown }>();
  private keptSize = 0;

  /** The part remembered under `key` as used now, or undefined. */
  use(key: number): (StoredPart & { readonly value?: unknown }) | undefined {
    const known = this.parts.get(key);
    if (known !== undefined) {
      this.parts.delete(key);
      this.parts.set(key, known);
    }
    return known;
  }

  remember(key: number, part: StoredPart & { readonly value?: unknown }): void {
    this.forget(key);
    this.parts.set(key, part);
    if ("value" in part) this.keptSize += part.uncompressedSize;
    for (const oldest of this.parts.keys()) {
      if (this.parts.size <= REMEMBER_AT_MOST && this.keptSize <= KEEP_AT_MOST_CHARS) break;
      if (oldest !== key) this.forget(oldest);
    }
  }

  private forget(key: number): void {
    const part = this.parts.get(key);
    if (part === undefined) return;
    if ("value" in part) this.keptSize -= part.uncompressedSize;
    this.parts.delete(key);
  }
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
  const notUnpacking = (entry: ZipEntry): XlsxInputError =>
    new XlsxInputError(fileName, "corrupt", cliText("part_not_unpacking", { part: entry.name }));
  const storedOf = (entry: ZipEntry): Buffer => {
    try {
      return storedZipEntry(buf, entry);
    } catch {
      throw notUnpacking(entry);
    }
  };
  // Each part is inflated, decoded and checked once; the reader asks for a sheet's text more than once.
  const texts = new Map<string, string>();
  const textOf = (entry: ZipEntry, stored: Buffer): string => {
    const known = texts.get(entry.name);
    if (known !== undefined) return known;
    let xml: string;
    try {
      xml = inflateZipEntry(stored, entry).toString("utf8");
    } catch {
      throw notUnpacking(entry);
    }
    // Every part we read is XML; one that is not well-formed is refused, never read as partly empty.
    if (!isWellFormed(xml, entry, stored))
      throw damagedPart(fileName, entry.name, { kind: "not_xml" });
    texts.set(entry.name, xml);
    return xml;
  };
  const text = (name: string): string | null => {
    const entry = byKey.get(partKey(name));
    return entry ? textOf(entry, storedOf(entry)) : null;
  };
  const parsed = <T>(name: string, parse: PartParser<T>): T | null => {
    const entry = byKey.get(partKey(name));
    if (!entry) return null;
    const stored = storedOf(entry);
    let results = PARSED_PARTS.get(parse);
    if (results === undefined) {
      results = new PartResults();
      PARSED_PARTS.set(parse, results);
    }
    const key = entry.crc32;
    const known = results.use(key);
    const seen = known !== undefined && isSamePart(known, entry, stored);
    if (seen && "value" in known) return known.value as T;
    const value = parse(textOf(entry, stored));
    // A result is kept from a part's second sight on: one plan's own part costs its stored bytes, not its parse.
    results.remember(key, seen ? { ...known, value } : storedPart(entry, stored));
    return value;
  };
  const workbookPart = byKey.has("[content_types].xml") ? workbookPartOf(text) : null;
  const isWorkbook =
    workbookPart !== null &&
    byKey.has(workbookPart) &&
    /<(?:[\w.-]+:)?workbook[\s>]/.test(text(workbookPart) ?? "");
  if (workbookPart === null || !isWorkbook) {
    throw new XlsxInputError(fileName, "not_xlsx", cliText("not_xlsx"));
  }
  return { fileName, workbookPart, has: (name) => byKey.has(partKey(name)), text, parsed };
}
