import { columnIndex, columnLetter, formatA1 } from "../../domain/read/a1";

/** One A1 cell of a reference as written: position (0-based) and its `$` anchors. */
export interface RefCell {
  readonly row: number;
  readonly col: number;
  readonly absRow: boolean;
  readonly absCol: boolean;
}

/**
 * Where a referenced cell is now: a new cell on a sheet, the same cell (null), gone, or reached through a
 * defined name (a single-cell reference is replaced by the name; a range touching such a cell is unresolved).
 */
export type Moved =
  | { readonly sheet: string; readonly row: number; readonly col: number }
  | { readonly name: string }
  | null
  | "gone";

/**
 * Where a cell of `sheet` went: a new place (possibly on another sheet, e.g.
 * `Archive`), null when it stays, "gone" when it has no place any more.
 */
export type CellMover = (sheet: string, row: number, col: number) => Moved;

/** What rewriting one formula did: the new text, and the references it could not follow. */
export interface RewrittenFormula {
  readonly text: string;
  readonly changed: boolean;
  /** References (as written) whose cells are gone or whose range would split. */
  readonly unresolved: readonly string[];
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/;
const IDENT_CHAR = /[\p{L}\p{N}_.\\?]/u;
const IDENT = /[\p{L}_\\][\p{L}\p{N}_.\\?]*/uy;

function parseCell(text: string): { cell: RefCell; length: number } | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const col = columnIndex(m[2] ?? "");
  const row = Number(m[4]) - 1;
  if (col === null || row < 0 || row > 1_048_575) return null;
  return {
    cell: { row, col, absCol: m[1] === "$", absRow: m[3] === "$" },
    length: m[0].length,
  };
}

function formatCell(cell: RefCell): string {
  return `${cell.absCol ? "$" : ""}${columnLetter(cell.col)}${cell.absRow ? "$" : ""}${cell.row + 1}`;
}

/** The sheet name as a formula writes it: bare when it is an identifier, else quoted. */
export function quoteSheetName(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

/** `Sheet!A1` as the Archive and the reports write it. */
export function sheetCellRef(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${formatA1({ row, col })}`;
}

/** A cell or range reference at `text`'s start (`A1`, `$B$2:C9`), or null; the reference must end at a non-name character. */
function parseRange(text: string): { from: RefCell; to: RefCell | null; length: number } | null {
  const first = parseCell(text);
  if (!first) return null;
  let length = first.length;
  let to: RefCell | null = null;
  if (text[length] === ":") {
    const second = parseCell(text.slice(length + 1));
    if (second) {
      to = second.cell;
      length += 1 + second.length;
    }
  }
  const next = text[length];
  if (next !== undefined && (IDENT_CHAR.test(next) || next === "(" || next === "!" || next === "["))
    return null;
  return { from: first.cell, to, length };
}

/**
 * Rewrite the A1 references of a formula (file syntax, no leading `=`) whose
 * cells moved. `ownSheet` is the sheet the formula lives on (unqualified
 * references are its cells), or null for a defined name or a chart series
 * (only sheet-qualified references count). Strings, structured references
 * (`T[...]`) and names are left alone; whole rows and columns are not rewritten.
 * A range is rewritten corner by corner when both corners land on one sheet;
 * otherwise, and for a cell that is gone, the reference stays as it is and is
 * listed in `unresolved`.
 */
export function rewriteFormulaRefs(
  formula: string,
  ownSheet: string | null,
  move: CellMover
): RewrittenFormula {
  let out = "";
  const unresolved: string[] = [];
  let i = 0;
  const emit = (
    sheet: string,
    qualifier: string,
    range: { from: RefCell; to: RefCell | null; length: number },
    original: string
  ): void => {
    const a = move(sheet, range.from.row, range.from.col);
    const b = range.to ? move(sheet, range.to.row, range.to.col) : a;
    if (a === null && b === null) {
      out += original;
      return;
    }
    if (a !== null && a !== "gone" && "name" in a && range.to === null) {
      out += a.name;
      return;
    }
    if (
      a === "gone" ||
      b === "gone" ||
      (a !== null && "name" in a) ||
      (b !== null && "name" in b)
    ) {
      unresolved.push(original);
      out += original;
      return;
    }
    const fromAt = a ?? { sheet, row: range.from.row, col: range.from.col };
    const toAt = range.to ? (b ?? { sheet, row: range.to.row, col: range.to.col }) : null;
    if (toAt && toAt.sheet !== fromAt.sheet) {
      unresolved.push(original);
      out += original;
      return;
    }
    const prefix = fromAt.sheet === sheet ? qualifier : `${quoteSheetName(fromAt.sheet)}!`;
    const first = formatCell({ ...range.from, row: fromAt.row, col: fromAt.col });
    const second =
      range.to && toAt ? `:${formatCell({ ...range.to, row: toAt.row, col: toAt.col })}` : "";
    out += `${prefix}${first}${second}`;
  };
  while (i < formula.length) {
    const ch = formula[i] ?? "";
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j += 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === "'") {
          j += 1;
          continue;
        }
        if (formula[j] === "[") depth += 1;
        else if (formula[j] === "]") {
          depth -= 1;
          if (depth === 0) break;
        }
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < formula.length) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += formula[j] ?? "";
        j += 1;
      }
      const qualifier = formula.slice(i, j + 2);
      if (formula[j + 1] === "!") {
        const range = parseRange(formula.slice(j + 2));
        if (range) {
          emit(name, qualifier, range, qualifier + formula.slice(j + 2, j + 2 + range.length));
          i = j + 2 + range.length;
          continue;
        }
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const previous = i > 0 ? (formula[i - 1] ?? "") : "";
    if (!IDENT_CHAR.test(previous) && previous !== "$") {
      if (ownSheet !== null) {
        const range = parseRange(formula.slice(i));
        if (range) {
          emit(ownSheet, "", range, formula.slice(i, i + range.length));
          i += range.length;
          continue;
        }
      }
      IDENT.lastIndex = i;
      const ident = IDENT.exec(formula);
      if (ident) {
        const end = i + ident[0].length;
        if (formula[end] === "!") {
          const qualifier = formula.slice(i, end + 1);
          const range = parseRange(formula.slice(end + 1));
          if (range) {
            emit(
              ident[0],
              qualifier,
              range,
              qualifier + formula.slice(end + 1, end + 1 + range.length)
            );
            i = end + 1 + range.length;
            continue;
          }
        }
        out += ident[0];
        i = end;
        continue;
      }
    }
    out += ch;
    i += 1;
  }
  const changed = out !== formula;
  return { text: changed ? out : formula, changed, unresolved };
}
