/**
 * Merge the cell formats of a freshly written package into the styles part
 * of the user's workbook, so that the user's cells keep their style indexes
 * untouched and the layout's cells get indexes valid in the merged part.
 * Fonts, fills, borders, number formats and cell formats of the fresh part
 * are appended (equal ones are reused, so applying again does not grow the
 * part); returns the map from the fresh part's cellXfs index to the merged one.
 */

const SECTION_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;

type Section = (typeof SECTION_ORDER)[number];

function sectionPattern(name: string): RegExp {
  return new RegExp(`<${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${name}>)`);
}

function itemPattern(item: string): RegExp {
  return new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g");
}

function items(xml: string, section: Section, item: string): string[] {
  const m = sectionPattern(section).exec(xml);
  return m ? [...(m[2] ?? "").matchAll(itemPattern(item))].map((x) => x[0]) : [];
}

/** Replace (or insert in schema order) one section of a styles part with `list`. */
function withSection(xml: string, section: Section, list: readonly string[]): string {
  const element = `<${section} count="${list.length}">${list.join("")}</${section}>`;
  const pattern = sectionPattern(section);
  if (pattern.test(xml)) return xml.replace(pattern, () => element);
  const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1);
  for (const next of later) {
    const at = new RegExp(`<${next}\\b`).exec(xml);
    if (at) return `${xml.slice(0, at.index)}${element}${xml.slice(at.index)}`;
  }
  return xml.replace(/<\/styleSheet>/, `${element}</styleSheet>`);
}

function attr(tag: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

function setAttr(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`\\b${name}="[^"]*"`);
  return pattern.test(tag)
    ? tag.replace(pattern, `${name}="${value}"`)
    : tag.replace(/^<(\w+)/, `<$1 ${name}="${value}"`);
}

/** Append `item` to `list` unless an equal one is there; its index. */
function indexIn(list: string[], index: Map<string, number>, item: string): number {
  const found = index.get(item);
  if (found !== undefined) return found;
  list.push(item);
  index.set(item, list.length - 1);
  return list.length - 1;
}

function indexed(list: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  list.forEach((item, i) => {
    if (!map.has(item)) map.set(item, i);
  });
  return map;
}

/**
 * Merge `fresh` (a styles part written by our writer) into `base` (the
 * user's). Returns the merged part and `xf[i]` = the merged index of the
 * fresh part's cellXfs entry i.
 */
export function mergeStyles(base: string, fresh: string): { xml: string; xf: number[] } {
  const numFmts = items(base, "numFmts", "numFmt");
  const fonts = items(base, "fonts", "font");
  const fills = items(base, "fills", "fill");
  const borders = items(base, "borders", "border");
  const cellXfs = items(base, "cellXfs", "xf");
  const fontIndex = indexed(fonts);
  const fillIndex = indexed(fills);
  const borderIndex = indexed(borders);
  const xfIndex = indexed(cellXfs);
  const formatIdByCode = new Map<string, string>();
  let nextFormatId = 164;
  for (const f of numFmts) {
    const id = attr(f, "numFmtId");
    const code = attr(f, "formatCode");
    if (id !== null && code !== null && !formatIdByCode.has(code)) formatIdByCode.set(code, id);
    if (id !== null) nextFormatId = Math.max(nextFormatId, Number(id) + 1);
  }
  const freshFormats = new Map<string, string>();
  for (const f of items(fresh, "numFmts", "numFmt")) {
    const id = attr(f, "numFmtId");
    const code = attr(f, "formatCode");
    if (id !== null && code !== null) freshFormats.set(id, code);
  }
  const freshFonts = items(fresh, "fonts", "font");
  const freshFills = items(fresh, "fills", "fill");
  const freshBorders = items(fresh, "borders", "border");
  const formatId = (id: string): string => {
    const code = freshFormats.get(id);
    if (code === undefined) return id;
    const known = formatIdByCode.get(code);
    if (known !== undefined) return known;
    const created = String(nextFormatId++);
    numFmts.push(`<numFmt numFmtId="${created}" formatCode="${code}"/>`);
    formatIdByCode.set(code, created);
    return created;
  };
  const remap = (
    list: readonly string[],
    target: string[],
    index: Map<string, number>,
    id: string | null
  ): string => String(indexIn(target, index, list[Number(id ?? 0)] ?? list[0] ?? ""));
  const xf = items(fresh, "cellXfs", "xf").map((entry) => {
    const open = /^<xf\b[^>]*?\/?>/.exec(entry)?.[0] ?? "<xf/>";
    let tag = open;
    tag = setAttr(tag, "numFmtId", formatId(attr(open, "numFmtId") ?? "0"));
    tag = setAttr(tag, "fontId", remap(freshFonts, fonts, fontIndex, attr(open, "fontId")));
    tag = setAttr(tag, "fillId", remap(freshFills, fills, fillIndex, attr(open, "fillId")));
    tag = setAttr(
      tag,
      "borderId",
      remap(freshBorders, borders, borderIndex, attr(open, "borderId"))
    );
    tag = setAttr(tag, "xfId", "0");
    return indexIn(cellXfs, xfIndex, entry.replace(open, tag));
  });
  let xml = base;
  if (numFmts.length > 0) xml = withSection(xml, "numFmts", numFmts);
  xml = withSection(xml, "fonts", fonts);
  xml = withSection(xml, "fills", fills);
  xml = withSection(xml, "borders", borders);
  xml = withSection(xml, "cellXfs", cellXfs);
  return { xml, xf };
}

/**
 * Merge the shared strings of a fresh package into the user's: returns the
 * merged part and `index[i]` = the merged index of the fresh part's string i.
 * Equal items (same XML) are reused.
 */
export function mergeSharedStrings(
  base: string | null,
  fresh: string | null
): { xml: string; index: number[] } {
  const pattern = /<si\b[^>]*?(?:\/>|>[\s\S]*?<\/si>)/g;
  const list = base === null ? [] : [...base.matchAll(pattern)].map((m) => m[0]);
  const known = indexed(list);
  const index =
    fresh === null ? [] : [...fresh.matchAll(pattern)].map((m) => indexIn(list, known, m[0]));
  const body = list.join("");
  const xml =
    base === null
      ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${list.length}" uniqueCount="${list.length}">${body}</sst>`
      : base.replace(
          /<sst\b([^>]*?)(?:\/>|>[\s\S]*<\/sst>)/,
          (_whole, attrs: string) =>
            `<sst${attrs.replace(/\s*\b(count|uniqueCount)="[^"]*"/g, "")} count="${list.length}" uniqueCount="${list.length}">${body}</sst>`
        );
  return { xml, index };
}
