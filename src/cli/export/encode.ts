import type { ExportColumn } from "./tables";
import type { ExportRow, ExportValue } from "./rows";

/**
 * The two file formats of `kam-plan export`: CSV as RFC 4180 (UTF-8 without
 * a byte-order mark, `,` between fields, CRLF after every record, a field in
 * double quotes when it holds a comma, a quote, CR or LF, a quote doubled;
 * a header row of column names) and JSON Lines (one object per line, keys in
 * column order). Numbers are written with a `.` and never in exponent form;
 * an empty value is an empty CSV field and JSON `null`.
 */

/** The formats `export --format` accepts. */
export type ExportFormat = "csv" | "jsonl";

/** A number in plain decimal notation (`0.0000001`, not `1e-7`), as every CSV reader parses it. */
export function plainNumber(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  const [mantissa = "", exponentText = "0"] = text.toLowerCase().split("e");
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith("-");
  const [whole = "", fraction = ""] = mantissa.replace("-", "").split(".");
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const body =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? "-" : "") + body;
}

function csvField(value: ExportValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? plainNumber(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV header record. */
export function csvHeader(columns: readonly ExportColumn[]): string {
  return `${columns.map((c) => csvField(c.name)).join(",")}\r\n`;
}

/** CSV records of `rows` (no header). */
export function csvRecords(columns: readonly ExportColumn[], rows: readonly ExportRow[]): string {
  let text = "";
  for (const row of rows)
    text += `${columns.map((c) => csvField(row[c.name] ?? null)).join(",")}\r\n`;
  return text;
}

function jsonValue(value: ExportValue): string {
  if (typeof value === "number") return Number.isFinite(value) ? plainNumber(value) : "null";
  return JSON.stringify(value);
}

/** JSON Lines of `rows`: keys in column order, every column present. */
export function jsonLines(columns: readonly ExportColumn[], rows: readonly ExportRow[]): string {
  let text = "";
  for (const row of rows)
    text += `{${columns.map((c) => `${JSON.stringify(c.name)}:${jsonValue(row[c.name] ?? null)}`).join(",")}}\n`;
  return text;
}

/** The head of a table's file (the CSV header; nothing for JSON Lines). */
export function tableHead(format: ExportFormat, columns: readonly ExportColumn[]): string {
  return format === "csv" ? csvHeader(columns) : "";
}

/** A table's rows in `format`. */
export function tableBody(
  format: ExportFormat,
  columns: readonly ExportColumn[],
  rows: readonly ExportRow[]
): string {
  return format === "csv" ? csvRecords(columns, rows) : jsonLines(columns, rows);
}
