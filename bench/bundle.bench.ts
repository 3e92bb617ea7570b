/**
 * Bundle size rows:
 * - `bundle_taskpane_gzip_kb`: gzip size of the production JS + CSS that taskpane.html loads;
 * - `bundle_hello_gzip_kb`: the same for bench/hello/ (React + Fluent v9 and nothing else), built with the same
 *   webpack settings: the floor the task pane is compared with.
 * Both are built into temporary folders, so dist/ is left alone.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import webpack, { type Configuration } from "webpack";

const ROOT = resolve(__dirname, "..");

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: Record<string, unknown>
) => Promise<Configuration>;

async function build(env: Record<string, unknown>): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
  const factory = require(join(ROOT, "webpack.config.js")) as ConfigFactory;
  const config = await factory({ ...env, WEBPACK_BUILD: true }, { mode: "production" });
  await new Promise<void>((done, fail) => {
    webpack(
      {
        ...config,
        context: ROOT,
        devtool: false,
        stats: "errors-only",
        infrastructureLogging: { level: "error" },
      },
      (error, stats) => {
        if (error) fail(error);
        else if (stats?.hasErrors()) fail(new Error(stats.toString("errors-only")));
        else done();
      }
    );
  });
}

/** Sum of gzip sizes (KiB, one decimal) of the local scripts and stylesheets an HTML page loads. */
export function pageGzipKb(dir: string, page: string): number {
  const html = readFileSync(join(dir, page), "utf8");
  // Attribute values may be unquoted: the production HTML is minified.
  const value = String.raw`(?:"([^"]+)"|'([^']+)'|([^\s>"']+))`;
  const tag = new RegExp(
    String.raw`<script\b[^>]*?\ssrc=${value}|<link\b[^>]*?\shref=${value}`,
    "g"
  );
  const assets = [...html.matchAll(tag)]
    .map((m) => (m.slice(1) as (string | undefined)[]).find((v) => v !== undefined) ?? "") // unmatched groups are undefined
    .filter((src) => (src.endsWith(".js") || src.endsWith(".css")) && !/^(https?:)?\/\//.test(src)); // Office.js: Microsoft's CDN
  if (assets.length === 0) throw new Error(`${page} loads no local script`);
  const bytes = assets.reduce(
    (sum, src) =>
      sum + gzipSync(readFileSync(join(dir, src.replace(/^\//, "").split("?")[0] ?? ""))).length,
    0
  );
  return Math.round((bytes / 1024) * 10) / 10;
}

/** Builds the task pane and the hello page, and measures both. */
export async function run(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "kam-bundle-"));
  try {
    await build({ outDir: join(dir, "app") });
    await build({ outDir: join(dir, "hello"), hello: true });
    return {
      bundle_taskpane_gzip_kb: pageGzipKb(join(dir, "app"), "taskpane.html"),
      bundle_hello_gzip_kb: pageGzipKb(join(dir, "hello"), "hello.html"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
