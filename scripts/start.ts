/**
 * `npm start`.
 * - Windows / macOS with office-addin-debugging installed: sideloads manifest.xml into desktop Excel and starts the
 *   dev server, as Microsoft's template does (`office-addin-debugging start manifest.xml`).
 * - Elsewhere (Linux: no desktop Excel): starts the HTTPS dev server on port 3000 in the background
 *   (pid in .tmp/dev-server.pid, log in .tmp/dev-server.log), waits until it serves the task pane, and prints
 *   how to sideload the manifest into Excel on the web. `npm stop` stops it.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { alive, DEV_URL, LOG_FILE, PID_FILE, probe, ROOT } from "./lib/dev-server";

function hasDebugging(): boolean {
  return existsSync(join(ROOT, "node_modules", "office-addin-debugging", "package.json"));
}

function hasPreview(): boolean {
  if (existsSync(join(ROOT, "dist", "preview.html"))) return true;
  const config = readFileSync(join(ROOT, "webpack.config.js"), "utf8");
  return /name:\s*['"]preview['"]/.test(config);
}

function printHowTo(): void {
  const manifest = join(ROOT, "manifest.xml");
  console.log(`
The add-in is served at ${DEV_URL} (task pane: ${DEV_URL}taskpane.html).
${hasPreview() ? `In-browser preview (no Excel needed): ${DEV_URL}preview.html\n` : ""}
Manifest: ${manifest}

Sideload into Excel on the web:
  1. Open ${DEV_URL}taskpane.html in the same browser once and accept the certificate
     (or trust .tmp/certs/localhost.crt / the office-addin-dev-certs CA, see README).
  2. Open a workbook in Excel on the web (https://www.office.com → Excel).
  3. Home → Add-ins → More add-ins → My add-ins → Upload My Add-in (older menus: Insert → Add-ins →
     Manage my add-ins → Upload), choose the manifest above.
  4. Home → "Action Plan" opens the task pane; "Check plan" checks the workbook.

Server log: ${relative(ROOT, LOG_FILE)}. Stop it with: npm stop`);
}

async function waitUntilServing(
  pid: number,
  timeoutMs: number
): Promise<"serving" | "died" | "slow"> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!alive(pid)) return "died";
    if ((await probe(`${DEV_URL}taskpane.html`)) === 200) return "serving";
    await new Promise((r) => setTimeout(r, 1000));
  }
  return "slow";
}

async function startLinux(): Promise<number> {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  const previous = existsSync(PID_FILE) ? Number(readFileSync(PID_FILE, "utf8")) : NaN;
  if (!Number.isNaN(previous) && alive(previous)) {
    console.log(`The dev server is already running (pid ${previous}).`);
    printHowTo();
    return 0;
  }
  if ((await probe(DEV_URL)) !== null) {
    console.log(
      `Something already answers on ${DEV_URL} (not started by npm start). Stop it or change config.dev_server_port.`
    );
    printHowTo();
    return 0;
  }
  const log = openSync(LOG_FILE, "w");
  const webpackCli = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    detached: true, // own process group: `npm stop` ends the server and its children together
    stdio: ["ignore", log, log],
  });
  if (child.pid === undefined) {
    console.error("Could not start the dev server.");
    return 1;
  }
  writeFileSync(PID_FILE, String(child.pid));
  child.unref();
  console.log(`Starting the HTTPS dev server (pid ${child.pid}); the first build takes a minute…`);
  const state = await waitUntilServing(child.pid, 240_000);
  if (state === "died") {
    console.error(
      `The dev server stopped. Its log (${LOG_FILE}):\n${readFileSync(LOG_FILE, "utf8").slice(-4000)}`
    );
    return 1;
  }
  if (state === "slow")
    console.log(`The dev server is still building; watch ${relative(ROOT, LOG_FILE)}.`);
  printHowTo();
  return 0;
}

async function main(): Promise<number> {
  if ((process.platform === "win32" || process.platform === "darwin") && hasDebugging()) {
    // Same command as the template's `start` script: sideload, start `npm run dev-server`, open Excel.
    const run = spawnSync("npx", ["office-addin-debugging", "start", "manifest.xml"], {
      cwd: ROOT,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    return run.status ?? 1;
  }
  if (process.platform === "win32" || process.platform === "darwin") {
    console.log(
      "office-addin-debugging is not installed: starting the dev server only; sideload the manifest by hand."
    );
  }
  return startLinux();
}

void main().then((code) => {
  process.exitCode = code;
});
