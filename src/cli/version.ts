import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The version of this package, from the nearest package.json above this file
 * named `kam-action-plan` (works from src/ under tsx and jest, and from the
 * compiled build/cli/). "unknown" when it cannot be found.
 */
export function packageVersion(start: string = __dirname): string {
  let folder = start;
  for (let depth = 0; depth < 8; depth++) {
    try {
      const pkg = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === "kam-action-plan" && typeof pkg.version === "string") return pkg.version;
    } catch {
      // no package.json here: look one folder up
    }
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return "unknown";
}
