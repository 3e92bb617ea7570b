import { parseXml, XmlSyntaxError } from "./xml";

describe("parseXml", () => {
  it("reads elements, attributes, text, entities, CDATA and comments", () => {
    const root = parseXml(
      `<?xml version="1.0"?>\n<!-- c -->\n<a:Root x="1 &amp; 2" y='&#x41;'>\n  <Child>t &lt; u</Child><![CDATA[<raw>]]><Empty/>\n</a:Root>`
    );
    expect(root.name).toBe("a:Root");
    expect(root.local).toBe("Root");
    expect(root.attributes).toEqual({ x: "1 & 2", y: "A" });
    expect(root.children.map((c) => c.local)).toEqual(["Child", "Empty"]);
    expect(root.children[0]?.text).toBe("t < u");
    expect(root.text).toBe("<raw>");
    expect(root.children[0]?.line).toBe(4);
  });

  it.each([
    ["<a><b></a>", /unexpected <\/a>/],
    ["<a>", /<a> is never closed/],
    ['<a x="1" x="2"/>', /duplicate attribute x/],
    ["<a>&nbsp;</a>", /unknown entity/],
    ["<a>fish & chips</a>", /bare '&'/],
    ["<a/><b/>", /second root/],
    ["text", /text outside the root/],
    ["<a x=1/>", /malformed start tag/],
  ])("rejects %s", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
    expect(() => parseXml(xml)).toThrow(message);
  });
});
