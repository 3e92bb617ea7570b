import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";

/**
 * Edits of a saved workbook the way a file gets hurt or changed outside the
 * add-in: a part cut short or taken out of the ZIP (a broken download, a
 * hand-edited package), and openpyxl scripts (what a user's own Python does).
 */

/** The package with one part's text replaced by `edit(text)`; a null result removes the part. */
export async function editPart(
  bytes: Uint8Array,
  part: string,
  edit: (text: string) => string | null
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file(part);
  if (!entry) throw new Error(`no part ${part} in the package`);
  const next = edit(await entry.async("string"));
  if (next === null) zip.remove(part);
  else zip.file(part, next);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The package with one part cut `bytes` characters short (its ZIP entry stays valid). */
export function cutPart(bytes: Uint8Array, part: string, cut: number): Promise<Buffer> {
  return editPart(bytes, part, (text) => text.slice(0, text.length - cut));
}

/** The package without one part (the relationships still point at it). */
export function dropPart(bytes: Uint8Array, part: string): Promise<Buffer> {
  return editPart(bytes, part, () => null);
}

/**
 * Open `file` with openpyxl (Debian's python3-openpyxl), run `body` with the
 * workbook as `wb`, save it back: the "filled with openpyxl" edits.
 */
export async function editWithOpenpyxl(file: string, body: string): Promise<void> {
  const script = join(`${file}.edit.py`);
  await writeFile(
    script,
    [
      "import sys, warnings",
      "warnings.simplefilter('ignore')",
      "from openpyxl import load_workbook",
      "wb = load_workbook(sys.argv[1])",
      body,
      "wb.save(sys.argv[1])",
      "",
    ].join("\n")
  );
  execFileSync("/usr/bin/python3", [script, file]);
}
