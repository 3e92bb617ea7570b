import path from "node:path";
import webpack from "webpack";

/** The repository root (this file is src/preview/e2e/). */
export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: Record<string, unknown>
) => Promise<webpack.Configuration>;

/**
 * Build only the preview page (webpack entry `preview` → preview.html) with the project's own
 * webpack.config.js into `outDir`: the other pages and the manifest copy are left out, so the
 * build is what `npm start` serves, in a fraction of the time.
 */
export async function buildPreview(
  outDir: string,
  mode: "development" | "production" = "development"
): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's CommonJS webpack config
  const factory = require(path.join(REPO_ROOT, "webpack.config.js")) as ConfigFactory;
  const config = await factory({ outDir, preview: true }, { mode });
  const entry = (config.entry ?? {}) as Record<string, unknown>;
  if (!("preview" in entry))
    throw new Error("webpack.config.js has no `preview` entry (PAGES in webpack.config.js)");
  const onlyPreview: webpack.Configuration = {
    ...config,
    context: REPO_ROOT,
    devtool: false,
    entry: { preview: entry["preview"] as webpack.EntryObject[string] },
    plugins: (config.plugins ?? []).filter((plugin) => {
      const name = plugin?.constructor.name ?? "";
      if (name === "CopyPlugin") return false;
      if (name === "HtmlWebpackPlugin")
        return (
          (plugin as unknown as { userOptions: { filename?: string } }).userOptions.filename ===
          "preview.html"
        );
      return true;
    }),
  };
  await new Promise<void>((resolve, reject) => {
    webpack(onlyPreview, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
}
