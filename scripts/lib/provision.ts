/**
 * System tools the tests need, and their Debian packages. One list for `npm test` and `.ci/run`.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** A system tool: how to tell it is there, and which Debian package brings it. */
export interface SystemTool {
  readonly what: string;
  readonly debianPackage: string;
  readonly present: () => boolean;
}

function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Tools needed by the test suite (LibreOffice parity and print, Chromium e2e, XSD check, openpyxl cross-check). */
export const SYSTEM_TOOLS: readonly SystemTool[] = [
  {
    what: "LibreOffice (soffice)",
    debianPackage: "libreoffice-calc-nogui",
    present: () => onPath("soffice"),
  },
  {
    what: "Chromium (/usr/bin/chromium)",
    debianPackage: "chromium",
    present: () => existsSync("/usr/bin/chromium"),
  },
  { what: "xmllint", debianPackage: "libxml2-utils", present: () => onPath("xmllint") },
  {
    what: "pdfinfo, pdftotext and pdftoppm (the print test, the printed screenshots)",
    debianPackage: "poppler-utils",
    present: () => onPath("pdfinfo") && onPath("pdftoppm"),
  },
  {
    what: "openpyxl for /usr/bin/python3",
    debianPackage: "python3-openpyxl",
    present: () =>
      existsSync("/usr/bin/python3") &&
      spawnSync("/usr/bin/python3", ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0,
  },
];

/** The apt command that installs `packages` (no recommends: plain `chromium` drags in systemd and udev). */
export function aptInstallCommand(packages: readonly string[]): string {
  return `apt-get update && apt-get install -y --no-install-recommends ${packages.join(" ")}`;
}

/**
 * Makes sure every tool is installed: as root, installs the missing ones with apt-get; otherwise prints the
 * command to run. Returns true when everything is present afterwards.
 */
export function provision(tools: readonly SystemTool[] = SYSTEM_TOOLS): boolean {
  const missing = tools.filter((t) => !t.present());
  if (missing.length === 0) return true;
  const packages = missing.map((t) => t.debianPackage);
  console.log(`missing system tools: ${missing.map((t) => t.what).join(", ")}`);
  if (process.getuid?.() !== 0) {
    console.error(`Install them first (as root):\n  sudo sh -c '${aptInstallCommand(packages)}'`);
    return false;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update"], { stdio: "inherit", env });
  const install =
    update.status === 0
      ? spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...packages], {
          stdio: "inherit",
          env,
        })
      : update;
  if (install.status !== 0) {
    console.error(`apt-get failed; run: ${aptInstallCommand(packages)}`);
    return false;
  }
  const still = tools.filter((t) => !t.present());
  for (const t of still)
    console.error(`still missing after apt-get: ${t.what} (${t.debianPackage})`);
  return still.length === 0;
}
