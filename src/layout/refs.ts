import { formatA1, parseA1 } from "../domain/read/a1";

/**
 * Builders of formula text (en-US, file syntax): structured table references,
 * string literals, absolute A1 references. Kept in one place so every formula
 * quotes and escapes the same way.
 */

/** A column name inside a structured reference: `[`, `]`, `#` and `'` are escaped with `'` (Excel's rule). */
export function escapeColumn(header: string): string {
  return header.replace(/['[\]#]/g, (ch) => `'${ch}`);
}

/** The whole body of a column: `SalesPlan[[2027-01]]`. */
export function columnRef(table: string, header: string): string {
  return `${table}[[${escapeColumn(header)}]]`;
}

/** The cell of a column in the formula's own row: `KPI[[#This Row],[Факт]]`. */
export function thisRowRef(table: string, header: string): string {
  return `${table}[[#This Row],[${escapeColumn(header)}]]`;
}

/** The cells from column `first` to column `last` in the formula's own row. */
export function thisRowSpanRef(table: string, first: string, last: string): string {
  return `${table}[[#This Row],[${escapeColumn(first)}]:[${escapeColumn(last)}]]`;
}

/** A string literal: `"Отменено"`, inner quotes doubled. */
export function literal(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** An absolute reference to a cell or range of another sheet: (`Calc`, `B4`) → `Calc!$B$4`. */
export function sheetRef(sheet: string, address: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${absolute(address)}`;
}

/** `B4` → `$B$4`, `A2:A9` → `$A$2:$A$9`. */
export function absolute(address: string): string {
  return address
    .split(":")
    .map((part) => {
      const pos = parseA1(part);
      if (!pos) throw new Error(`Not an A1 address: ${address}`);
      return formatA1(pos, true);
    })
    .join(":");
}

/**
 * A test that the text of `expr` (trimmed, case-insensitive as Excel's `=`)
 * is one of `spellings`: `OR(TRIM(x)="a",TRIM(x)="b")`. `FALSE` for none.
 * Scalar only: for arrays use `anyOfArray`.
 */
export function anyOf(expr: string, spellings: readonly string[]): string {
  if (spellings.length === 0) return "FALSE";
  return `OR(${spellings.map((s) => `TRIM(${expr})=${literal(s)}`).join(",")})`;
}

/** The array form of `anyOf` (1 where a row matches, else 0), for SUMPRODUCT / AGGREGATE arguments. */
export function anyOfArray(expr: string, spellings: readonly string[]): string {
  if (spellings.length === 0) return "0";
  return `((${spellings.map((s) => `(TRIM(${expr})=${literal(s)})`).join("+")})>0)`;
}
