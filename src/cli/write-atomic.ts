import { randomBytes } from "node:crypto";
import * as nodeFs from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { outputErrorOf } from "./output-error";

/** The file-system calls writeFileAtomic makes (node:fs/promises; tests inject failures here). */
export type WriteFs = Pick<
  typeof nodeFs,
  "open" | "rename" | "rm" | "stat" | "lstat" | "readlink" | "readdir"
>;

/** Options of writeFileAtomic. */
export interface WriteOptions {
  /** The path as the user typed it, for messages (default: the target). */
  readonly shown?: string;
  readonly fs?: WriteFs;
}

/** Our temporary files: `.NAME.<pid>.<8 hex>.tmp` beside the target. */
const TEMPORARY = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Symbolic links followed at most (as the kernel's ELOOP limit). */
const MAX_LINKS = 40;

/**
 * The file a write to `path` should replace: `path` itself, or, through any
 * chain of symbolic links, the file the last link points at (relative links
 * resolved from their own folder; the target need not exist yet).
 */
async function finalTarget(fs: WriteFs, path: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    const info = await fs.lstat(current).catch(() => null);
    if (!info?.isSymbolicLink()) return current;
    current = resolve(dirname(current), await fs.readlink(current));
  }
  throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: "ELOOP" });
}

/** True when a process with this id is running (a pid we may not signal is running too). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Remove temporary files a killed run of this tool left in `folder`: names of
 * our pattern whose process is gone. Best effort: a file that cannot be
 * listed or removed is left alone.
 */
async function removeStaleTemporaries(fs: WriteFs, folder: string): Promise<void> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    const pid = Number(match?.[2]);
    if (!match || pid === process.pid || processAlive(pid)) continue;
    await fs.rm(join(folder, name), { force: true }).catch(() => undefined);
  }
}

/** Flush a folder's entries (the rename) to disk; file systems that cannot sync a folder are left as they are. */
async function syncFolder(fs: WriteFs, folder: string): Promise<void> {
  let handle: nodeFs.FileHandle | null = null;
  try {
    handle = await fs.open(folder, "r");
    await handle.sync();
  } catch {
    // Some systems refuse fsync on a folder (EINVAL, EISDIR, EPERM); the file itself is already on disk.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Write a file so that a crash never leaves half of it and nothing of the
 * user's is lost (spec §8):
 * - through a symbolic link, the link's target is written and the link stays;
 * - the data goes to a temporary file beside the target (same file system),
 *   which is flushed to disk (fsync) before it is renamed over the target in
 *   one step, and the folder is flushed after the rename;
 * - the replaced file's permissions (and, when we may, its owner) are kept;
 * - temporary files of earlier runs that were killed are removed first;
 * - on failure the temporary file is removed, the old file is untouched, and
 *   a system error becomes an OutputError naming the file (`shown`) and why.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  options: WriteOptions = {}
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const shown = options.shown ?? target;
  let temporary: string | null = null;
  try {
    const file = await finalTarget(fs, target);
    const folder = dirname(file);
    await removeStaleTemporaries(fs, folder);
    const old = await fs.stat(file).catch(() => null);
    temporary = join(
      folder,
      `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
    );
    const handle = await fs.open(temporary, "wx", old ? old.mode & 0o7777 : 0o666);
    try {
      if (old) {
        await handle.chmod(old.mode & 0o7777);
        if (process.getuid?.() === 0) await handle.chown(old.uid, old.gid).catch(() => undefined);
      }
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, file);
    temporary = null;
    await syncFolder(fs, folder);
  } catch (error) {
    if (temporary !== null) await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw outputErrorOf(error, shown);
  }
}
