import JSZip from "jszip";
import { configTablesOf } from "../domain/config/from-snapshot";
import { parseConfig } from "../domain/config/parse";
import type { KamConfig } from "../domain/config/types";
import type { ReferenceProblem } from "../domain/config/reference-location";
import type { SnapshotTable, WorkbookSnapshot } from "../domain/snapshot";
import type { XlsxPackage } from "../xlsx/guard/package";
import { readSharedStrings, readSheetCells } from "../xlsx/read/cells";
import { relationshipsOf } from "../xlsx/read/parts";
import { readSheetTables } from "../xlsx/read/tables";
import { readWorkbookPart } from "../xlsx/read/workbook-part";

/** Fetches the bytes at a URL; the pane's is `fetch` (tests pass their own). */
export type FetchBytes = (url: string) => Promise<Uint8Array>;

/** The browser's fetch: the bytes of a 2xx answer, else an error naming the status. */
export const browserFetchBytes: FetchBytes = async (url) => {
  const response = await fetch(url, { credentials: "include" });
  if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
  return new Uint8Array(await response.arrayBuffer());
};

/** The reference configuration a pane could load, or why not (spec §11). */
export type LoadedReference =
  | { readonly ok: true; readonly config: KamConfig }
  | { readonly ok: false; readonly problem: ReferenceProblem };

/**
 * The sheets and tables of an .xlsx held in memory (no defined names), read in the browser: the package unpacked
 * with JSZip and parsed by the same part readers the CLI uses (src/xlsx/read).
 */
export async function tablesOfXlsx(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = new Map<string, string>();
  await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir && /\.(xml|rels)$/i.test(f.name))
      .map(async (f) => {
        texts.set(f.name.toLowerCase(), await f.async("string"));
      })
  );
  const key = (name: string): string => name.replace(/^\/+/, "").toLowerCase();
  const pkg: XlsxPackage = {
    fileName: "reference.xlsx",
    workbookPart: "xl/workbook.xml",
    has: (name) => texts.has(key(name)),
    text: (name) => texts.get(key(name)) ?? null,
    parsed: (name, parse) => {
      const xml = texts.get(key(name));
      return xml === undefined ? null : parse(xml);
    },
  };
  const workbook = readWorkbookPart(pkg);
  const reading = {
    sharedStrings: readSharedStrings(
      workbook.sharedStringsPart ? pkg.text(workbook.sharedStringsPart) : null
    ),
    shiftDates1904: null,
  };
  const tables: SnapshotTable[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.part === null) continue;
    const xml = pkg.text(sheet.part);
    if (xml === null) continue;
    const cells = readSheetCells(xml, reading);
    tables.push(...readSheetTables(pkg, sheet.name, relationshipsOf(pkg, sheet.part), cells));
  }
  return {
    sheets: workbook.sheets.map((s) => ({ name: s.name, visible: true })),
    tables,
    names: [],
  };
}

/**
 * Load the SKAM's reference configuration from `url` (spec §11): fetch the workbook,
 * read its Config tables, parse them. Never throws: an unreachable address (network,
 * CORS, sign-in, HTTP status), a file that is not an .xlsx or has no valid Config is a
 * problem the pane reports as REFERENCE_UNREACHABLE.
 */
export async function loadReferenceConfig(
  url: string,
  fetchBytes: FetchBytes = browserFetchBytes
): Promise<LoadedReference> {
  let bytes: Uint8Array;
  try {
    bytes = await fetchBytes(url);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: "fetch_failed", detail } };
  }
  try {
    const tables = configTablesOf(await tablesOfXlsx(bytes));
    if (!tables.settings && !tables.sections && !tables.fields && !tables.lists)
      return { ok: false, problem: { kind: "no_config" } };
    const parsed = parseConfig(tables);
    return parsed.ok
      ? { ok: true, config: parsed.config }
      : { ok: false, problem: { kind: "config_broken", count: parsed.findings.length } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: "not_xlsx", detail } };
  }
}
