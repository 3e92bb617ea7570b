/**
 * `npm stop`: undoes `npm start`. On Windows / macOS with office-addin-debugging: unregisters the sideloaded
 * add-in and stops its dev server (`office-addin-debugging stop manifest.xml`). Everywhere: stops the dev server
 * whose pid `npm start` wrote to .tmp/dev-server.pid (its whole process group), then removes the pid file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { alive, PID_FILE, ROOT } from "./lib/dev-server";

function stopPid(pid: number): void {
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/PID", String(pid), "/T", "/F"], { stdio: "ignore" });
    return;
  }
  try {
    process.kill(-pid, "SIGTERM"); // the server was started detached: its pid is its process group
  } catch {
    if (alive(pid)) process.kill(pid, "SIGTERM");
  }
}

async function main(): Promise<number> {
  if (
    (process.platform === "win32" || process.platform === "darwin") &&
    existsSync(join(ROOT, "node_modules", "office-addin-debugging"))
  ) {
    spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], {
      cwd: ROOT,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
  }
  if (!existsSync(PID_FILE)) {
    console.log("No dev server started by npm start is running.");
    return 0;
  }
  const pid = Number(readFileSync(PID_FILE, "utf8"));
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    stopPid(pid);
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (alive(pid)) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }
    console.log(
      alive(pid)
        ? `Could not stop the dev server (pid ${pid}).`
        : `Stopped the dev server (pid ${pid}).`
    );
  } else {
    console.log("The dev server was not running.");
  }
  rmSync(PID_FILE, { force: true });
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
