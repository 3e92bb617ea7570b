import { blockKeyOfHeader } from "../blocks";
import { MONTH_TABLES, REQUIRED_TABLES } from "../config/defaults";
import type { FieldDef, SectionDef } from "../config/types";
import type { Finding } from "../findings";
import { makeFinding } from "../text/messages";
import type { PlanRow, PlanTable, TypedValue } from "../plan";
import type { SnapshotTable } from "../snapshot";
import type { CellRef, CellValue, Month } from "../values";
import { cellAddress, columnLetter, parseA1 } from "./a1";
import { toMinor } from "../money";
import { MAX_AMOUNT } from "./cell";
import { readFieldValue, type ReadEnv } from "./field-value";
import { isEmptyCell, monthOfHeader, normalizeText, shortText } from "./text";

/** Which field or month each header column holds. */
interface ColumnMap {
  readonly fields: ReadonlyMap<string, number>;
  readonly months: readonly { readonly month: Month; readonly col: number }[];
  readonly findings: readonly Finding[];
}

function mapColumns(
  table: SnapshotTable,
  section: SectionDef,
  fields: readonly FieldDef[],
  env: ReadEnv
): ColumnMap {
  const bySpelling = env.spellings.get(section.key) ?? new Map<string, FieldDef>();
  const found = new Map<string, number>();
  const months: { month: Month; col: number }[] = [];
  const findings: Finding[] = [];
  const hasMonths = MONTH_TABLES.includes(section.key);
  const sectionLabel = section.label[env.lang];
  table.headers.forEach((header, col) => {
    const field = bySpelling.get(normalizeText(header));
    if (field && !found.has(field.key)) {
      found.set(field.key, col);
      return;
    }
    const month = hasMonths ? monthOfHeader(header) : null;
    if (month !== null && !months.some((m) => m.month === month)) {
      months.push({ month, col });
      return;
    }
    if (hasMonths && month === null && blockKeyOfHeader(header) !== null) return;
    const cell = cellAddress(table.address, 0, col);
    const duplicate = field !== undefined || month !== null ? "yes" : "no";
    findings.push(
      makeFinding(
        "COLUMN_UNKNOWN",
        env.lang,
        { sheet: table.sheet, cell, name: section.key },
        { section: sectionLabel, column: shortText(header), duplicate }
      )
    );
  });
  for (const field of fields) {
    if (found.has(field.key) || field.hidden) continue;
    const cell = cellAddress(table.address, 0, 0);
    findings.push(
      makeFinding(
        "COLUMN_MISSING",
        env.lang,
        { sheet: table.sheet, cell, name: section.key },
        { section: sectionLabel, column: field.label[env.lang] }
      )
    );
  }
  return { fields: found, months, findings };
}

/**
 * Read one table section from its Excel table: map headers to fields (label
 * in either language or key, case- and space-insensitive), `YYYY-MM` month
 * columns and rollup columns of SalesPlan/SalesActual, then each body row.
 * A row whose every input cell is empty is skipped. Hidden fields may lack
 * their column (no COLUMN_MISSING; values null) and are never REQUIRED_MISSING.
 * Month cells are amounts: empty → 0, wrong type → TYPE_INVALID and 0.
 */
export function readTable(
  table: SnapshotTable,
  section: SectionDef,
  env: ReadEnv
): { table: PlanTable; findings: Finding[] } {
  const fields = env.fieldsBySection.get(section.key) ?? [];
  const columns = mapColumns(table, section, fields, env);
  const findings: Finding[] = [...columns.findings];
  const inputs = fields.filter((f) => f.type.kind !== "computed" && columns.fields.has(f.key));
  const origin = parseA1(table.address) ?? { row: 0, col: 0 };
  const letters = new Map<number, string>();
  const at = (row: number, col: number): string => {
    let letter = letters.get(col);
    if (letter === undefined) letters.set(col, (letter = columnLetter(origin.col + col)));
    return `${letter}${origin.row + 2 + row}`;
  };
  const inputCols = [
    ...inputs.map((f) => columns.fields.get(f.key) ?? 0),
    ...columns.months.map((m) => m.col),
  ];
  const monthFields = columns.months.map((m) => ({
    ...m,
    field: { ...MONTH_FIELD, label: { ru: m.month, en: m.month } },
  }));
  const rows: PlanRow[] = [];
  table.rows.forEach((cells, index) => {
    if (inputCols.every((col) => isEmptyCell(cells[col]))) return;
    const values: Record<string, TypedValue | null> = {};
    const refs: Record<string, CellRef> = {};
    for (const field of fields) {
      values[field.key] = null;
      const col = columns.fields.get(field.key);
      if (col === undefined) continue;
      const place = { sheet: table.sheet, cell: at(index, col), name: section.key };
      refs[field.key] = { sheet: place.sheet, cell: place.cell };
      if (field.type.kind === "computed") continue;
      const { value, finding } = readFieldValue(cells[col] ?? null, field, env, place);
      values[field.key] = value;
      if (finding) findings.push(finding);
      else if (value === null && field.required && !field.hidden) {
        const args = {
          scope: "row" as const,
          field: field.label[env.lang],
          section: section.label[env.lang],
          row: index + 1,
          cell: place.cell,
        };
        findings.push(makeFinding("REQUIRED_MISSING", env.lang, place, args));
      }
    }
    const months: Record<Month, number> = {};
    const monthRefs: Record<Month, CellRef> = {};
    const filledMonths: Month[] = [];
    for (const { month, col, field } of monthFields) {
      const ref = { sheet: table.sheet, cell: at(index, col) };
      monthRefs[month] = ref;
      if (!isEmptyCell(cells[col])) filledMonths.push(month);
      months[month] = readMonthCell(cells[col] ?? null, field, env, ref, section.key, findings);
    }
    rows.push({ index, values, refs, months, filledMonths, monthRefs });
  });
  if (rows.length === 0 && REQUIRED_TABLES.includes(section.key)) {
    const place = { sheet: table.sheet, cell: at(0, 0), name: section.key };
    findings.push(
      makeFinding("REQUIRED_MISSING", env.lang, place, {
        scope: "table",
        section: section.label[env.lang],
      })
    );
  }
  const ref = { sheet: table.sheet, cell: cellAddress(table.address, 0, 0) ?? table.address };
  return {
    table: {
      key: section.key,
      present: true,
      ref,
      rows,
      monthColumns: columns.months.map((m) => m.month),
    },
    findings,
  };
}

const MONTH_FIELD: FieldDef = {
  section: "",
  key: "month",
  label: { ru: "", en: "" },
  type: { kind: "amount" },
  required: false,
  min: 0,
  max: null,
  help: { ru: "", en: "" },
  order: 0,
  hidden: false,
  core: false,
};

function readMonthCell(
  raw: CellValue,
  field: FieldDef,
  env: ReadEnv,
  ref: CellRef,
  table: string,
  findings: Finding[]
): number {
  // Fast path for the usual cell: empty or a plain non-negative amount.
  if (raw === null) return 0;
  if (typeof raw === "number" && raw >= 0 && raw <= MAX_AMOUNT) return toMinor(raw);
  const { value, finding } = readFieldValue(raw, field, env, { ...ref, name: table });
  if (finding) findings.push(finding);
  return typeof value === "number" ? value : 0;
}
