import fc from "fast-check";
import { decodeEntities } from "./xml";

const ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/** The regular-expression decoder decodeEntities replaced: the oracle. */
function regexDecodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return ENTITIES[body] ?? whole;
  });
}

function outcome(decode: (text: string) => string, text: string): string {
  try {
    return `ok:${decode(text)}`;
  } catch (error) {
    return `throws:${error instanceof Error ? error.name : String(error)}`;
  }
}

describe("decodeEntities", () => {
  it("decodes XML's five entities and character references, and leaves anything else", () => {
    expect(decodeEntities("a &lt;&gt;&amp;&quot;&apos; &#1071;&#x42F;&#X42F; &nbsp; & &amp")).toBe(
      "a <>&\"' ЯЯ&#X42F; &nbsp; & &amp"
    );
    expect(decodeEntities("IF(A1&lt;&gt;&quot;&quot;,1)")).toBe('IF(A1<>"",1)');
  });

  it("leaves a name of Object.prototype as it is (the regular expression's lookup found those)", () => {
    expect(decodeEntities("&constructor; &__proto__; &toString;")).toBe(
      "&constructor; &__proto__; &toString;"
    );
  });

  it("decodes random text as the regular expression did (throws where it threw)", () => {
    const piece = fc.constantFrom(
      "&",
      ";",
      "#",
      "x",
      "X",
      "amp",
      "lt",
      "quot",
      "nbsp",
      "1071",
      "42F",
      "110000",
      "99999999",
      "_",
      "a",
      " ",
      "Я",
      "<",
      "&amp;",
      "&#",
      "&#x"
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(outcome(decodeEntities, text)).toBe(outcome(regexDecodeEntities, text));
      }),
      { numRuns: 5000 }
    );
  });
});
