import JSZip from "jszip";

/** The XML of a sheet of a package, found by its name through the workbook's relationships. */
export async function sheetPartXml(bytes: Uint8Array, sheet: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) throw new Error(`no part ${path}`);
    return file.async("string");
  };
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const tag = [...workbook.matchAll(/<sheet\b[^>]*?\/>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`name="${sheet}"`));
  const id = /\br:id="([^"]+)"/.exec(tag ?? "")?.[1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*?\/>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`Id="${id}"`));
  const target = /\bTarget="([^"]+)"/.exec(rel ?? "")?.[1] ?? "";
  return text(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
}

/** The 1-based numbers of the rows a sheet's XML marks `hidden="1"`. */
export function hiddenRowNumbers(sheetXml: string): number[] {
  return [...sheetXml.matchAll(/<row\b[^>]*?>|<row\b[^>]*?\/>/g)]
    .map((m) => m[0])
    .filter((tag) => /\bhidden="(?:1|true)"/.test(tag))
    .map((tag) => Number(/\br="(\d+)"/.exec(tag)?.[1]));
}
