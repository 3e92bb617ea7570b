import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

/** LibreOffice's settings that make it recalculate every formula of an .xlsx on load (stale cached values too). */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A LibreOffice profile of this process (`/tmp/kam-lo-<pid>`), set to recalculate on load. Returns its file URL. */
export function libreOfficeProfile(): string {
  const dir = `/tmp/kam-lo-${process.pid}`;
  const user = join(dir, "user");
  mkdirSync(user, { recursive: true });
  const xcu = join(user, "registrymodifications.xcu");
  if (!existsSync(xcu)) writeFileSync(xcu, RECALC_ALWAYS);
  return `file://${dir}`;
}

/** True when `soffice` can be started. */
export async function hasLibreOffice(): Promise<boolean> {
  return new Promise((resolve) =>
    execFile("soffice", ["--version"], { timeout: 60_000 }, (error) => resolve(!error))
  );
}

/**
 * Recalculate .xlsx files with LibreOffice headless in ONE batched
 * `soffice --convert-to xlsx` call (its own profile): each file is loaded,
 * every formula computed, and saved under the same name into `outDir`.
 */
export async function recalcWithLibreOffice(
  files: readonly string[],
  outDir: string,
  timeoutMs = 600_000
): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const args = [
    `-env:UserInstallation=${libreOfficeProfile()}`,
    "--headless",
    "--norestore",
    "--convert-to",
    "xlsx",
    "--outdir",
    outDir,
    ...files,
  ];
  await new Promise<void>((resolve, reject) => {
    execFile(
      "soffice",
      args,
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) reject(new Error(`LibreOffice failed: ${error.message}\n${stderr}`));
        else resolve();
      }
    );
  });
}
