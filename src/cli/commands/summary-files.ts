import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";

/**
 * The workbooks a `summary` run covers: files as given, folders walked
 * recursively for `.xlsx`, and globs (`plans/*.xlsx`, `plans/**\/*.xlsx`,
 * for shells that do not expand them, e.g. Windows cmd). Excel's lock files
 * (`~$plan.xlsx`) and hidden files are skipped. A named file that does not
 * exist is kept, so it becomes a summary row with its error.
 */

/** One workbook to read: what to show (as the user wrote it / relative) and the absolute path. */
export interface WorkbookPath {
  readonly shown: string;
  readonly path: string;
}

const isWorkbook = (name: string): boolean =>
  /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const full = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(full)));
    else if (entry.isFile() && isWorkbook(entry.name)) found.push(full);
  }
  return found;
}

/** A glob as a regular expression over `/`-separated relative paths: `*` and `?` within a name, `**` across folders. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i += 1) {
    const ch = glob[i] as string;
    if (ch === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else re += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "i");
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const normal = pattern.split(sep).join("/");
  const parts = normal.split("/");
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  const base = resolve(cwd, parts.slice(0, firstWild).join("/") || ".");
  const rest = globToRegExp(parts.slice(firstWild).join("/"));
  let files: string[];
  try {
    files = await walk(base);
  } catch {
    return [];
  }
  return files.filter((f) => rest.test(relative(base, f).split(sep).join("/")));
}

/** Expand the command line's FILE… arguments into workbook paths, in order, without duplicates. */
export async function collectWorkbooks(
  args: readonly string[],
  cwd: string
): Promise<WorkbookPath[]> {
  const seen = new Set<string>();
  const result: WorkbookPath[] = [];
  const add = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const shown = relative(cwd, path);
    result.push({ shown: shown === "" || shown.startsWith("..") ? path : shown, path });
  };
  for (const arg of args) {
    if (/[*?]/.test(arg)) {
      (await expandGlob(arg, cwd)).forEach(add);
      continue;
    }
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) (await walk(path)).forEach(add);
    else add(path);
  }
  return result;
}
