/**
 * A1 addresses as plain values: column letters, `C5` ⇄ { row, col } (0-based),
 * and offsets from a range's top-left cell. Pure string arithmetic, shared by
 * the readers, the layout and the checks. `$` anchors are ignored.
 */

/** A cell position, 0-based: `A1` is { row: 0, col: 0 }. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** Excel's last column (XFD) and row, 0-based. */
export const MAX_COL = 16383;
export const MAX_ROW = 1048575;

/** The letters of a 0-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`. Throws for a negative or non-integer index (a bug, not user input). */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new Error(`Invalid column index ${col}`);
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 0-based index of column letters (`A` → 0, `aa` → 26), or null when they are not letters. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 <= MAX_COL ? n - 1 : null;
}

/**
 * Parse one A1 cell (`C5`, `$C$5`); for a range (`A10:F25`) its top-left cell.
 * A sheet prefix (`Sheet1!C5`, `'My sheet'!C5`) is dropped. Null when it is not an address.
 */
export function parseA1(address: string): CellPosition | null {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const first = local.split(":")[0] ?? "";
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(first.trim());
  if (!match) return null;
  const col = columnIndex(match[1] ?? "");
  const row = Number(match[2]) - 1;
  if (col === null || row < 0 || row > MAX_ROW) return null;
  return { row, col };
}

/** The A1 text of a 0-based position: { row: 4, col: 2 } → `C5`, or `$C$5` when `absolute`. */
export function formatA1(position: CellPosition, absolute = false): string {
  const anchor = absolute ? "$" : "";
  return `${anchor}${columnLetter(position.col)}${anchor}${position.row + 1}`;
}

/**
 * True for a name Excel would read as a cell address (`AB12`, `xfd1048576`,
 * `R1C1`, `R`, `C`): Excel refuses such defined and table names.
 */
export function looksLikeCellReference(name: string): boolean {
  return (
    /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]?\d*$/.test(name) || /^[Cc]\d*$/.test(name)
  );
}

/**
 * The A1 address `rowOffset` rows below and `colOffset` columns right of the
 * top-left cell of `rangeTopLeft` (`A10:F25` or `A10`): ('A10', 1, 2) → `C11`.
 * Null when `rangeTopLeft` is not an address.
 */
export function cellAddress(
  rangeTopLeft: string,
  rowOffset: number,
  colOffset: number
): string | null {
  const start = parseA1(rangeTopLeft);
  if (!start) return null;
  return formatA1({ row: start.row + rowOffset, col: start.col + colOffset });
}

/** An A1 range from a 0-based top-left position and a size: ({row:9,col:0}, 3, 2) → `A10:B12`. */
export function rangeA1(topLeft: CellPosition, rows: number, cols: number): string {
  const bottomRight = {
    row: topLeft.row + Math.max(rows, 1) - 1,
    col: topLeft.col + Math.max(cols, 1) - 1,
  };
  return `${formatA1(topLeft)}:${formatA1(bottomRight)}`;
}
