import { columnIndex, formatA1 } from "../../domain/read/a1";
import { decodeEntities } from "../read/xml";

/**
 * A worksheet part cut where the patcher needs it: the XML before the
 * `<sheetData>` body, the rows with their cells (as written), and the XML
 * after it. Only for the default-namespace parts every writer we read
 * produces (Excel, LibreOffice, exceljs, openpyxl).
 */
export interface SheetXml {
  readonly head: string;
  readonly rows: SheetRow[];
  readonly tail: string;
}

/** One `<row>`: its number (1-based), its attributes without `r` and `spans`, and its cells. */
export interface SheetRow {
  readonly r: number;
  readonly attrs: string;
  cells: SheetCell[];
}

/** One `<c>` element as written, with its position (0-based) and parts. */
export interface SheetCell {
  readonly row: number;
  readonly col: number;
  /** Attributes other than `r`, as written (style `s`, type `t`, …). */
  readonly attrs: string;
  /** The inner XML (`<f>…</f><v>…</v>`), empty for `<c …/>`. */
  readonly inner: string;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

function cellRef(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!m) return null;
  const col = columnIndex(m[1] ?? "");
  return col === null ? null : { row: Number(m[2]) - 1, col };
}

/** Cut a worksheet part into head, rows and tail. A sheet without `<sheetData>` gets an empty one. */
export function parseSheetXml(xml: string): SheetXml {
  const open = /<sheetData\b[^>]*?(\/>|>)/.exec(xml);
  if (!open) throw new Error("worksheet without sheetData");
  const start = open.index;
  if (open[1] === "/>") {
    return { head: xml.slice(0, start), rows: [], tail: xml.slice(start + open[0].length) };
  }
  const bodyStart = start + open[0].length;
  const close = xml.indexOf("</sheetData>", bodyStart);
  const body = xml.slice(bodyStart, close);
  const rows: SheetRow[] = [];
  let previousRow = 0;
  ROW.lastIndex = 0;
  for (let m = ROW.exec(body); m; m = ROW.exec(body)) {
    const attrs = m[1] ?? "";
    const rAttr = /\br="(\d+)"/.exec(attrs)?.[1];
    const r = rAttr !== undefined ? Number(rAttr) : previousRow + 1;
    previousRow = r;
    const cells: SheetCell[] = [];
    let previousCol = -1;
    const inner = m[2] ?? "";
    CELL.lastIndex = 0;
    for (let c = CELL.exec(inner); c; c = CELL.exec(inner)) {
      const cellAttrs = c[1] ?? "";
      const ref = /\br="([^"]+)"/.exec(cellAttrs)?.[1];
      const at = ref !== undefined ? cellRef(ref) : null;
      const col = at ? at.col : previousCol + 1;
      previousCol = col;
      cells.push({
        row: r - 1,
        col,
        attrs: cellAttrs.replace(/\s*\br="[^"]*"/, ""),
        inner: c[2] ?? "",
      });
    }
    rows.push({
      r,
      attrs: attrs.replace(/\s*\br="[^"]*"/, "").replace(/\s*\bspans="[^"]*"/, ""),
      cells,
    });
  }
  return {
    head: xml.slice(0, start),
    rows,
    tail: xml.slice(close + "</sheetData>".length),
  };
}

/** A cell's A1 reference from a 0-based position. */
function ref(row: number, col: number): string {
  return formatA1({ row, col });
}

/** The XML of one cell at its (new) position. */
export function cellXml(cell: SheetCell): string {
  return cell.inner === ""
    ? `<c r="${ref(cell.row, cell.col)}"${cell.attrs}/>`
    : `<c r="${ref(cell.row, cell.col)}"${cell.attrs}>${cell.inner}</c>`;
}

/** Put a worksheet back together: rows by number, cells by column; `<dimension>` covers every cell. */
export function serializeSheetXml(sheet: SheetXml): string {
  const rows = [...sheet.rows].sort((a, b) => a.r - b.r);
  let minRow = Infinity;
  let maxRow = -1;
  let minCol = Infinity;
  let maxCol = -1;
  const body = rows
    .map((row) => {
      const cells = [...row.cells].sort((a, b) => a.col - b.col);
      for (const c of cells) {
        minRow = Math.min(minRow, c.row);
        maxRow = Math.max(maxRow, c.row);
        minCol = Math.min(minCol, c.col);
        maxCol = Math.max(maxCol, c.col);
      }
      const inner = cells.map(cellXml).join("");
      return inner === ""
        ? `<row r="${row.r}"${row.attrs}/>`
        : `<row r="${row.r}"${row.attrs}>${inner}</row>`;
    })
    .join("");
  const dimension = maxRow < 0 ? "A1" : `${ref(minRow, minCol)}:${ref(maxRow, maxCol)}`;
  const head = sheet.head.replace(/<dimension\b[^>]*\/>/, `<dimension ref="${dimension}"/>`);
  return `${head}<sheetData>${body}</sheetData>${sheet.tail}`;
}

/** True when a cell holds something (a value, a formula or an inline string), not just a style. */
export function cellHasContent(cell: SheetCell): boolean {
  return /<(v|f|is)\b/.test(cell.inner);
}

/** A cell's formula text (decoded), or null; `shared` is the shared-formula index of a formula that only points at its group. */
export function cellFormula(cell: SheetCell): {
  readonly text: string;
  readonly attrs: string;
  readonly shared: string | null;
} | null {
  const m = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(cell.inner);
  if (!m) return null;
  const attrs = m[1] ?? "";
  const shared = /\bt="shared"/.test(attrs) ? (/\bsi="(\d+)"/.exec(attrs)?.[1] ?? null) : null;
  return { text: decodeEntities(m[2] ?? ""), attrs, shared };
}

/** Escape text for an XML element. */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
