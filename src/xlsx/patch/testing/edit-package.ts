import JSZip from "jszip";
import { parseA1 } from "../../../domain/read/a1";
import type { CellValue } from "../../../domain/values";
import { readSharedStrings, readSheetCells } from "../../read/cells";
import { parseSheetXml, serializeSheetXml } from "../sheet-xml";

/** A cell a person typed: a value or a formula (file syntax, no `=`). */
export interface TypedCell {
  readonly address: string;
  readonly value?: string | number;
  readonly formula?: string;
}

/** What a person added to a workbook: cells on existing sheets, sheets of their own, defined names. */
export interface PersonEdits {
  readonly cells: ReadonlyMap<string, readonly TypedCell[]>;
  readonly sheets: readonly { readonly name: string; readonly cells: readonly TypedCell[] }[];
  readonly names: readonly { readonly name: string; readonly formula: string }[];
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function escape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function inner(cell: TypedCell): { attrs: string; inner: string } {
  if (cell.formula !== undefined) return { attrs: "", inner: `<f>${escape(cell.formula)}</f>` };
  if (typeof cell.value === "number") return { attrs: "", inner: `<v>${cell.value}</v>` };
  return { attrs: ' t="inlineStr"', inner: `<is><t>${escape(cell.value ?? "")}</t></is>` };
}

/** The part of a sheet by name (throws when the workbook has no such sheet). */
export async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const tag =
    [...workbook.matchAll(/<sheet\b[^>]*>/g)]
      .map((m) => m[0])
      .find((t) => t.includes(`name="${escape(sheet)}"`)) ?? "";
  const id = /r:id="([^"]+)"/.exec(tag)?.[1] ?? "";
  const rel =
    [...rels.matchAll(/<Relationship\b[^>]*>/g)]
      .map((m) => m[0])
      .find((t) => t.includes(`Id="${id}"`)) ?? "";
  const target = /Target="([^"]+)"/.exec(rel)?.[1] ?? "";
  if (target === "") throw new Error(`no sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** Put typed cells into a worksheet part (replacing what was there). */
function typeInto(xml: string, cells: readonly TypedCell[]): string {
  const sheet = parseSheetXml(xml);
  const rows = [...sheet.rows];
  for (const cell of cells) {
    const at = parseA1(cell.address);
    if (!at) continue;
    let row = rows.find((r) => r.r === at.row + 1);
    if (!row) {
      row = { r: at.row + 1, attrs: "", cells: [] };
      rows.push(row);
    }
    row.cells = row.cells.filter((c) => c.col !== at.col);
    row.cells.push({ row: at.row, col: at.col, ...inner(cell) });
  }
  return serializeSheetXml({ ...sheet, rows });
}

/** The workbook with a person's edits made directly in its parts (fast: no writer round trip). */
export async function withPersonEdits(bytes: Uint8Array, edits: PersonEdits): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [sheet, cells] of edits.cells) {
    const part = await sheetPart(zip, sheet);
    zip.file(part, typeInto((await zip.file(part)?.async("string")) ?? "", cells));
  }
  let workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  let rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  edits.sheets.forEach((sheet, i) => {
    const part = `xl/worksheets/person${i + 1}.xml`;
    const empty = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELS}"><dimension ref="A1"/><sheetData/></worksheet>`;
    zip.file(part, typeInto(empty, sheet.cells));
    const id = `rIdPerson${i + 1}`;
    workbook = workbook.replace(
      "</sheets>",
      `<sheet name="${escape(sheet.name)}" sheetId="${900 + i}" r:id="${id}"/></sheets>`
    );
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${RELS}/worksheet" Target="worksheets/person${i + 1}.xml"/></Relationships>`
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
    );
  });
  const names = edits.names
    .map((n) => `<definedName name="${n.name}">${escape(n.formula)}</definedName>`)
    .join("");
  workbook = workbook.includes("</definedNames>")
    ? workbook.replace("</definedNames>", `${names}</definedNames>`)
    : workbook.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
  zip.file("xl/workbook.xml", workbook);
  zip.file("xl/_rels/workbook.xml.rels", rels);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
}

/** A sheet of a package: every non-empty cell's cached value and every formula (text), by A1. */
export async function sheetCells(
  bytes: Uint8Array | JSZip,
  sheet: string
): Promise<{ values: Map<string, CellValue>; formulas: Map<string, string> }> {
  const zip = bytes instanceof JSZip ? bytes : await JSZip.loadAsync(bytes);
  const xml = (await zip.file(await sheetPart(zip, sheet))?.async("string")) ?? "";
  const sst = readSharedStrings((await zip.file("xl/sharedStrings.xml")?.async("string")) ?? null);
  const values = new Map<string, CellValue>();
  const formulas = new Map<string, string>();
  const parsed = parseSheetXml(xml);
  const cached = readSheetCells(xml, { sharedStrings: sst, shiftDates1904: null });
  const letters = (col: number): string => {
    let n = col + 1;
    let s = "";
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  for (const row of parsed.rows)
    for (const cell of row.cells) {
      const address = `${letters(cell.col)}${cell.row + 1}`;
      const value = cached.get(cell.row * 16384 + cell.col);
      if (value !== undefined && value !== null) values.set(address, value);
      const f = /<f\b[^>]*>([^<]*)<\/f>/.exec(cell.inner)?.[1];
      if (f !== undefined)
        formulas.set(
          address,
          f
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">")
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'")
            .replace(/&amp;/g, "&")
        );
    }
  return { values, formulas };
}
