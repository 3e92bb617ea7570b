/**
 * `npm test`: (1) makes sure the system tools are installed (scripts/lib/provision.ts), (2) runs jest over every
 * project, (3) checks manifest.xml against Microsoft's XSDs with xmllint, (4) prints `tests: N passed, M failed`
 * as the last line (CI reads it). Extra arguments go to jest (`npm test -- src/domain`).
 * `--provision-only` stops after step 1 (used by .ci/run).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { provision } from "./lib/provision";

const ROOT = resolve(__dirname, "..");

interface JestSummary {
  readonly passed: number;
  readonly failed: number;
  readonly brokenSuites: number;
}

function runJest(extra: readonly string[]): JestSummary & { readonly ok: boolean } {
  const out = join(ROOT, ".tmp", "jest-results.json");
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  const jestBin = join(ROOT, "node_modules", "jest", "bin", "jest.js");
  const run = spawnSync(
    process.execPath,
    [jestBin, "--ci", "--json", `--outputFile=${out}`, ...extra],
    { cwd: ROOT, stdio: "inherit" }
  );
  if (!existsSync(out)) return { ok: false, passed: 0, failed: 0, brokenSuites: 1 };
  const json = JSON.parse(readFileSync(out, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numRuntimeErrorTestSuites: number;
  };
  return {
    ok: run.status === 0,
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    brokenSuites: json.numRuntimeErrorTestSuites,
  };
}

/** Returns true (passed), false (failed) or null (schemas not found: not run). */
function runXsdCheck(): boolean | null {
  const dir = process.env.KAM_MANIFEST_XSD_DIR ?? resolve(ROOT, "..", "shared", "manifest-xsd");
  const xsd = join(dir, "OfficeAppManifestV1_1.xsd");
  if (!existsSync(xsd)) {
    const line = "!".repeat(78);
    console.log(
      `\n${line}\n! XSD CHECK NOT RUN: Microsoft's manifest schemas were not found at ${dir}.\n` +
        `! To run it, set KAM_MANIFEST_XSD_DIR to the folder with OfficeAppManifestV1_1.xsd, or run:\n` +
        `!   xmllint --noout --nonet --schema <dir>/OfficeAppManifestV1_1.xsd manifest.xml\n${line}\n`
    );
    return null;
  }
  console.log(`xmllint --noout --nonet --schema ${xsd} manifest.xml`);
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", xsd, "manifest.xml"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  return run.status === 0;
}

function main(args: readonly string[]): number {
  if (!provision()) {
    console.log("tests: 0 passed, 1 failed");
    return 1;
  }
  if (args.includes("--provision-only")) return 0;
  const jest = runJest(args);
  const xsd = runXsdCheck();
  const passed = jest.passed + (xsd === true ? 1 : 0);
  let failed = jest.failed + jest.brokenSuites + (xsd === false ? 1 : 0);
  // jest failed without a failing test (e.g. a config error): still one failure, never "0 failed".
  if (!jest.ok && jest.failed + jest.brokenSuites === 0) failed += 1;
  if (jest.brokenSuites > 0)
    console.log(`${jest.brokenSuites} test file(s) failed to run (counted as failures).`);
  const ok = jest.ok && xsd !== false && failed === 0;
  console.log(`tests: ${passed} passed, ${failed} failed`);
  return ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
