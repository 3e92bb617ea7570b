import JSZip from "jszip";
import { resolveTarget, relationshipsPartOf } from "../../xlsx/read/parts";
import { elements, firstElement } from "../../xlsx/read/xml";

/**
 * An .xlsx opened for validation: every part's text, the content types, and
 * the workbook's structure (sheets in order, their parts and tables) found
 * through the relationships, the way Excel finds them.
 */

export interface PackagePart {
  readonly path: string;
  readonly contentType: string | undefined;
  /** The part as UTF-8 text for XML parts; null for binary parts. */
  readonly text: string | null;
}

export interface SheetEntry {
  readonly name: string;
  readonly part: string;
  readonly xml: string;
  /** Table parts of the sheet, in relationship order. */
  readonly tableParts: readonly string[];
}

export interface OpenedPackage {
  readonly file: string;
  readonly parts: ReadonlyMap<string, PackagePart>;
  readonly workbookPart: string | null;
  readonly sheets: readonly SheetEntry[];
  text(path: string): string | null;
}

const XML_PART = /\.(xml|rels)$/i;

function contentTypes(xml: string | null): (path: string) => string | undefined {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const d of elements(xml ?? "", "Default"))
    if (d.attrs.Extension && d.attrs.ContentType)
      defaults.set(d.attrs.Extension.toLowerCase(), d.attrs.ContentType);
  for (const o of elements(xml ?? "", "Override"))
    if (o.attrs.PartName && o.attrs.ContentType)
      overrides.set(o.attrs.PartName.replace(/^\//, ""), o.attrs.ContentType);
  return (path) =>
    overrides.get(path) ?? defaults.get(path.slice(path.lastIndexOf(".") + 1).toLowerCase());
}

interface Rel {
  readonly type: string;
  readonly id: string;
  readonly target: string;
}

function relationships(text: (p: string) => string | null, part: string): Rel[] {
  const xml = text(relationshipsPartOf(part));
  return elements(xml ?? "", "Relationship")
    .filter((r) => r.attrs.TargetMode !== "External")
    .map((r) => ({
      type: (r.attrs.Type ?? "").slice((r.attrs.Type ?? "").lastIndexOf("/") + 1),
      id: r.attrs.Id ?? "",
      target: resolveTarget(part, r.attrs.Target ?? ""),
    }));
}

/** Unzip an .xlsx and find its workbook, sheets and tables. */
export async function openPackage(file: string, bytes: Uint8Array): Promise<OpenedPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p]?.dir);
  const texts = new Map<string, string | null>();
  await Promise.all(
    paths.map(async (p) => {
      const entry = zip.file(p);
      texts.set(p, entry && XML_PART.test(p) ? await entry.async("string") : null);
    })
  );
  const text = (p: string): string | null => texts.get(p) ?? null;
  const typeOf = contentTypes(text("[Content_Types].xml"));
  const parts = new Map<string, PackagePart>(
    paths.map((p) => [p, { path: p, contentType: typeOf(p), text: text(p) }])
  );
  const workbookPart =
    relationships(text, "").find((r) => r.type === "officeDocument")?.target ?? null;
  const workbookXml = workbookPart === null ? null : text(workbookPart);
  const workbookRels = workbookPart === null ? [] : relationships(text, workbookPart);
  const sheets: SheetEntry[] = [];
  for (const sheet of elements(firstElement(workbookXml ?? "", "sheets")?.inner ?? "", "sheet")) {
    const target = workbookRels.find((r) => r.id === sheet.attrs.id)?.target;
    const xml = target === undefined ? null : text(target);
    if (target === undefined || xml === null) continue;
    sheets.push({
      name: sheet.attrs.name ?? "",
      part: target,
      xml,
      tableParts: relationships(text, target)
        .filter((r) => r.type === "table")
        .map((r) => r.target),
    });
  }
  return { file, parts, workbookPart, sheets, text };
}
