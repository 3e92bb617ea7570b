/**
 * The well-formedness check as it was before the scanner of well-formed.ts:
 * one sticky regular expression per tag. Kept only as the oracle of
 * well-formed.test.ts (the scanner must accept and refuse exactly what this
 * did).
 */

const TAG =
  /<(?:(\/)?([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>"']+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/)?>|!--[\s\S]*?-->|\?[\s\S]*?\?>|!\[CDATA\[[\s\S]*?\]\]>|!DOCTYPE[^>]*>)/y;

const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/;

function textIsBad(text: string): boolean {
  return text.includes("&") && BAD_AMPERSAND.test(text);
}

/**
 * Why `xml` is not well-formed (a short English reason for logs and tests),
 * or null when it is. A byte-order mark and surrounding whitespace are allowed.
 */
export function regexXmlDamage(xml: string): string | null {
  const stack: string[] = [];
  let rootSeen = false;
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < xml.length) {
    const open = xml.indexOf("<", at);
    if (open !== at) {
      const text = xml.slice(at, open < 0 ? xml.length : open);
      if (stack.length === 0) {
        if (text.trim() !== "") return `text outside the root element at ${at}`;
      } else if (textIsBad(text)) return `a bare & or an unknown entity near ${at}`;
      if (open < 0) break;
    }
    TAG.lastIndex = open;
    const match = TAG.exec(xml);
    if (!match) return `a broken tag at ${open}`;
    at = TAG.lastIndex;
    const name = match[2];
    if (name === undefined) continue; // comment, processing instruction, CDATA, doctype
    if (match[3] && textIsBad(match[3])) return `a bad attribute value at ${open}`;
    if (match[1] === "/") {
      if (match[3] !== "" || match[4] !== undefined) return `a broken end tag at ${open}`;
      const expected = stack.pop();
      if (expected !== name) return `</${name}> closes <${expected ?? "nothing"}> at ${open}`;
      continue;
    }
    if (stack.length === 0) {
      if (rootSeen) return `a second root element at ${open}`;
      rootSeen = true;
    }
    if (match[4] === undefined) stack.push(name);
  }
  if (stack.length > 0)
    return `<${stack[stack.length - 1] ?? ""}> is not closed (the part ends early)`;
  if (!rootSeen) return "no root element";
  return null;
}
