import { posix } from "node:path";
import type JSZip from "jszip";
import { relationshipsPartOf, resolveTarget } from "../read/parts";
import { attributes } from "../read/xml";

/** One relationship as written (target unresolved), with its tag. */
export interface RawRelationship {
  readonly id: string;
  /** Last segment of the type URI: `worksheet`, `table`, `drawing`… */
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  readonly tag: string;
}

/** A package being patched: parts by name (no leading `/`), as JSZip holds them. */
export class PackageParts {
  private readonly texts = new Map<string, string>();
  private readonly deleted = new Set<string>();

  constructor(private readonly zip: JSZip) {}

  /** The part names (lower-case lookups go through `find`). */
  names(): string[] {
    return Object.keys(this.zip.files).filter(
      (p) => !this.zip.files[p]?.dir && !this.deleted.has(p)
    );
  }

  /** The stored name of a part, found case-insensitively; null when absent. */
  find(name: string): string | null {
    const wanted = name.replace(/^\/+/, "").toLowerCase();
    return this.names().find((p) => p.toLowerCase() === wanted) ?? null;
  }

  /** The part's text, or null when absent. */
  async text(name: string): Promise<string | null> {
    const stored = this.find(name);
    if (stored === null) return null;
    const cached = this.texts.get(stored);
    if (cached !== undefined) return cached;
    const file = this.zip.file(stored);
    if (!file) return null;
    const text = await file.async("string");
    this.texts.set(stored, text);
    return text;
  }

  /** Write (or create) a part. */
  set(name: string, text: string): void {
    const stored = this.find(name) ?? name;
    this.deleted.delete(stored);
    this.texts.set(stored, text);
    this.zip.file(stored, text);
  }

  /** Remove a part (and nothing else). */
  remove(name: string): void {
    const stored = this.find(name);
    if (stored === null) return;
    this.deleted.add(stored);
    this.zip.remove(stored);
  }

  /** The relationships of a part as written. */
  async relationships(partName: string): Promise<RawRelationship[]> {
    const xml = await this.text(relationshipsPartOf(partName));
    if (xml === null) return [];
    return [...xml.matchAll(/<Relationship\b[^>]*?\/?>/g)].map((m) => {
      const a = attributes(m[0]);
      const type = a.Type ?? "";
      return {
        id: a.Id ?? "",
        type: type.slice(type.lastIndexOf("/") + 1),
        target: a.Target ?? "",
        external: a.TargetMode === "External",
        tag: m[0].endsWith("/>") ? m[0] : `${m[0].slice(0, -1)}/>`,
      };
    });
  }

  /** Write a part's relationships (removes the part when there are none). */
  setRelationships(partName: string, tags: readonly string[]): void {
    const path = relationshipsPartOf(partName);
    if (tags.length === 0) {
      this.remove(path);
      return;
    }
    this.set(
      path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${tags.join("")}</Relationships>`
    );
  }

  /** The zip with every change (`STORE`: uncompressed, for tests that only read it back). */
  generate(compression: "DEFLATE" | "STORE" = "DEFLATE"): Promise<Buffer> {
    return this.zip.generateAsync({ type: "nodebuffer", compression });
  }
}

/** The part a relationship of `source` points at. */
export function targetPart(source: string, rel: RawRelationship): string {
  return resolveTarget(source, rel.target);
}

/** A relationship target for `part` written relative to `source`'s folder. */
export function relativeTarget(source: string, part: string): string {
  return posix.relative(posix.dirname(source), part);
}

/** A free part name `folder/stemN.xml` (N from 1, not used by any part). */
export function freePartName(
  parts: PackageParts,
  folder: string,
  stem: string,
  used: Set<string>
): string {
  for (let n = 1; ; n++) {
    const name = `${folder}/${stem}${n}.xml`;
    if (!used.has(name.toLowerCase()) && parts.find(name) === null) {
      used.add(name.toLowerCase());
      return name;
    }
  }
}

/** `[Content_Types].xml` with overrides removed for `removed` parts and added for `added` ones. */
export function updateContentTypes(
  xml: string,
  removed: ReadonlySet<string>,
  added: ReadonlyMap<string, string>
): string {
  const lower = new Set([...removed].map((p) => `/${p}`.toLowerCase()));
  let out = xml.replace(/<Override\b[^>]*?\/>/g, (tag) => {
    const part = /PartName="([^"]*)"/.exec(tag)?.[1] ?? "";
    return lower.has(part.toLowerCase()) || added.has(part.replace(/^\//, "")) ? "" : tag;
  });
  const overrides = [...added]
    .map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`)
    .join("");
  out = out.replace(/<\/Types>/, `${overrides}</Types>`);
  return out;
}

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
} as const;

export const REL_TYPE = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  sharedStrings:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
} as const;
