import { columnIndex, columnLetter } from "../../domain/read/a1";
import { bracketEnd } from "./references";
import { sameName } from "./rules";

/**
 * How Excel rewrites A1 references when cells of a sheet are inserted or
 * deleted (https://support.microsoft.com/office/insert-or-delete-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246:
 * "formulas adjust"; https://support.microsoft.com/office/how-to-correct-a-ref-error-822c8e46-e610-4d02-bf6d-5a5e3b6b0dc6:
 * a reference to a deleted cell becomes `#REF!`). Pure text rules over formula text, applied by the double to
 * every formula that refers to the changed sheet:
 *
 * - insert `count` rows (columns) at `at`: every position ≥ `at` moves by `count`; a range that starts
 *   above the insertion and ends at or below it grows;
 * - delete rows (columns) `at … at + count − 1`: positions below move up; a range losing some of its rows
 *   shrinks; a reference whose every cell is deleted becomes `#REF!` (`Sheet!#REF!` with a sheet prefix);
 * - a shift of part of the sheet (cells shifted down or right in a band of columns or rows) moves only the
 *   references that lie inside the band.
 *
 * String literals and structured references (`Table[…]`) are never touched; whole-row and whole-column
 * references (`A:A`, `3:5`) are left as they are (not modelled).
 */

/** A structural change of one sheet: along `axis`, `count` > 0 inserted at `at`, < 0 deleted from `at`. */
export interface Shift {
  readonly sheet: string;
  readonly axis: "row" | "col";
  readonly at: number;
  readonly count: number;
  /** Only references inside this span of the other axis move (a partial shift); null: whole rows/columns. */
  readonly band: { readonly from: number; readonly to: number } | null;
}

/** A span along one axis, 0-based inclusive; null when every cell of it was deleted. */
export function shiftSpan(first: number, last: number, shift: Shift): [number, number] | null {
  if (shift.count > 0) {
    return [
      first >= shift.at ? first + shift.count : first,
      last >= shift.at ? last + shift.count : last,
    ];
  }
  const n = -shift.count;
  const end = shift.at + n;
  const a = first < shift.at ? first : first >= end ? first - n : shift.at;
  const b = last >= end ? last - n : last < shift.at ? last : shift.at - 1;
  return b < a ? null : [a, b];
}

/** Whether a reference spanning `from … to` on the other axis lies inside the shift's band. */
export function inBand(from: number, to: number, shift: Shift): boolean {
  return shift.band === null || (from >= shift.band.from && to <= shift.band.to);
}

const PREFIX = String.raw`(?:('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?`;
const CELL = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})`;
const REF = new RegExp(`${PREFIX}${CELL}(?::${CELL})?(?![\\p{L}\\p{N}_.(\\[!])`, "uy");
const IDENT_CHAR = /[\p{L}\p{N}_.$]/u;

interface Corner {
  readonly colAbs: string;
  readonly col: number;
  readonly rowAbs: string;
  readonly row: number;
}

function corner(groups: readonly (string | undefined)[], k: number): Corner | null {
  const col = columnIndex(groups[k + 1] ?? "");
  const row = Number(groups[k + 3]) - 1;
  if (col === null || !Number.isFinite(row) || row < 0) return null;
  return { colAbs: groups[k] ?? "", col, rowAbs: groups[k + 2] ?? "", row };
}

function cornerText(c: Corner): string {
  return `${c.colAbs}${columnLetter(c.col)}${c.rowAbs}${String(c.row + 1)}`;
}

function unquote(prefix: string): string {
  return prefix.startsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
}

/**
 * Visit every A1 reference of a formula (outside strings and structured-reference brackets):
 * `visit(sheetName, a, b)` returns the replacement text or null to keep it. `host` is the formula's sheet.
 */
export function mapA1References(
  formula: string,
  host: string,
  visit: (sheet: string, a: Corner, b: Corner, prefixText: string) => string | null
): string {
  if (!formula.startsWith("=")) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula.charAt(j) === '"') {
          if (formula.charAt(j + 1) === '"') j += 2;
          else break;
        } else j += 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      const j = bracketEnd(formula, i);
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const previous = i > 0 ? formula.charAt(i - 1) : "";
    if (!IDENT_CHAR.test(previous) && previous !== "'" && previous !== "!") {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      if (m) {
        const groups = [...m].slice(1);
        const a = corner(groups, 1);
        const b = groups[5] === undefined ? a : corner(groups, 5);
        if (a && b) {
          const prefix = groups[0];
          const sheet = prefix === undefined ? host : unquote(prefix);
          const replaced = visit(sheet, a, b, prefix === undefined ? "" : `${prefix}!`);
          out += replaced ?? m[0];
          i += m[0].length;
          continue;
        }
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** The formula (on sheet `host`) after `shift`: see the module comment. */
export function shiftFormula(formula: string, host: string, shift: Shift): string {
  return mapA1References(formula, host, (sheet, a, b, prefix) => {
    if (!sameName(sheet, shift.sheet)) return null;
    const rows = shift.axis === "row";
    const [otherA, otherB] = rows ? [a.col, b.col] : [a.row, b.row];
    if (!inBand(Math.min(otherA, otherB), Math.max(otherA, otherB), shift)) return null;
    const [p1, p2] = rows ? [a.row, b.row] : [a.col, b.col];
    const span = shiftSpan(Math.min(p1, p2), Math.max(p1, p2), shift);
    if (!span) return `${prefix}#REF!`;
    const move = (c: Corner, p: number): Corner => (rows ? { ...c, row: p } : { ...c, col: p });
    const na = move(a, span[0]);
    const nb = move(b, span[1]);
    const single = a === b;
    return single ? `${prefix}${cornerText(na)}` : `${prefix}${cornerText(na)}:${cornerText(nb)}`;
  });
}

/**
 * The formula after it was copied `dr` rows and `dc` columns away (paste, `Range.copyFrom`): relative
 * parts of its A1 references move by the offset, `$` parts stay
 * (https://support.microsoft.com/office/switch-between-relative-absolute-and-mixed-references-dfec08cd-ae65-4f56-839e-5f0b8d0baca9).
 * A reference moved off the sheet becomes `#REF!`.
 */
export function offsetFormula(formula: string, host: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return mapA1References(formula, host, (_sheet, a, b, prefix) => {
    const move = (c: Corner): Corner | null => {
      const row = c.rowAbs ? c.row : c.row + dr;
      const col = c.colAbs ? c.col : c.col + dc;
      return row < 0 || col < 0 ? null : { ...c, row, col };
    };
    const na = move(a);
    const nb = move(b);
    if (!na || !nb) return `${prefix}#REF!`;
    return a === b ? `${prefix}${cornerText(na)}` : `${prefix}${cornerText(na)}:${cornerText(nb)}`;
  });
}
