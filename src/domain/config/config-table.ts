import type { z } from "zod";
import type { Finding } from "../findings";
import { makeFinding, type ConfigProblemArgs } from "../text/messages";
import { isConfigProblem } from "../text/messages/config-problems";
import { cellAddress } from "../read/a1";
import { isEmptyCell, normalizeText, shortText } from "../read/text";
import type { SnapshotTable } from "../snapshot";
import type { CellValue, Lang } from "../values";
import type { ConfigTableName } from "./grids";

/** One parsed Config row, with the cells it came from. */
export interface ConfigRow<T> {
  readonly value: T;
  /** Raw cells by column name. */
  readonly raw: Readonly<Record<string, CellValue>>;
  /** The A1 address of this row's cell in `column`. */
  readonly cell: (column: string) => string;
}

/** Collects CONFIG_INVALID findings of one parse, in one language. */
export class ConfigProblems {
  readonly findings: Finding[] = [];
  constructor(readonly lang: Lang) {}

  /** Report a problem (with the values that explain it) at `cell` of `table`. */
  add(
    table: SnapshotTable,
    name: ConfigTableName,
    column: string,
    cell: string,
    problem: ConfigProblemArgs
  ): void {
    const place = { sheet: table.sheet, cell, name };
    this.findings.push(
      makeFinding("CONFIG_INVALID", this.lang, place, { table: name, column, cell, ...problem })
    );
  }
}

/** The header cell (top-left when the column is absent) of a Config table. */
export function headerCell(table: SnapshotTable, col = 0): string {
  return cellAddress(table.address, 0, Math.max(col, 0)) ?? table.address;
}

/**
 * Read a Config table with a row schema: find its columns by machine name
 * (case- and space-insensitive; an `optional` column may be absent and reads as
 * empty), skip empty rows, parse each row and turn
 * every zod issue into a CONFIG_INVALID at the cell of its column.
 * Null when a column is missing (reported at the header row).
 */
export function parseConfigTable<T>(
  table: SnapshotTable,
  name: ConfigTableName,
  columns: readonly string[],
  schema: z.ZodType<T>,
  problems: ConfigProblems,
  optional: readonly string[] = []
): ConfigRow<T>[] | null {
  const index = new Map<string, number>();
  table.headers.forEach((h, i) => {
    const key = normalizeText(h);
    if (!index.has(key)) index.set(key, i);
  });
  const missing = columns.filter((c) => !index.has(c) && !optional.includes(c));
  for (const column of missing)
    problems.add(table, name, column, headerCell(table), {
      problem: "column_missing",
      value: column,
    });
  if (missing.length > 0) return null;
  const rows: ConfigRow<T>[] = [];
  table.rows.forEach((cells, r) => {
    const raw: Record<string, CellValue> = {};
    for (const c of columns) {
      const at = index.get(c);
      raw[c] = at === undefined ? null : (cells[at] ?? null);
    }
    if (columns.every((c) => isEmptyCell(raw[c]))) return;
    const cell = (column: string): string =>
      cellAddress(table.address, 1 + r, index.get(column) ?? 0) ?? table.address;
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      rows.push({ value: parsed.data, raw, cell });
      return;
    }
    for (const issue of parsed.error.issues) {
      const column =
        typeof issue.path[0] === "string" && columns.includes(issue.path[0])
          ? issue.path[0]
          : (columns[0] ?? "");
      problems.add(table, name, column, cell(column), schemaProblem(issue.message, raw, column));
    }
  });
  return rows;
}

/**
 * The problem a schema reported (its issue's message is a problem key, see schemas.ts) with the
 * values of the row its text needs. A message that is no problem key is a schema's own wording:
 * reported as `invalid_value`, never dropped.
 */
function schemaProblem(
  message: string,
  raw: Readonly<Record<string, CellValue>>,
  column: string
): ConfigProblemArgs {
  const value = shortText(raw[column] ?? null);
  if (!isConfigProblem(message)) return { problem: "invalid_value", value };
  switch (message) {
    case "empty":
    case "list_missing":
      return { problem: message };
    case "too_long":
      return { problem: message, limit: 255 };
    case "min_above_max":
      return {
        problem: message,
        min: shortText(raw["min"] ?? null),
        max: shortText(raw["max"] ?? null),
      };
    case "bounds_not_allowed":
      return { problem: message, type: shortText(raw["type"] ?? null) };
    case "not_identifier":
    case "not_boolean":
    case "not_number":
    case "unknown_sheet":
    case "unknown_kind":
    case "unknown_type":
      return { problem: message, value };
    default:
      return { problem: "invalid_value", value };
  }
}
