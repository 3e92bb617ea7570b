import { isDigit, isHexDigit, isJsWordChar } from "./xml-chars";

/**
 * Just enough XML for the parts of an .xlsx we read (workbook, relationships,
 * shared strings, sheets, tables): elements found by local name (any
 * namespace prefix), attributes by local name, text with entities and
 * OOXML's `_xHHHH_` escapes decoded. These parts are flat and machine
 * written, so a regular-expression scan is exact for them and several times
 * faster than a DOM; it is not a general XML parser.
 */

/** One element: its attributes by local name and its inner XML (empty for `<x/>`). */
export interface XmlElement {
  readonly attrs: Readonly<Record<string, string>>;
  readonly inner: string;
}

const ELEMENT_PATTERNS = new Map<string, RegExp>();

function elementPattern(localName: string): RegExp {
  let pattern = ELEMENT_PATTERNS.get(localName);
  if (!pattern) {
    const tag = `(?:[\\w.-]+:)?${localName}`;
    pattern = new RegExp(`<${tag}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`, "g");
    ELEMENT_PATTERNS.set(localName, pattern);
  }
  return pattern;
}

/** Every `localName` element in `xml`, in document order (not for elements nested in themselves). */
export function elements(xml: string, localName: string): XmlElement[] {
  const pattern = elementPattern(localName);
  pattern.lastIndex = 0;
  const found: XmlElement[] = [];
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    found.push({ attrs: attributes(match[1] ?? ""), inner: match[2] ?? "" });
  }
  return found;
}

/** The first `localName` element, or null. */
export function firstElement(xml: string, localName: string): XmlElement | null {
  const pattern = elementPattern(localName);
  pattern.lastIndex = 0;
  const match = pattern.exec(xml);
  return match ? { attrs: attributes(match[1] ?? ""), inner: match[2] ?? "" } : null;
}

const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of a start tag's text by local name (`r:id` → `id`), values decoded. */
export function attributes(tagText: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(tagText); match; match = ATTRIBUTE.exec(tagText)) {
    const name = match[1] ?? "";
    const local =
      name.includes(":") && !name.startsWith("xmlns") ? name.slice(name.indexOf(":") + 1) : name;
    attrs[local] = decodeEntities(match[2] ?? match[3] ?? "");
  }
  return attrs;
}

const ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/** The end of a run of characters that pass `test`, from `at`. */
function runEnd(text: string, at: number, test: (code: number) => boolean): number {
  let i = at;
  while (i < text.length && test(text.charCodeAt(i))) i++;
  return i;
}

/** The index of the `;` that closes the reference `&…;` starting at `amp` (`&#xHH;`, `&#DD;`, `&name;`), or -1. */
function referenceEnd(text: string, amp: number): number {
  const at = amp + 1;
  let end: number;
  if (text.charCodeAt(at) === 35) {
    if (text.charCodeAt(at + 1) === 120) {
      end = runEnd(text, at + 2, isHexDigit);
      if (end > at + 2 && text.charCodeAt(end) === 59) return end;
    }
    end = runEnd(text, at + 1, isDigit);
    return end > at + 1 && text.charCodeAt(end) === 59 ? end : -1;
  }
  end = runEnd(text, at, isJsWordChar);
  return end > at && text.charCodeAt(end) === 59 ? end : -1;
}

const ENTITY_NAMES = Object.keys(ENTITIES);

/**
 * The text of the reference `text[amp, end]` (`&…;`), as XML reads it; an unknown name stays as
 * it is. Compared in place: formulas hold many `&quot;`, and no string is made for them.
 */
function referenceText(text: string, amp: number, end: number): string {
  const at = amp + 1;
  if (text.charCodeAt(at) === 35) {
    const hex = text.charCodeAt(at + 1) === 120;
    return String.fromCodePoint(parseInt(text.slice(hex ? at + 2 : at + 1, end), hex ? 16 : 10));
  }
  for (const name of ENTITY_NAMES)
    if (end - at === name.length && text.startsWith(name, at)) return ENTITIES[name] ?? "";
  return text.slice(amp, end + 1);
}

/**
 * Decode XML entities and character references: what
 * `text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, …)` did, by indexOf (every
 * formula and attribute value read runs this).
 */
export function decodeEntities(text: string): string {
  let amp = text.indexOf("&");
  if (amp < 0) return text;
  // Without character references, the five names one after another (`&amp;` last, so `&amp;lt;` stays
  // `&lt;`) read the same as the scan below, natively: formulas hold many `&quot;`.
  if (!text.includes("&#", amp))
    return text
      .replaceAll("&quot;", '"')
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&apos;", "'")
      .replaceAll("&amp;", "&");
  let decoded = "";
  let copied = 0;
  while (amp >= 0) {
    const end = referenceEnd(text, amp);
    if (end < 0) {
      amp = text.indexOf("&", amp + 1);
      continue;
    }
    decoded += text.slice(copied, amp) + referenceText(text, amp, end);
    copied = end + 1;
    amp = text.indexOf("&", copied);
  }
  return decoded + text.slice(copied);
}

/** Decode OOXML's `_xHHHH_` escapes of characters XML cannot hold (`_x000D_`, `_x005F_` for `_`). */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

/** `<t>` elements (any prefix) of a string item: their text, attributes not parsed (every shared string runs this). */
const TEXT_ELEMENT = /<(?:[\w.-]+:)?t(?=[\s/>])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;

/** The text content of a string item (`<si>`, `<is>`): every `<t>` outside phonetic runs, joined. */
export function stringItemText(inner: string): string {
  const withoutPhonetic = inner.includes("rPh")
    ? inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "")
    : inner;
  let text = "";
  TEXT_ELEMENT.lastIndex = 0;
  for (let t = TEXT_ELEMENT.exec(withoutPhonetic); t; t = TEXT_ELEMENT.exec(withoutPhonetic))
    text += t[1] ?? "";
  return decodeOoxmlEscapes(decodeEntities(text));
}
