/**
 * The markup-compatibility step (ISO/IEC 29500-3, "MCE") that must run before
 * a part is validated against the ISO schemas: the schemas know neither the
 * `mc:` attributes nor the namespaces a producer marks ignorable, so a part
 * that declares `mc:Ignorable` is refused as it stands. What a consumer that
 * understands only the ISO markup would see is:
 *
 * - elements and attributes in a namespace listed in `mc:Ignorable` (in scope
 *   where they appear) are removed — except inside `<ext>`, whose children
 *   stay (the x14 subset schema validates them through the lax wildcard);
 * - `mc:AlternateContent` is replaced by the content of its `mc:Fallback`
 *   (nothing when there is none), its `mc:Choice` branches are dropped;
 * - the `mc:Ignorable`, `mc:ProcessContent`, `mc:MustUnderstand`,
 *   `mc:PreserveElements` and `mc:PreserveAttributes` attributes are removed.
 *
 * A tokenizer, not a DOM: tags, comments, processing instructions and CDATA
 * are copied byte for byte unless removed, so xmllint's line numbers stay
 * close to the original part's.
 */

export const MC_NAMESPACE = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const MC_ATTRIBUTES = new Set([
  "Ignorable",
  "ProcessContent",
  "MustUnderstand",
  "PreserveElements",
  "PreserveAttributes",
]);

/** One element being read: its namespace scope, ignorable set and how its content is treated. */
interface Frame {
  readonly qname: string;
  readonly namespaces: ReadonlyMap<string, string>;
  readonly ignorable: ReadonlySet<string>;
  /** True inside `<ext>`: ignorable content is kept. */
  readonly inExt: boolean;
  /** True when this element and everything in it is dropped. */
  readonly dropped: boolean;
  /** For mc:AlternateContent: whether a branch (Fallback) has been taken. */
  readonly alternate: boolean;
}

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<![^>]*>|<\/[^>]+>|<[^>]+>|[^<]+/g;
const ATTRIBUTE = /([^\s=/]+)\s*=\s*("[^"]*"|'[^']*')/g;

interface Attribute {
  readonly name: string;
  readonly quoted: string;
}

function parseStartTag(token: string): {
  qname: string;
  attributes: Attribute[];
  selfClosing: boolean;
} {
  const selfClosing = token.endsWith("/>");
  const body = token.slice(1, selfClosing ? -2 : -1);
  const qname = /^[^\s/>]+/.exec(body)?.[0] ?? "";
  const attributes: Attribute[] = [];
  ATTRIBUTE.lastIndex = 0;
  const rest = body.slice(qname.length);
  for (let m = ATTRIBUTE.exec(rest); m; m = ATTRIBUTE.exec(rest))
    attributes.push({ name: m[1] ?? "", quoted: m[2] ?? '""' });
  return { qname, attributes, selfClosing };
}

function prefixOf(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? "" : qname.slice(0, i);
}

function localOf(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

function unquote(quoted: string): string {
  return quoted.slice(1, -1);
}

/** Thrown for markup MCE says a consumer must refuse (a MustUnderstand namespace it does not know). */
export class MarkupCompatibilityError extends Error {}

/**
 * The part as an ISO-only consumer sees it after the MCE step. `understood`
 * are namespaces the schemas know (mc:MustUnderstand of any other is an
 * error, as MCE requires).
 */
export function applyMarkupCompatibility(
  xml: string,
  understood: ReadonlySet<string> = new Set()
): string {
  if (!xml.includes(MC_NAMESPACE)) return xml;
  const out: string[] = [];
  const stack: Frame[] = [];
  const root: Frame = {
    qname: "",
    namespaces: new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]),
    ignorable: new Set(),
    inExt: false,
    dropped: false,
    alternate: false,
  };
  const top = (): Frame => stack[stack.length - 1] ?? root;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const token = m[0];
    const parent = top();
    if (token.startsWith("</")) {
      const frame = stack.pop();
      if (frame && !frame.dropped && !isMc(frame.qname, frame.namespaces)) out.push(token);
      continue;
    }
    if (!token.startsWith("<") || /^<[!?]/.test(token)) {
      if (!parent.dropped) out.push(token);
      continue;
    }
    // Fast path: a tag with no prefix, no namespace declaration and no mc attribute (most cells).
    if (!token.includes(":") && !token.includes("xmlns")) {
      const selfClosingTag = token.endsWith("/>");
      const dropped =
        parent.dropped ||
        (!parent.inExt &&
          parent.ignorable.has(parent.namespaces.get("") ?? "") &&
          !understood.has(parent.namespaces.get("") ?? ""));
      if (!selfClosingTag) {
        const qname = /^<([^\s/>]+)/.exec(token)?.[1] ?? "";
        stack.push({
          ...parent,
          qname,
          dropped,
          alternate: false,
          inExt: parent.inExt || qname === "ext",
        });
      }
      if (!dropped) out.push(token);
      continue;
    }
    const { qname, attributes, selfClosing } = parseStartTag(token);
    const declares = attributes.some((a) => a.name === "xmlns" || a.name.startsWith("xmlns:"));
    let namespaces = parent.namespaces;
    if (declares) {
      const copy = new Map(parent.namespaces);
      for (const a of attributes) {
        if (a.name === "xmlns") copy.set("", unquote(a.quoted));
        else if (a.name.startsWith("xmlns:")) copy.set(a.name.slice(6), unquote(a.quoted));
      }
      namespaces = copy;
    }
    const mcPrefix = (name: string): boolean => namespaces.get(prefixOf(name)) === MC_NAMESPACE;
    const mcAttributes = attributes.filter((a) => a.name.includes(":") && mcPrefix(a.name));
    let ignorable = parent.ignorable;
    for (const a of mcAttributes) {
      const local = localOf(a.name);
      const listed = unquote(a.quoted).split(/\s+/).filter(Boolean);
      if (local === "Ignorable") {
        const copy = new Set(ignorable);
        for (const p of listed) {
          const ns = namespaces.get(p);
          if (ns !== undefined) copy.add(ns);
        }
        ignorable = copy;
      }
      if (local === "MustUnderstand")
        for (const p of listed) {
          const ns = namespaces.get(p);
          if (ns !== undefined && !understood.has(ns))
            throw new MarkupCompatibilityError(
              `mc:MustUnderstand names ${ns}, which the schemas do not know`
            );
        }
    }
    const namespace = namespaces.get(prefixOf(qname)) ?? "";
    const local = localOf(qname);
    const isMcElement = namespace === MC_NAMESPACE;
    let dropped = parent.dropped;
    if (!dropped && isMcElement) {
      // AlternateContent: take the Fallback, drop every Choice.
      if (local === "Choice") dropped = true;
      else if (local === "Fallback") dropped = !parent.alternate;
    } else if (!dropped && !parent.inExt && ignorable.has(namespace) && !understood.has(namespace))
      dropped = true;
    const frame: Frame = {
      qname,
      namespaces,
      ignorable,
      inExt: parent.inExt || local === "ext",
      dropped,
      alternate: isMcElement && local === "AlternateContent",
    };
    if (!selfClosing) stack.push(frame);
    if (dropped || isMcElement) continue;
    const kept = attributes.filter((a) => {
      if (a.name === "xmlns" || a.name.startsWith("xmlns:")) return true;
      if (!a.name.includes(":")) return true;
      if (mcPrefix(a.name)) return !MC_ATTRIBUTES.has(localOf(a.name));
      const ns = namespaces.get(prefixOf(a.name)) ?? "";
      return frame.inExt || !ignorable.has(ns) || understood.has(ns);
    });
    out.push(
      kept.length === attributes.length
        ? token
        : `<${qname}${kept.map((a) => ` ${a.name}=${a.quoted}`).join("")}${selfClosing ? "/>" : ">"}`
    );
  }
  return out.join("");
}

function isMc(qname: string, namespaces: ReadonlyMap<string, string>): boolean {
  return namespaces.get(prefixOf(qname)) === MC_NAMESPACE;
}
