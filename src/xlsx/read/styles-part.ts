import { decodeEntities, elements, firstElement } from "./xml";

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** True when a format code shows a date: y, m, d, h or s outside quotes, brackets and escapes (not `[Red]`, not `"days"`). */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "");
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/**
 * The cell style indexes (`s` attribute) whose number format is a date, from
 * `xl/styles.xml`. Needed only for 1904-system workbooks, whose date serials
 * are shifted to the 1900 system.
 */
export function dateStyleIndexes(stylesXml: string): ReadonlySet<number> {
  const custom = new Map<number, string>();
  for (const { attrs } of elements(stylesXml, "numFmt")) {
    custom.set(Number(attrs.numFmtId), decodeEntities(attrs.formatCode ?? ""));
  }
  const cellXfs = firstElement(stylesXml, "cellXfs");
  const dates = new Set<number>();
  elements(cellXfs?.inner ?? "", "xf").forEach(({ attrs }, index) => {
    const id = Number(attrs.numFmtId ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id))
      dates.add(index);
  });
  return dates;
}
