import type { PartParser, XlsxPackage } from "../guard/package";
import { elements } from "./xml";

/** One relationship of a part, its target resolved to a part name (`xl/worksheets/sheet1.xml`). */
export interface Relationship {
  readonly id: string;
  /** The last segment of the relationship type URI: `worksheet`, `table`, `sharedStrings`, `styles`… */
  readonly type: string;
  readonly target: string;
}

/** The folder of a part name: `xl/worksheets/sheet1.xml` → `xl/worksheets`. */
export function partFolder(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return slash < 0 ? "" : partName.slice(0, slash);
}

/**
 * Resolve a relationship target against the folder of its source part.
 * Absolute targets (`/xl/tables/table1.xml`, as openpyxl writes them) are
 * taken from the package root; `..` segments are resolved.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const absolute = target.startsWith("/");
  const base = absolute
    ? []
    : partFolder(sourcePart)
        .split("/")
        .filter((s) => s !== "");
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPartOf(partName: string): string {
  const folder = partFolder(partName);
  const base = partName.slice(folder.length === 0 ? 0 : folder.length + 1);
  return `${folder === "" ? "" : `${folder}/`}_rels/${base}.rels`;
}

/** A relationship as its part states it: the target not yet resolved against the source part. */
interface StatedRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** A relationships part's internal relationships (external links are left out; reused by pkg.parsed). */
const parseRelationships: PartParser<readonly StatedRelationship[]> = (xml) => {
  const found: StatedRelationship[] = [];
  for (const rel of elements(xml, "Relationship")) {
    const { Id: id, Type: type, Target: target, TargetMode: mode } = rel.attrs;
    if (!id || !type || target === undefined || mode === "External") continue;
    found.push({ id, type: type.slice(type.lastIndexOf("/") + 1), target });
  }
  return found;
};

/** Resolved relationships by the parsed part they come from (shared by plans of one template) and their source part. */
const RESOLVED = new WeakMap<readonly StatedRelationship[], Map<string, readonly Relationship[]>>();

/** The internal relationships of a part (external links are left out); empty when it has none. */
export function relationshipsOf(pkg: XlsxPackage, partName: string): readonly Relationship[] {
  const stated = pkg.parsed(relationshipsPartOf(partName), parseRelationships);
  if (stated === null || stated.length === 0) return [];
  let bySource = RESOLVED.get(stated);
  if (bySource === undefined) {
    bySource = new Map();
    RESOLVED.set(stated, bySource);
  }
  let resolved = bySource.get(partName);
  if (resolved === undefined) {
    resolved = stated.map(({ id, type, target }) => ({
      id,
      type,
      target: resolveTarget(partName, target),
    }));
    bySource.set(partName, resolved);
  }
  return resolved;
}
