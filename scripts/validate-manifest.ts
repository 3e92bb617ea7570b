/**
 * `npm run validate`: checks manifest.xml offline (see scripts/manifest/check.ts for the list).
 * Usage: tsx scripts/validate-manifest.ts [manifest.xml] [--base-url URL] [--root DIR]
 *   --base-url  the URL prefix the icons are served under (default https://localhost:3000/)
 *   --root      the folder that URL maps to (default: the manifest's folder; use dist/ for the built manifest)
 * The XSD check (xmllint against Microsoft's schemas) is part of `npm test`.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { checkManifest } from "./manifest/check";

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(args: readonly string[]): number {
  const file = resolve(
    args.find((a, i) => !a.startsWith("--") && !(args[i - 1] ?? "").startsWith("--")) ??
      "manifest.xml"
  );
  const baseUrl = option(args, "--base-url") ?? "https://localhost:3000/";
  const root = resolve(option(args, "--root") ?? dirname(file));
  if (!existsSync(file)) {
    console.error(`validate-manifest: ${file} does not exist`);
    return 1;
  }
  const result = checkManifest(readFileSync(file, "utf8"), {
    baseUrl,
    readFile: (relative) => {
      const path = join(root, relative);
      return existsSync(path) ? readFileSync(path) : null;
    },
  });
  for (const note of result.notes) console.log(`note: ${note}`);
  for (const error of result.errors) console.error(`error: ${error}`);
  if (result.errors.length > 0) {
    console.error(`${file}: ${result.errors.length} problem(s)`);
    return 1;
  }
  console.log(
    `${file}: valid (GUID id, four-part version, https URLs, resids, icon sizes, element order, permissions)`
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
