import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";

/**
 * The workbooks a `summary` run covers: files as given, folders walked
 * recursively for `.xlsx`, and globs (`plans/*.xlsx`, `plans/**\/*.xlsx`,
 * for shells that do not expand them, e.g. Windows cmd). Excel's lock files
 * (`~$plan.xlsx`) and hidden files are skipped. A named file that does not
 * exist is kept, so it becomes a summary row with its error.
 *
 * A workbook is shown relative to the working folder (the full path outside
 * it); with `fromFolder` (summary's rows) relative to the folder given
 * (`north/a.xlsx` for `summary /data/plans`) when the run covers one folder
 * or glob, so that with several folders two `a.xlsx` stay apart.
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

/** The folder a glob is walked from: its path up to the first wildcard. */
function globBase(pattern: string, cwd: string): string {
  const parts = pattern.split(sep).join("/").split("/");
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  return resolve(cwd, parts.slice(0, firstWild).join("/") || ".");
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const parts = pattern.split(sep).join("/").split("/");
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  const base = globBase(pattern, cwd);
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
  cwd: string,
  options: { readonly fromFolder?: boolean } = {}
): Promise<WorkbookPath[]> {
  const seen = new Set<string>();
  const result: WorkbookPath[] = [];
  const folders = new Map<string, string>();
  for (const arg of args) {
    if (/[*?]/.test(arg)) folders.set(arg, globBase(arg, cwd));
    else {
      const path = resolve(cwd, arg);
      if ((await stat(path).catch(() => null))?.isDirectory()) folders.set(arg, path);
    }
  }
  const single = options.fromFolder === true && folders.size === 1 && args.length === 1;
  const add = (path: string, folder?: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const from = single && folder !== undefined ? folder : cwd;
    const shown = relative(from, path);
    result.push({ shown: shown === "" || shown.startsWith("..") ? path : shown, path });
  };
  for (const arg of args) {
    const folder = folders.get(arg);
    if (/[*?]/.test(arg)) (await expandGlob(arg, cwd)).forEach((p) => add(p, folder));
    else if (folder !== undefined) (await walk(folder)).forEach((p) => add(p, folder));
    else add(resolve(cwd, arg));
  }
  return result;
}
