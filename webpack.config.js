/* Webpack 5 build of the add-in, after Microsoft's yo office React task-pane template.
 *
 *   npm run build       production build into dist/ (manifest URLs rewritten to PRODUCTION_URL)
 *   npm run build:dev   development build
 *   npm run dev-server  HTTPS dev server on https://localhost:3000/
 *
 * Office.js is not bundled: each page loads it from Microsoft's CDN with a <script> tag (as the template does).
 * No core-js / IE polyfills: Excel runs add-ins in WebView2 (Windows), WKWebView/Safari (macOS) or the
 * browser (Excel on the web), all ES2021-capable; tsconfig targets ES2021.
 *
 * env (webpack --env key=value, or the function argument when called from scripts/bench.ts):
 *   hello=true   build only the bundle-floor page bench/hello/ (no manifest, no assets)
 *   outDir=PATH  output directory (default dist/)
 */
const path = require("node:path");
const fs = require("node:fs");
const { execFileSync } = require("node:child_process");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** The dev server's origin, as written in manifest.xml. */
const DEV_URL = "https://localhost:3000/";

/**
 * Where the add-in is hosted in production. `npm run build` replaces every DEV_URL in manifest.xml with it.
 * Change it here, or set KAM_PRODUCTION_URL for one build. Must end with '/'.
 */
const PRODUCTION_URL = process.env.KAM_PRODUCTION_URL || "https://kam-action-plan.example.com/";

/**
 * The HTML pages of the add-in: one entry + one HtmlWebpackPlugin each. Add a page here (one line) and it is built,
 * served and copied. `template` is the page's HTML; the bundle's <script> tags are injected into it.
 */
const PAGES = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html" },
  {
    name: "commands",
    entry: "./src/commands/commands.ts",
    template: "./src/commands/commands.html",
  },
  { name: "preview", entry: "./src/preview/index.tsx", template: "./src/preview/preview.html" },
];

/** Minimal React + Fluent v9 page: the floor the task pane's bundle size is compared with (bench/bundle.bench.ts). */
const HELLO_PAGE = {
  name: "hello",
  entry: "./bench/hello/index.tsx",
  template: "./bench/hello/hello.html",
};

/** HTTPS options for the dev server: office-addin-dev-certs, or a self-signed certificate made with openssl. */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    // Typical on Linux without sudo: the CA cannot be installed. Fall back to a self-signed certificate.
    const dir = path.join(__dirname, ".tmp", "certs");
    const key = path.join(dir, "localhost.key");
    const cert = path.join(dir, "localhost.crt");
    if (!fs.existsSync(key) || !fs.existsSync(cert)) {
      fs.mkdirSync(dir, { recursive: true });
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-sha256",
          "-days",
          "365",
          "-subj",
          "/CN=localhost",
          "-addext",
          "subjectAltName=DNS:localhost,IP:127.0.0.1",
          "-keyout",
          key,
          "-out",
          cert,
        ],
        { stdio: "ignore" }
      );
    }
    console.warn(
      `office-addin-dev-certs could not install its CA (${String(error && error.message).split("\n")[0]}).\n` +
        `Using the self-signed certificate ${path.relative(process.cwd(), cert)}: tell your browser to trust it.`
    );
    return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const hello = env.hello === true || env.hello === "true";
  // The preview runs the pane on the Excel test double: a development page, not shipped in a production dist/
  // (its end-to-end test and bench build it in production mode on purpose with `--env preview`).
  const withPreview = dev || env.preview === true || env.preview === "true";
  const pages = hello
    ? [HELLO_PAGE]
    : PAGES.filter((page) => page.name !== "preview" || withPreview);
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: Object.fromEntries(pages.map((page) => [page.name, page.entry])),
    output: {
      path: path.resolve(__dirname, env.outDir || "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type-checking is `npm run typecheck`; the bundle only needs the transpile.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        { test: /\.css$/, type: "asset/resource" },
        {
          test: /\.(png|jpg|jpeg|gif|ico|woff2?)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    optimization: { splitChunks: { chunks: "all" } },
    performance: { hints: false },
    plugins: [
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: [page.name],
          })
      ),
      ...(hello
        ? []
        : [
            new CopyWebpackPlugin({
              patterns: [
                { from: "assets/*", to: "assets/[name][ext]" },
                {
                  from: "manifest.xml",
                  to: "[name][ext]",
                  transform: (content) =>
                    dev ? content : content.toString().split(DEV_URL).join(PRODUCTION_URL),
                },
              ],
            }),
          ]),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await httpsOptions() : {} },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
};

module.exports.PAGES = PAGES;
module.exports.DEV_URL = DEV_URL;
module.exports.PRODUCTION_URL = PRODUCTION_URL;
