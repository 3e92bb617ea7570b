/**
 * A small, strict XML reader for manifests: elements, attributes, text, comments, CDATA, the five predefined
 * entities and numeric character references. No DTDs, no namespaces resolution (names keep their prefix).
 * Errors throw `XmlSyntaxError` with the line number.
 */

/** An element of the parsed document. */
export interface XmlElement {
  /** Qualified name as written, e.g. `bt:Image`. */
  readonly name: string;
  /** Name without the prefix, e.g. `Image`. */
  readonly local: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated text directly inside the element, trimmed. */
  readonly text: string;
  /** 1-based line of the start tag. */
  readonly line: number;
}

/** Thrown for malformed XML. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(`line ${line}: ${message}`);
    this.name = "XmlSyntaxError";
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};
const NAME = /[A-Za-z_][\w.:-]*/y;

function decode(raw: string, line: number): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);|&/g, (match, ref: string | undefined) => {
    if (ref === undefined) throw new XmlSyntaxError("bare '&' (write &amp;)", line);
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const value = ENTITIES[ref];
    if (value === undefined) throw new XmlSyntaxError(`unknown entity ${match}`, line);
    return value;
  });
}

interface Building {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

function finish(b: Building): XmlElement {
  const colon = b.name.indexOf(":");
  return {
    name: b.name,
    local: colon < 0 ? b.name : b.name.slice(colon + 1),
    attributes: b.attributes,
    children: b.children,
    text: b.text.trim(),
    line: b.line,
  };
}

/** Parses a whole document and returns its root element. */
export function parseXml(source: string): XmlElement {
  let pos = 0;
  const stack: Building[] = [];
  let root: XmlElement | null = null;
  const lineAt = (at: number): number => source.slice(0, at).split("\n").length;
  const skipTo = (marker: string, what: string): void => {
    const end = source.indexOf(marker, pos);
    if (end < 0) throw new XmlSyntaxError(`unterminated ${what}`, lineAt(pos));
    pos = end + marker.length;
  };
  while (pos < source.length) {
    const lt = source.indexOf("<", pos);
    const textEnd = lt < 0 ? source.length : lt;
    const text = source.slice(pos, textEnd);
    const top = stack[stack.length - 1];
    if (top) top.text += decode(text, lineAt(pos));
    else if (text.trim() !== "")
      throw new XmlSyntaxError("text outside the root element", lineAt(pos));
    if (lt < 0) break;
    pos = lt;
    if (source.startsWith("<?", pos)) skipTo("?>", "processing instruction");
    else if (source.startsWith("<!--", pos)) skipTo("-->", "comment");
    else if (source.startsWith("<![CDATA[", pos)) {
      const start = pos + 9;
      skipTo("]]>", "CDATA section");
      if (!top) throw new XmlSyntaxError("CDATA outside the root element", lineAt(start));
      top.text += source.slice(start, pos - 3);
    } else if (source.startsWith("<!", pos))
      throw new XmlSyntaxError("DTDs are not supported", lineAt(pos));
    else if (source.startsWith("</", pos)) {
      NAME.lastIndex = pos + 2;
      const name = NAME.exec(source)?.[0];
      const open = stack.pop();
      if (!name || !open || open.name !== name)
        throw new XmlSyntaxError(
          `unexpected </${name ?? ""}> (open: ${open?.name ?? "none"})`,
          lineAt(pos)
        );
      pos = NAME.lastIndex;
      skipTo(">", "end tag");
      const element = finish(open);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else root = element;
    } else {
      const line = lineAt(pos);
      if (root) throw new XmlSyntaxError("a second root element", line);
      NAME.lastIndex = pos + 1;
      const name = NAME.exec(source)?.[0];
      if (!name) throw new XmlSyntaxError("'<' not followed by a name", line);
      pos = NAME.lastIndex;
      const attributes: Record<string, string> = {};
      const attr = /\s*([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')|\s*(\/?>)/y;
      for (;;) {
        attr.lastIndex = pos;
        const m = attr.exec(source);
        if (!m) throw new XmlSyntaxError(`malformed start tag <${name}>`, line);
        pos = attr.lastIndex;
        if (m[5] !== undefined) {
          const building: Building = { name, attributes, children: [], text: "", line };
          if (m[5] === "/>") {
            const element = finish(building);
            const parent = stack[stack.length - 1];
            if (parent) parent.children.push(element);
            else root = element;
          } else stack.push(building);
          break;
        }
        const key = m[1] ?? "";
        if (key in attributes)
          throw new XmlSyntaxError(`duplicate attribute ${key} on <${name}>`, line);
        attributes[key] = decode(m[3] ?? m[4] ?? "", line);
      }
    }
  }
  const open = stack.pop();
  if (open) throw new XmlSyntaxError(`<${open.name}> is never closed`, open.line);
  if (!root) throw new XmlSyntaxError("no root element", 1);
  return root;
}

/** Children of `parent` with the given local name. */
export function childrenNamed(parent: XmlElement, local: string): readonly XmlElement[] {
  return parent.children.filter((c) => c.local === local);
}

/** First child of `parent` with the given local name, or undefined. */
export function child(parent: XmlElement, local: string): XmlElement | undefined {
  return parent.children.find((c) => c.local === local);
}

/** Every element of the tree, depth first, with its ancestors (nearest last). */
export function* walk(
  root: XmlElement,
  ancestors: readonly XmlElement[] = []
): Generator<{ element: XmlElement; ancestors: readonly XmlElement[] }> {
  yield { element: root, ancestors };
  for (const c of root.children) yield* walk(c, [...ancestors, root]);
}
