import { inflateRawSync } from "node:zlib";

/**
 * A minimal reader of the ZIP container (PKWARE APPNOTE), enough for .xlsx:
 * the central directory tells every part's declared sizes before anything is
 * inflated, and inflation is capped at the declared size, so a part that lies
 * about its size cannot exhaust memory. Zip64 and multi-disk archives are not
 * needed for workbooks of our size and are reported as unsupported.
 */

/** One entry of the central directory. */
export interface ZipEntry {
  /** Part name as stored (`xl/workbook.xml`). */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** Bit 0 of the general-purpose flags: the entry is encrypted. */
  readonly encrypted: boolean;
  /** CRC-32 of the uncompressed data, as the directory declares it (not verified). */
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Why the directory could not be read. */
export type ZipProblem = "no_directory" | "zip64" | "damaged";

/** The central directory, or the reason it is unreadable. */
export type ZipDirectory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly problem: ZipProblem };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;

function findEndOfCentralDirectory(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - EOCD_MIN - 0xffff);
  for (let at = buf.length - EOCD_MIN; at >= lowest; at--) {
    if (buf.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/** Read the central directory of a ZIP archive held in memory. */
export function readZipDirectory(buf: Buffer): ZipDirectory {
  if (buf.length < EOCD_MIN) return { ok: false, problem: "no_directory" };
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return { ok: false, problem: "no_directory" };
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    return { ok: false, problem: "zip64" };
  if (offset + size > eocd) return { ok: false, problem: "damaged" };
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      return { ok: false, problem: "damaged" };
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    entries.push({
      name: buf.toString("utf8", at + 46, at + 46 + nameLength),
      method: buf.readUInt16LE(at + 10),
      encrypted: (buf.readUInt16LE(at + 8) & 1) === 1,
      crc32: buf.readUInt32LE(at + 16),
      compressedSize: buf.readUInt32LE(at + 20),
      uncompressedSize: buf.readUInt32LE(at + 24),
      localHeaderOffset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/**
 * The bytes of one entry, inflated. Throws a plain Error for a damaged entry,
 * an unsupported method, or data that inflates beyond its declared size (the
 * caller turns it into an XlsxInputError naming the file).
 */
export function extractZipEntry(buf: Buffer, entry: ZipEntry): Buffer {
  return inflateZipEntry(storedZipEntry(buf, entry), entry);
}

/** The bytes of one entry as stored (compressed); throws a plain Error for a damaged or truncated entry. */
export function storedZipEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIGNATURE)
    throw new Error(`damaged entry ${entry.name}`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new Error(`truncated entry ${entry.name}`);
  return buf.subarray(start, end);
}

/** An entry's stored bytes (storedZipEntry) inflated, capped at its declared size; throws a plain Error as extractZipEntry. */
export function inflateZipEntry(data: Buffer, entry: ZipEntry): Buffer {
  if (entry.method === 0) return data;
  if (entry.method !== 8)
    throw new Error(`unsupported compression method ${entry.method} in ${entry.name}`);
  // One byte of slack: zlib reports "exceeded" only when output goes beyond the cap.
  const inflated = inflateRawSync(data, {
    maxOutputLength: Math.max(1, entry.uncompressedSize + 1),
  });
  if (inflated.length !== entry.uncompressedSize) throw new Error(`size mismatch in ${entry.name}`);
  return inflated;
}
