import { join } from "node:path";
import type { Configuration, WebpackPluginInstance } from "webpack";

interface CopyPattern {
  readonly from: string;
  readonly transform?: (content: Buffer) => string | Buffer;
}
type Factory = ((
  env: Record<string, unknown>,
  argv: Record<string, unknown>
) => Promise<Configuration>) & {
  readonly DEV_URL: string;
  readonly PRODUCTION_URL: string;
};

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
const factory = require(join(__dirname, "..", "webpack.config.js")) as Factory;

function manifestTransform(config: Configuration): (content: Buffer) => string | Buffer {
  const copy = (config.plugins ?? []).find(
    (p): p is WebpackPluginInstance => p?.constructor.name === "CopyPlugin"
  ) as { patterns: readonly CopyPattern[] } | undefined;
  const pattern = copy?.patterns.find((p) => p.from === "manifest.xml");
  if (!pattern?.transform) throw new Error("no manifest.xml copy pattern");
  return pattern.transform;
}

describe("webpack.config.js", () => {
  const manifest = Buffer.from(
    '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/><x v="https://localhost:3000/a.png"/>'
  );

  it("builds the task pane and the ribbon function file", async () => {
    const config = await factory({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(Object.keys(config.entry as Record<string, string>)).toEqual(
      expect.arrayContaining(["taskpane", "commands"])
    );
    expect(config.output?.path).toBe(join(__dirname, "..", "dist"));
  });

  it("keeps the preview (the pane on the Excel test double) out of a production dist, unless asked for", async () => {
    const entries = async (env: Record<string, unknown>, mode: string): Promise<string[]> =>
      Object.keys(
        (await factory({ WEBPACK_BUILD: true, ...env }, { mode })).entry as Record<string, string>
      );
    expect(await entries({}, "production")).not.toContain("preview");
    expect(await entries({}, "development")).toContain("preview");
    expect(await entries({ preview: true }, "production")).toContain("preview");
  });

  it("rewrites every dev URL of the manifest to the production URL in a production build", async () => {
    const transform = manifestTransform(
      await factory({ WEBPACK_BUILD: true }, { mode: "production" })
    );
    const out = String(transform(manifest));
    expect(out).not.toContain(factory.DEV_URL);
    expect(out).toBe(
      `<SourceLocation DefaultValue="${factory.PRODUCTION_URL}taskpane.html"/><x v="${factory.PRODUCTION_URL}a.png"/>`
    );
    expect(factory.PRODUCTION_URL).toMatch(/^https:\/\/.+\/$/);
  });

  it("keeps the dev URLs in a development build", async () => {
    const transform = manifestTransform(
      await factory({ WEBPACK_BUILD: true }, { mode: "development" })
    );
    expect(String(transform(manifest))).toBe(String(manifest));
  });

  it("builds only the hello page, without manifest or assets, for the bundle floor", async () => {
    const config = await factory(
      { WEBPACK_BUILD: true, hello: true, outDir: "/tmp/x" },
      { mode: "production" }
    );
    expect(config.entry).toEqual({ hello: "./bench/hello/index.tsx" });
    expect(config.output?.path).toBe("/tmp/x");
    expect((config.plugins ?? []).some((p) => p?.constructor.name === "CopyPlugin")).toBe(false);
  });
});
