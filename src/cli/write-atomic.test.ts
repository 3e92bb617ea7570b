import { spawnSync } from "node:child_process";
import * as fsp from "node:fs/promises";
import {
  chmod,
  lstat,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isOutputError } from "./output-error";
import { writeFileAtomic, type WriteFs } from "./write-atomic";

/** A WriteFs over the real file system that records every call (and every sync of a file handle) in order. */
function recordingFs(
  calls: string[],
  fail?: { readonly op: string; readonly code: string }
): WriteFs {
  const failing = (op: string): void => {
    if (fail?.op === op)
      throw Object.assign(new Error(`${fail.code}: injected`), { code: fail.code });
  };
  return {
    ...fsp,
    open: async (path, flags, mode) => {
      calls.push(`open ${String(flags)} ${String(path)}`);
      failing("open");
      const handle = await fsp.open(path, flags, mode);
      return Object.assign(Object.create(handle) as fsp.FileHandle, {
        writeFile: async (data: Uint8Array) => {
          calls.push(`write ${String(path)}`);
          failing("write");
          await handle.writeFile(data);
        },
        sync: async () => {
          calls.push(`sync ${String(path)}`);
          failing("sync");
          await handle.sync();
        },
        chmod: (m: number) => handle.chmod(m),
        chown: (u: number, g: number) => handle.chown(u, g),
        close: () => handle.close(),
      });
    },
    rename: async (from, to) => {
      calls.push(`rename ${String(from)} -> ${String(to)}`);
      failing("rename");
      await fsp.rename(from, to);
    },
  };
}

/** Issue #11, case 8: writing in place keeps the file's mode, writes through a symbolic link, flushes before the rename, and cleans stale temporary files. */
describe("writeFileAtomic", () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-write-"));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps the mode of the file it replaces (600 stays 600)", async () => {
    const target = join(dir, "plan.xlsx");
    await writeFile(target, "old");
    await chmod(target, 0o600);
    await writeFileAtomic(target, Buffer.from("new"));
    expect((await stat(target)).mode & 0o7777).toBe(0o600);
    expect(await readFile(target, "utf8")).toBe("new");
  });

  it("writes through a symbolic link to its target and keeps the link", async () => {
    const real = join(dir, "real.xlsx");
    const link = join(dir, "link.xlsx");
    await writeFile(real, "old");
    await chmod(real, 0o640);
    await symlink(real, link);
    await writeFileAtomic(link, Buffer.from("new"));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await readFile(real, "utf8")).toBe("new");
    expect((await stat(real)).mode & 0o7777).toBe(0o640);
  });

  it("writes through a relative symbolic link, also when its target does not exist yet", async () => {
    await fsp.mkdir(join(dir, "store"));
    await symlink("store/plan.xlsx", join(dir, "plan.xlsx"));
    await writeFileAtomic(join(dir, "plan.xlsx"), Buffer.from("new"));
    expect((await lstat(join(dir, "plan.xlsx"))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, "store", "plan.xlsx"), "utf8")).toBe("new");
  });

  it("flushes the temporary file to disk before the rename, and the folder after it", async () => {
    const calls: string[] = [];
    const target = join(dir, "plan.xlsx");
    await writeFileAtomic(target, Buffer.from("new"), { fs: recordingFs(calls) });
    const temp = /^open wx (.*)$/.exec(calls.find((c) => c.startsWith("open wx")) ?? "")?.[1];
    expect(temp).toMatch(/\/\.plan\.xlsx\.\d+\.[0-9a-f]{8}\.tmp$/);
    const order = [
      `write ${temp}`,
      `sync ${temp}`,
      `rename ${temp} -> ${target}`,
      `open r ${dir}`,
      `sync ${dir}`,
    ].map((c) => calls.indexOf(c));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("removes stale temporary files of this tool whose process is gone, and only those", async () => {
    const dead = spawnSync("true").pid;
    const stale = `.plan.xlsx.${dead}.0badc0de.tmp`;
    const otherStale = `.summary.xlsx.${dead}.deadbeef.tmp`;
    const live = `.plan.xlsx.${process.pid}.cafebabe.tmp`;
    for (const name of [stale, otherStale, live, ".notes.tmp", "plan.xlsx"])
      await writeFile(join(dir, name), "x");
    await writeFileAtomic(join(dir, "plan.xlsx"), Buffer.from("new"));
    expect((await readdir(dir)).sort()).toEqual([live, ".notes.tmp", "plan.xlsx"].sort());
  });

  it("leaves the old file and no temporary file when flushing fails", async () => {
    const target = join(dir, "plan.xlsx");
    await writeFile(target, "old");
    const error = await writeFileAtomic(target, Buffer.from("new"), {
      fs: recordingFs([], { op: "sync", code: "EIO" }),
    }).catch((e: unknown) => e);
    expect(isOutputError(error)).toBe(true);
    expect(await readFile(target, "utf8")).toBe("old");
    expect(await readdir(dir)).toEqual(["plan.xlsx"]);
  });

  describe("turns the outside world's refusals into an output error with a clear message (exit 2)", () => {
    it.each([
      ["EACCES", "open", /нет прав на запись/, /no permission to write/],
      ["EPERM", "open", /нет прав на запись/, /no permission to write/],
      ["ENOSPC", "write", /нет места на диске/, /no space left/],
      ["EDQUOT", "write", /нет места на диске/, /no space left/],
      ["EROFS", "open", /только для чтения/, /read-only/],
      ["ENOENT", "open", /папки .* нет/, /folder .* does not exist/],
      ["EIO", "rename", /EIO/, /EIO/],
    ])("%s in %s", async (code, op, ru, en) => {
      const target = join(dir, "plan.xlsx");
      const error = await writeFileAtomic(target, Buffer.from("new"), {
        fs: recordingFs([], { op, code }),
      }).catch((e: unknown) => e);
      expect(isOutputError(error)).toBe(true);
      if (!isOutputError(error)) return;
      expect(error.code).toBe(code);
      expect(error.messageIn("ru")).toMatch(ru);
      expect(error.messageIn("en")).toMatch(en);
      expect(error.messageIn("en")).toContain(target);
      expect(await readdir(dir)).toEqual([]);
    });
  });
});
