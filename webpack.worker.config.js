/* Webpack 5 build of the CLI's worker thread (src/cli/parallel/worker.ts) into one file:
 *
 *   build/cli/cli/parallel/worker.bundle.js   (npm run build:cli, after tsc)
 *
 * Why: each worker thread of `kam-plan check` / `export` loads the reader, the checks and zod before its
 * first file. From ~150 separate modules that took ~60 ms per thread (resolving, reading and compiling each
 * file); from one tree-shaken file (zod's 60 unused locales left out) it takes a fraction of that. Measured
 * by `npm run bench` (cli_check_100_files_s). The pool (src/cli/parallel/pool.ts) runs this file; without it
 * (ts-jest, or tsc alone) the CLI works in-process.
 */
const path = require("node:path");
const webpack = require("webpack");

module.exports = {
  mode: "production",
  target: "node20",
  entry: "./src/cli/parallel/worker.ts",
  output: {
    path: path.resolve(__dirname, "build/cli/cli/parallel"),
    filename: "worker.bundle.js",
    clean: false,
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            configFile: "tsconfig.cli.json",
            // ES modules, so webpack can leave out what is not used (zod's locales).
            compilerOptions: { module: "ESNext", moduleResolution: "Bundler", sourceMap: false },
          },
        },
      },
    ],
  },
  // The jobs' modules are imported on first use (jobs.ts); in one file they stay lazy, without chunk files.
  plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
  // Readable stack traces in a worker's error report; the file is loaded from disk, not downloaded.
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
};
