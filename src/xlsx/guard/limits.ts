/**
 * The limits an .xlsx file must stay within before we decompress it: the one
 * place they are documented. A filled KAM workbook is 30–300 KB zipped and
 * 0.3–3 MB unzipped with about 40 parts, so these leave wide room for photos,
 * long dossiers and years of actuals while refusing zip bombs (a few KB that
 * inflate to gigabytes) and files that are clearly not plans.
 */
export interface XlsxLimits {
  /** Size of the .xlsx file itself, in bytes. */
  readonly maxFileBytes: number;
  /** Sum of the uncompressed sizes of all parts (from the zip central directory; enforced again while inflating). */
  readonly maxUncompressedBytes: number;
  /** Number of entries (parts) in the zip. */
  readonly maxEntries: number;
}

/** The defaults: 25 MiB file, 250 MiB unzipped in total, 10 000 parts. */
export const XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  maxUncompressedBytes: 250 * 1024 * 1024,
  maxEntries: 10_000,
};
