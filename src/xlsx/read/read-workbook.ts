import { readFileSync, statSync } from "node:fs";
import type { SheetLock, SnapshotTable, WorkbookSnapshot } from "../../domain/snapshot";
import { XlsxInputError, damagedPart, megabytes } from "../guard/input-error";
import { XLSX_LIMITS, type XlsxLimits } from "../guard/limits";
import { openXlsxPackage, type PartParser, type XlsxPackage } from "../guard/package";
import {
  parseSheet,
  readSharedStrings,
  resolveSheet,
  type CellReading,
  type ParsedSheet,
  type SheetCells,
  type SheetContent,
  type SheetFormulas,
} from "./cells";
import { resolveNames } from "./names";
import { relationshipsOf, relationshipsPartOf, type Relationship } from "./parts";
import { dateStyleIndexes } from "./styles-part";
import { readTablesOf } from "./tables";
import { readWorkbookPart, type WorkbookSheet } from "./workbook-part";
import { cliText } from "../../domain/text/cli";

/**
 * Read an .xlsx held in memory into the snapshot the core checks: sheets with
 * visibility, workbook-scoped defined names with their cell's raw value, and
 * every table with headers and body rows. Everything is found through the
 * workbook's names, relationships and table parts, never fixed addresses, so
 * rows inserted above a table or a moved block read the same. Works on files
 * written by exceljs, Excel, LibreOffice and openpyxl (absolute part paths).
 * Synchronous: the guards run first and parts are inflated with a size cap.
 * Throws XlsxInputError when the bytes are not a readable workbook.
 */
export function readWorkbookBuffer(
  bytes: Uint8Array,
  fileName: string,
  limits: XlsxLimits = XLSX_LIMITS
): WorkbookSnapshot {
  const pkg = openXlsxPackage(bytes, fileName, limits);
  const workbook = readWorkbookPart(pkg);
  requireTargets(pkg, pkg.workbookPart, relationshipsOf(pkg, pkg.workbookPart));
  for (const sheet of workbook.sheets)
    if (sheet.part === null)
      throw damagedPart(fileName, `${relationshipsPartOf(pkg.workbookPart)} (${sheet.name})`, {
        kind: "missing",
        from: pkg.workbookPart,
      });
  const date1904Styles =
    workbook.date1904 && workbook.stylesPart
      ? dateStyleIndexes(pkg.text(workbook.stylesPart) ?? "")
      : null;
  const reading: CellReading = {
    sharedStrings: readSharedStrings(
      workbook.sharedStringsPart ? pkg.text(workbook.sharedStringsPart) : null
    ),
    shiftDates1904: date1904Styles,
  };
  // Each sheet a table or a name is on is scanned once, for its values and formulas together (spec §8);
  // a sheet part that another plan of this run holds byte for byte is not scanned again (pkg.parsed),
  // and its tables are reused (readTablesOf).
  const parts = new Map<string, SheetPart | null>();
  const partOf = (sheet: WorkbookSheet): SheetPart | null => {
    let part = parts.get(sheet.name);
    if (part === undefined) {
      part = sheet.part === null ? null : sheetPart(pkg, sheet.part, date1904Styles);
      parts.set(sheet.name, part);
    }
    return part;
  };
  const cache = new Map<string, SheetContent>();
  const contentOf = (sheetName: string): SheetContent | null => {
    const sheet = workbook.sheets.find((s) => s.name === sheetName);
    if (!sheet) return null;
    let content = cache.get(sheet.name);
    if (!content) {
      const part = partOf(sheet);
      content =
        part === null
          ? { cells: new Map(), formulas: new Map() }
          : resolveSheet(part.sheet, reading.sharedStrings);
      cache.set(sheet.name, content);
    }
    return content;
  };
  const cellsOf = (sheetName: string): SheetCells | null => contentOf(sheetName)?.cells ?? null;
  const formulasOf = (sheetName: string): SheetFormulas =>
    contentOf(sheetName)?.formulas ?? new Map<number, string>();
  const tables: SnapshotTable[] = [];
  for (const sheet of workbook.sheets) {
    const rels = sheet.part === null ? [] : relationshipsOf(pkg, sheet.part);
    if (sheet.part !== null) requireTargets(pkg, sheet.part, rels);
    if (!rels.some((rel) => rel.type === "table")) continue;
    tables.push(
      ...readTablesOf(pkg, sheet.name, rels, {
        parsed: partOf(sheet)?.sheet ?? null,
        sharedStrings: reading.sharedStrings,
        content: () => contentOf(sheet.name) ?? { cells: new Map(), formulas: new Map() },
      })
    );
  }
  // Spec §11: the Config lock, from the part read anyway (for its tables, above).
  const configLock = parts.get(CONFIG_SHEET)?.lock ?? null;
  return {
    sheets: workbook.sheets.map(({ name, visible }) =>
      name === CONFIG_SHEET && configLock !== null
        ? { name, visible, lock: configLock }
        : { name, visible }
    ),
    names: resolveNames(workbook.names, cellsOf, formulasOf),
    tables,
  };
}

/** A worksheet part as the reader keeps it between workbooks: its cells before shared strings, and its protection. */
interface SheetPart {
  readonly sheet: ParsedSheet;
  readonly lock: SheetLock | null;
}

/** A worksheet part of a workbook in the 1900 date system (the text alone decides it: reused by pkg.parsed). */
const parseSheetPart: PartParser<SheetPart> = (xml) => ({
  sheet: parseSheet(xml, null),
  lock: sheetLock(xml),
});

/** The worksheet part `part`; a 1904-system workbook's (`shiftDates1904`) depends on its styles, so is read on its own. */
function sheetPart(
  pkg: XlsxPackage,
  part: string,
  shiftDates1904: ReadonlySet<number> | null
): SheetPart | null {
  if (shiftDates1904 === null) return pkg.parsed(part, parseSheetPart);
  const xml = pkg.text(part);
  return xml === null ? null : { sheet: parseSheet(xml, shiftDates1904), lock: sheetLock(xml) };
}

/** The sheet whose protection the reader reads (the layout's `Config`; the reader does not import the layout). */
const CONFIG_SHEET = "Config";

/**
 * The protection of a sheet from its `<sheetProtection>` element: null when the sheet is not
 * protected (no element, or `sheet` not on), else the stored password hash (ISO/IEC 29500
 * §18.3.1.85: algorithmName, hashValue, saltValue, spinCount) or null without one. A legacy
 * `password` attribute (a 16-bit hash) is not carried.
 */
export function sheetLock(sheetXml: string): SheetLock | null {
  // The element follows <sheetData> (the schema's order): look after it only.
  const at = sheetXml.indexOf("sheetProtection", Math.max(0, sheetXml.lastIndexOf("sheetData>")));
  if (at < 0) return null;
  const tag = /<(?:\w+:)?sheetProtection\b[^>]*>/.exec(sheetXml.slice(Math.max(0, at - 10)))?.[0];
  if (tag === undefined) return null;
  const attr = (name: string): string | undefined =>
    new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  if (attr("sheet") !== "1" && attr("sheet") !== "true") return null;
  const algorithmName = attr("algorithmName");
  const hashValue = attr("hashValue");
  const saltValue = attr("saltValue");
  const spinCount = Number(attr("spinCount"));
  return algorithmName && hashValue && saltValue && Number.isInteger(spinCount)
    ? { passwordHash: { algorithmName, hashValue, saltValue, spinCount } }
    : { passwordHash: null };
}

/**
 * Every internal relationship of `source` must point at a part of the
 * package: a missing sheet, table, shared-strings or styles part is a damaged
 * file (spec §8), never an empty sheet. (A part that is there but not
 * well-formed is refused by the package guard when it is read.)
 */
function requireTargets(pkg: XlsxPackage, source: string, rels: readonly Relationship[]): void {
  for (const rel of rels) {
    if (!pkg.has(rel.target))
      throw damagedPart(pkg.fileName, rel.target, {
        kind: "missing",
        from: relationshipsPartOf(source),
      });
  }
}

/** Options of readWorkbookFile. */
export interface ReadFileOptions {
  readonly limits?: XlsxLimits;
  /** The name errors show (the path as the user typed it); default: `path`. */
  readonly displayName?: string;
}

/**
 * Read an .xlsx file (see readWorkbookBuffer). The size limit is checked
 * before the file is loaded; a missing or unreadable file is an
 * XlsxInputError with code `unreadable`.
 */
export async function readWorkbookFile(
  path: string,
  options: ReadFileOptions = {}
): Promise<WorkbookSnapshot> {
  const limits = options.limits ?? XLSX_LIMITS;
  const name = options.displayName ?? path;
  return readWorkbookBuffer(await readWorkbookBytes(path, limits, name), name, limits);
}

/**
 * The bytes of a workbook file after the size guard; XlsxInputError (naming `displayName`) when it is
 * missing, a folder or too large. Read synchronously: a workbook is a few hundred KB, and the
 * promise-based reads cost several trips to libuv's thread pool per file, during which a thread
 * checking plans one after another sat idle (~1 ms a file).
 */
export function readWorkbookBytes(
  path: string,
  limits: XlsxLimits = XLSX_LIMITS,
  displayName: string = path
): Promise<Buffer> {
  return new Promise((resolve) => resolve(workbookBytes(path, limits, displayName)));
}

function workbookBytes(path: string, limits: XlsxLimits, displayName: string): Buffer {
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile())
      throw new XlsxInputError(displayName, "unreadable", cliText("input_not_file"));
    size = info.size;
  } catch (error) {
    if (error instanceof XlsxInputError) throw error;
    throw unreadable(displayName, error);
  }
  if (size > limits.maxFileBytes) {
    throw new XlsxInputError(
      displayName,
      "too_large",
      cliText("input_too_large", {
        size: megabytes(size),
        limit: megabytes(limits.maxFileBytes),
      })
    );
  }
  try {
    return readFileSync(path);
  } catch (error) {
    throw unreadable(displayName, error);
  }
}

function unreadable(path: string, error: unknown): XlsxInputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return new XlsxInputError(path, "unreadable", cliText("input_not_found"));
  if (code === "EACCES" || code === "EPERM")
    return new XlsxInputError(path, "unreadable", cliText("input_no_permission"));
  return new XlsxInputError(path, "unreadable", cliText("input_unreadable", { code }));
}
