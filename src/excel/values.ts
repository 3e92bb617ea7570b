import { blockKeyOfHeader } from '../domain/blocks';
import { DEFAULT_CONFIG } from '../domain/config/defaults';
import type { FieldDef, KamConfig } from '../domain/config/types';
import { cellAddress } from '../domain/read/a1';
import { isEmptyCell, monthOfHeader, normalizeText } from '../domain/read/text';
import type { SnapshotTable, WorkbookSnapshot } from '../domain/snapshot';
import type { CellValue } from '../domain/values';
import type { ArchiveRow, WorkbookValues } from '../layout/types';

const PLAN_SHEETS = new Set(['actionplan', 'dossier']);
const MONTH_TABLES = new Set(['SalesPlan', 'SalesActual']);

/**
 * The configuration that describes the sheets as they are now, for carrying
 * their values: the new configuration's fields plus every default field it
 * lacks (so a removed default field is still recognised by its label and
 * archived under its own key and section).
 */
export function sheetConfig(config: KamConfig): KamConfig {
  const has = new Set(config.fields.map((f) => `${f.section}.${f.key}`));
  const sections = [...config.sections, ...DEFAULT_CONFIG.sections.filter((s) => !config.sections.some((c) => c.key === s.key))];
  return { ...config, sections, fields: [...config.fields, ...DEFAULT_CONFIG.fields.filter((f) => !has.has(`${f.section}.${f.key}`))] };
}

function spellings(fields: readonly FieldDef[]): Map<string, FieldDef> {
  const map = new Map<string, FieldDef>();
  for (const f of fields) for (const s of [f.key, f.label.ru, f.label.en]) if (!map.has(normalizeText(s))) map.set(normalizeText(s), f);
  return map;
}

/** Where each value was, for the Archive's address column: `Sheet!A1`. */
export type AddressOf = (section: string, row: number | null, field: string) => string | null;

/**
 * The user's values of a workbook by key (form fields by defined name, table
 * cells by field key or `YYYY-MM`), read from the snapshot with the sheets'
 * own headers — a header is matched by label (either language) or key,
 * case/space-insensitive; a header no configuration knows is carried under its
 * own text so that it ends up on the Archive, never dropped. Computed fields
 * and rollup columns are formulas, not values: skipped. Rows with no value are
 * skipped. Existing Archive rows are kept.
 */
export function valuesFromSnapshot(snapshot: WorkbookSnapshot, config: KamConfig): { values: WorkbookValues; addressOf: AddressOf } {
  const known = sheetConfig(config);
  const computed = new Set(known.fields.filter((f) => f.type.kind === 'computed').map((f) => f.key));
  const places = new Map<string, string>();
  const form: Record<string, CellValue> = {};
  for (const n of snapshot.names) {
    if (n.sheet === null || !PLAN_SHEETS.has(n.sheet.toLowerCase()) || computed.has(n.name) || isEmptyCell(n.value)) continue;
    form[n.name] = n.value;
    places.set(`form|${n.name}`, `${n.sheet}!${n.address ?? ''}`);
  }
  const tables: Record<string, Record<string, CellValue>[]> = {};
  for (const section of known.sections.filter((s) => s.kind === 'table')) {
    const table = snapshot.tables.find((t) => t.name.toLowerCase() === section.key.toLowerCase());
    if (!table) continue;
    tables[section.key] = tableValues(table, section.key, known, places);
  }
  const archive = archiveRows(snapshot.tables.find((t) => t.name.toLowerCase() === 'archive'));
  const addressOf: AddressOf = (section, row, field) => places.get(row === null ? `form|${field}` : `${section}|${row}|${field}`) ?? null;
  return { values: { form, tables, archive }, addressOf };
}

function tableValues(table: SnapshotTable, section: string, config: KamConfig, places: Map<string, string>): Record<string, CellValue>[] {
  // A relabelled default field still wears its default label on the sheet: recognise both.
  const own = config.fields.filter((f) => f.section === section);
  const defaults = DEFAULT_CONFIG.fields.filter((d) => d.section === section).map((d) => own.find((f) => f.key === d.key) ? { ...(own.find((f) => f.key === d.key) as FieldDef), label: d.label } : d);
  const bySpelling = spellings([...own, ...defaults]);
  const keys = table.headers.map((h) => {
    const month = MONTH_TABLES.has(section) ? monthOfHeader(h) : null;
    if (month) return month;
    if (MONTH_TABLES.has(section) && blockKeyOfHeader(h)) return null;
    const field = bySpelling.get(normalizeText(h));
    if (field) return field.type.kind === 'computed' ? null : field.key;
    return h.trim() === '' ? null : h.trim();
  });
  const rows: Record<string, CellValue>[] = [];
  table.rows.forEach((row) => {
    const record: Record<string, CellValue> = {};
    row.forEach((v, j) => {
      const key = keys[j];
      if (key && !isEmptyCell(v)) record[key] = v;
    });
    if (Object.keys(record).length === 0) return;
    const index = rows.length;
    row.forEach((_v, j) => {
      const key = keys[j];
      if (key) places.set(`${section}|${index}|${key}`, `${table.sheet}!${cellAddress(table.address, table.rows.indexOf(row) + 1, j) ?? ''}`);
    });
    rows.push(record);
  });
  return rows;
}

function archiveRows(table: SnapshotTable | undefined): ArchiveRow[] {
  if (!table) return [];
  const col = (name: string): number => table.headers.findIndex((h) => h.trim().toLowerCase() === name);
  const [s, r, f, a, v] = ['section', 'row', 'field', 'address', 'value'].map(col);
  const text = (x: CellValue | undefined): string | null => (x === null || x === undefined || x === '' ? null : String(x));
  return table.rows
    .filter((row) => row.some((x) => !isEmptyCell(x)))
    .map((row) => ({
      section: text(row[s ?? -1]) ?? '',
      rowKey: text(row[r ?? -1]),
      field: text(row[f ?? -1]) ?? '',
      address: text(row[a ?? -1]),
      value: row[v ?? -1] ?? null,
    }));
}
