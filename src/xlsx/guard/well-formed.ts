import { isDigit, isHexDigit, isJsSpace } from "../read/xml-chars";
/**
 * Is a package part well-formed XML? The reader scans parts with regular
 * expressions (src/xlsx/read/xml.ts), which would happily read a sheet cut
 * short as a sheet with fewer cells; this check runs first so that a damaged
 * part is refused, never read as empty (spec §8). One linear pass: tags must
 * nest and close, there is one root element and nothing but whitespace,
 * comments or processing instructions after it, attribute values are quoted,
 * text holds no bare `<` or `&` and only XML's five entities or character
 * references. Not a validating parser: names, namespaces and the encoding
 * declaration are not checked (Excel writes what it writes; a cut or
 * hand-broken part fails the nesting test).
 *
 * Every part of every file read goes through here, so it scans by character
 * codes and indexOf, allocating little; it accepts exactly what one sticky
 * regular expression per tag accepted before (testing/regex-well-formed.ts,
 * compared in well-formed.test.ts).
 */

/** `\s` of JavaScript regular expressions (xml-chars.ts), held locally for the per-character loops. */
const isSpace = isJsSpace;

/** `[A-Za-z_]`: the first character of a tag name. */
function isNameStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

/** `[\w.:-]`: the other characters of a tag name. */
function isNameChar(code: number): boolean {
  return (
    isNameStart(code) || (code >= 48 && code <= 57) || code === 46 || code === 58 || code === 45
  );
}

/** `[^\s=/>"']`: a character of an attribute name (NaN, past the end, is not; no global is read in this hot path). */
function isAttributeNameChar(code: number): boolean {
  return (
    code >= 0 &&
    !isSpace(code) &&
    code !== 61 &&
    code !== 47 &&
    code !== 62 &&
    code !== 34 &&
    code !== 39
  );
}

const ENTITY_NAMES = ["amp;", "lt;", "gt;", "quot;", "apos;"];

/** True when the `&` at `at` starts one of XML's five entities or a character reference (`&#1071;`, `&#x42F;`). */
function isEntity(xml: string, at: number): boolean {
  const next = at + 1;
  if (xml.charCodeAt(next) !== 35) return ENTITY_NAMES.some((name) => xml.startsWith(name, next));
  let i = next + 1;
  while (isDigit(xml.charCodeAt(i))) i++;
  if (i > next + 1 && xml.charCodeAt(i) === 59) return true;
  if (xml.charCodeAt(next + 1) !== 120) return false;
  i = next + 2;
  while (isHexDigit(xml.charCodeAt(i))) i++;
  return i > next + 2 && xml.charCodeAt(i) === 59;
}

/** One tag of the form `<name …>`, `</name>` or `<name …/>`, as the scanner found it. */
interface Tag {
  closing: boolean;
  nameStart: number;
  nameEnd: number;
  /** The end of the attributes (after the last one's closing quote; nameEnd when none). */
  attrsEnd: number;
  selfClosing: boolean;
  /** The index after `>`. */
  end: number;
}

const TAG: Tag = {
  closing: false,
  nameStart: 0,
  nameEnd: 0,
  attrsEnd: 0,
  selfClosing: false,
  end: 0,
};

/**
 * Read the element tag at `open` (`<` there) into TAG:
 * `<(\/)?([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>"']+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/)?>`,
 * which is deterministic (no choice of the regular expression could match
 * differently), so one forward pass decides it. False when it does not match.
 */
function readTag(xml: string, open: number): boolean {
  let i = open + 1;
  const closing = xml.charCodeAt(i) === 47;
  if (closing) i++;
  if (!isNameStart(xml.charCodeAt(i))) return false;
  const nameStart = i;
  i++;
  while (isNameChar(xml.charCodeAt(i))) i++;
  const nameEnd = i;
  let attrsEnd = i;
  for (;;) {
    let j = attrsEnd;
    while (isSpace(xml.charCodeAt(j))) j++;
    if (j === attrsEnd || !isAttributeNameChar(xml.charCodeAt(j))) break;
    // An attribute started: it must complete, else the tag is broken (fewer attributes cannot end the tag either).
    j++;
    while (isAttributeNameChar(xml.charCodeAt(j))) j++;
    while (isSpace(xml.charCodeAt(j))) j++;
    if (xml.charCodeAt(j) !== 61) return false;
    j++;
    while (isSpace(xml.charCodeAt(j))) j++;
    const quote = xml.charCodeAt(j);
    if (quote !== 34 && quote !== 39) return false;
    j++;
    for (let code = xml.charCodeAt(j); code !== quote; code = xml.charCodeAt(++j))
      if (code === 60 || !(code >= 0)) return false; // `<`, or the end of the text (NaN)
    attrsEnd = j + 1;
  }
  let end = attrsEnd;
  while (isSpace(xml.charCodeAt(end))) end++;
  const selfClosing = xml.charCodeAt(end) === 47;
  if (selfClosing) end++;
  if (xml.charCodeAt(end) !== 62) return false;
  TAG.closing = closing;
  TAG.nameStart = nameStart;
  TAG.nameEnd = nameEnd;
  TAG.attrsEnd = attrsEnd;
  TAG.selfClosing = selfClosing;
  TAG.end = end + 1;
  return true;
}

/** The index after a comment, processing instruction, CDATA section or doctype at `open`, or -1 when there is none. */
function markupEnd(xml: string, open: number): number {
  const at = open + 1;
  if (xml.charCodeAt(at) === 63) {
    const end = xml.indexOf("?>", at + 1);
    return end < 0 ? -1 : end + 2;
  }
  if (xml.startsWith("!--", at)) {
    const end = xml.indexOf("-->", at + 3);
    return end < 0 ? -1 : end + 3;
  }
  if (xml.startsWith("![CDATA[", at)) {
    const end = xml.indexOf("]]>", at + 8);
    return end < 0 ? -1 : end + 3;
  }
  if (xml.startsWith("!DOCTYPE", at)) {
    const end = xml.indexOf(">", at + 8);
    return end < 0 ? -1 : end + 1;
  }
  return -1;
}

/** True when `xml[aStart, aEnd)` and `xml[bStart, bEnd)` are the same text. */
function sameText(
  xml: string,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number
): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++)
    if (xml.charCodeAt(aStart + i) !== xml.charCodeAt(bStart + i)) return false;
  return true;
}

/**
 * Why `xml` is not well-formed (a short English reason for logs and tests),
 * or null when it is. A byte-order mark and surrounding whitespace are allowed.
 */
export function xmlDamage(xml: string): string | null {
  // Open elements: where each name starts and ends in `xml`.
  const starts: number[] = [];
  const ends: number[] = [];
  let rootSeen = false;
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  // The next `&` at or after the text being checked (-1: none left); every `&` in text or attributes must start an entity.
  let amp = xml.indexOf("&", at);
  const badAmpersandIn = (from: number, to: number): boolean => {
    if (amp !== -1 && amp < from) amp = xml.indexOf("&", from);
    for (; amp !== -1 && amp < to; amp = xml.indexOf("&", amp + 1))
      if (!isEntity(xml, amp)) return true;
    return false;
  };
  while (at < xml.length) {
    const open = xml.indexOf("<", at);
    if (open !== at) {
      const end = open < 0 ? xml.length : open;
      if (starts.length === 0) {
        for (let i = at; i < end; i++)
          if (!isSpace(xml.charCodeAt(i))) return `text outside the root element at ${at}`;
      } else if (badAmpersandIn(at, end)) return `a bare & or an unknown entity near ${at}`;
      if (open < 0) break;
    }
    if (!readTag(xml, open)) {
      const end = markupEnd(xml, open);
      if (end < 0) return `a broken tag at ${open}`;
      at = end; // comment, processing instruction, CDATA, doctype
      continue;
    }
    const { closing, nameStart, nameEnd, attrsEnd, selfClosing } = TAG;
    at = TAG.end;
    if (attrsEnd > nameEnd && badAmpersandIn(nameEnd, attrsEnd))
      return `a bad attribute value at ${open}`;
    if (closing) {
      if (attrsEnd !== nameEnd || selfClosing) return `a broken end tag at ${open}`;
      const expectedStart = starts.pop();
      const expectedEnd = ends.pop();
      if (
        expectedStart === undefined ||
        expectedEnd === undefined ||
        !sameText(xml, expectedStart, expectedEnd, nameStart, nameEnd)
      ) {
        const expected =
          expectedStart === undefined ? "nothing" : xml.slice(expectedStart, expectedEnd);
        return `</${xml.slice(nameStart, nameEnd)}> closes <${expected}> at ${open}`;
      }
      continue;
    }
    if (starts.length === 0) {
      if (rootSeen) return `a second root element at ${open}`;
      rootSeen = true;
    }
    if (!selfClosing) {
      starts.push(nameStart);
      ends.push(nameEnd);
    }
  }
  const last = starts.length - 1;
  if (last >= 0)
    return `<${xml.slice(starts[last], ends[last])}> is not closed (the part ends early)`;
  if (!rootSeen) return "no root element";
  return null;
}
