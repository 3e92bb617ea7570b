/** Where `npm start` keeps the dev server's pid and log on Linux, and how to probe it. */
import { request } from "node:https";
import { join, resolve } from "node:path";

/** Repository root. */
export const ROOT = resolve(__dirname, "..", "..");
/** Pid file of the dev server started by `npm start` (Linux path). */
export const PID_FILE = join(ROOT, ".tmp", "dev-server.pid");
/** Its log. */
export const LOG_FILE = join(ROOT, ".tmp", "dev-server.log");
/** Dev server port (package.json config.dev_server_port, as in the template). */
export const PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;
/** Dev server origin. */
export const DEV_URL = `https://localhost:${PORT}/`;

/** HTTP status of GET `url` over https (self-signed certificates accepted), or null when nothing answers. */
export function probe(url: string, timeoutMs = 2000): Promise<number | null> {
  return new Promise((done) => {
    const req = request(url, { rejectUnauthorized: false, timeout: timeoutMs }, (res) => {
      res.resume();
      done(res.statusCode ?? null);
    });
    req.on("timeout", () => {
      req.destroy();
      done(null);
    });
    req.on("error", () => {
      done(null);
    });
    req.end();
  });
}

/** True when a process with this pid exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
