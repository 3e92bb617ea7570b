import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * LibreOffice headless as a test tool: re-save .xlsx files the way a person
 * with LibreOffice would (recalculating every formula), in ONE batched
 * `soffice --convert-to xlsx` call with a profile of its own. The profile sets
 * OOXMLRecalcMode = 0 ("always recalculate on load") so stale cached values are
 * recomputed too. Used by the reader tests and bench/cli.bench.ts.
 */

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Convert `files` into `outDir` (same base names) with one soffice call; resolves when soffice exits. */
export async function resaveWithLibreOffice(
  files: readonly string[],
  outDir: string,
  timeoutMs = 600_000
): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), "kam-reader-lo-"));
  try {
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    await mkdir(outDir, { recursive: true });
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
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
          if (error) reject(new Error(`soffice failed: ${error.message}\n${stderr}`));
          else resolve();
        }
      );
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
