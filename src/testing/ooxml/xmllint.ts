import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One XML document to validate, named for the report. */
export interface XmlDocument {
  readonly file: string;
  readonly part: string;
  readonly xml: string;
}

/** What xmllint said about one document. */
export interface SchemaMessage {
  readonly file: string;
  readonly part: string;
  readonly message: string;
}

/** Documents per xmllint call: keeps the command line far below the OS limit. */
const BATCH = 400;

function run(args: readonly string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    execFile("xmllint", args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && typeof error.code !== "number") {
        reject(
          new Error(
            `xmllint could not run (${error.message}); install libxml2-utils (the xmllint command).`
          )
        );
        return;
      }
      resolvePromise({ code: typeof error?.code === "number" ? error.code : 0, stderr });
    });
  });
}

/**
 * Validate documents against one schema with `xmllint --noout --nonet
 * --schema`, all of them in one call per batch (the schema is compiled once):
 * every error line comes back with the file and part it belongs to. A failure
 * xmllint reports without a document (e.g. the schema does not compile)
 * becomes one message on every document of the batch.
 */
export async function validateWithSchema(
  schema: string,
  documents: readonly XmlDocument[]
): Promise<SchemaMessage[]> {
  if (documents.length === 0) return [];
  const dir = await mkdtemp(join(tmpdir(), "kam-ooxml-"));
  try {
    const messages: SchemaMessage[] = [];
    for (let start = 0; start < documents.length; start += BATCH) {
      const batch = documents.slice(start, start + BATCH);
      const paths = batch.map((_, i) => join(dir, `d${start + i}.xml`));
      await Promise.all(batch.map((d, i) => writeFile(paths[i] ?? "", d.xml)));
      const byPath = new Map(paths.map((p, i) => [p, batch[i]]));
      const { code, stderr } = await run(["--noout", "--nonet", "--schema", schema, ...paths]);
      const failed = new Set<string>();
      const orphans: string[] = [];
      for (const line of stderr.split("\n")) {
        if (line.trim() === "" || / validates$/.test(line)) continue;
        const path = paths.find((p) => line.startsWith(`${p}:`) || line.startsWith(`${p} `));
        const doc = path === undefined ? undefined : byPath.get(path);
        if (!path || !doc) {
          // A parser error's source line and caret follow it: they belong to the message before.
          const last = messages[messages.length - 1];
          if (last && failed.size > 0)
            messages[messages.length - 1] = {
              ...last,
              message: `${last.message} | ${line.trim()}`,
            };
          else orphans.push(line);
          continue;
        }
        if (line === `${path} fails to validate`) {
          failed.add(path);
          continue;
        }
        failed.add(path);
        messages.push({
          file: doc.file,
          part: doc.part,
          message: line.slice(path.length + 1).replace(/^(\d+): /, "line $1: "),
        });
      }
      if (code !== 0 && (failed.size === 0 || orphans.length > 0))
        for (const doc of batch)
          messages.push({
            file: doc.file,
            part: doc.part,
            message: `xmllint exit ${code}: ${orphans.join(" ").slice(0, 2000) || "no message"}`,
          });
    }
    return messages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
