import { blockKeyOfHeader } from "../domain/blocks";
import { DEFAULT_CONFIG } from "../domain/config/defaults";
import type { FieldDef, KamConfig, SectionDef } from "../domain/config/types";
import { cellAddress, parseA1 } from "../domain/read/a1";
import { overwrittenCells } from "../domain/read/overwritten";
import { isEmptyCell, monthOfHeader, normalizeText } from "../domain/read/text";
import type { SnapshotTable, WorkbookSnapshot } from "../domain/snapshot";
import type { Month } from "../domain/periods";
import type { CellValue } from "../domain/values";
import { readAppliedSchema, readHiddenValues, type AppliedField } from "./applied-schema";
import { ARCHIVE_HEADERS, ARCHIVE_REASON } from "./archive-sheet";
import { SHEET } from "./sheets";
import { text } from "../domain/text/layout";
import type { ArchiveRow, WorkbookValues } from "./types";
import { restructure, type Restructured } from "./restructure";
import { trimEmptyTail } from "./trim-rows";

/**
 * What a workbook holds, by key, ready for `restructure` (src/layout/restructure.ts):
 * the values, a configuration describing the sheets as they are built, and
 * where each value was.
 */
export interface ExtractedValues {
  readonly values: WorkbookValues;
  /**
   * The workbook as built: the given configuration, plus the default
   * configuration's fields it lacks, plus a text field for every defined name
   * or table column the sheets have and neither knows (so their values are
   * archived under their own name, never dropped).
   */
  readonly asBuilt: KamConfig;
  /** `Sheet!A1` of a value: `row` is the 0-based index in `values.tables[section]`, null for a form field. */
  readonly addressOf: (section: string, row: number | null, field: string) => string | null;
}

const PLAN_SHEETS: ReadonlySet<string> = new Set([SHEET.actionPlan, SHEET.dossier]);

function sheetRef(sheet: string, cell: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet)
    ? `${sheet}!${cell}`
    : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function textField(section: string, key: string, order: number): FieldDef {
  return {
    section,
    key,
    label: { ru: key, en: key },
    type: { kind: "text" },
    required: false,
    min: null,
    max: null,
    help: { ru: "", en: "" },
    order,
    hidden: false,
    core: false,
  };
}

/** Every spelling a field's header may have: its label in either language, the default configuration's labels for the same key, the key. */
function spellings(field: FieldDef): string[] {
  const standard = DEFAULT_CONFIG.fields.find(
    (f) => f.section === field.section && f.key === field.key
  );
  return [
    field.label.ru,
    field.label.en,
    field.key,
    ...(standard ? [standard.label.ru, standard.label.en] : []),
  ].map(normalizeText);
}

/**
 * Match table headers to field keys: a label in either language (the
 * configuration's, or the default one for the same key, so a relabelled
 * standard field is still found) or the key, normalised; a repeated label's
 * ` (2)` suffix; months; rollups. The header a field got when the sheets were
 * last built (the applied schema, when the workbook stores one) comes first,
 * so a relabelled custom field is found by its old header and a changed key
 * is a new field.
 */
function headerKeys(
  table: SnapshotTable,
  fields: readonly FieldDef[],
  applied: readonly AppliedField[]
): (string | null)[] {
  const used = new Set<string>();
  const match = (header: string): FieldDef | undefined => {
    const wanted = normalizeText(header);
    // The header the field got when the sheets were built first (a relabel or a changed key is then known).
    const built = applied.find(
      (a) => !used.has(a.field.key) && a.header !== "" && normalizeText(a.header) === wanted
    );
    if (built) return fields.find((f) => f.key === built.field.key) ?? built.field;
    return fields.find((f) => !used.has(f.key) && spellings(f).includes(wanted));
  };
  return table.headers.map((header) => {
    if (monthOfHeader(header) !== null) return header.trim();
    const field = match(header) ?? match(header.replace(/\s*\(\d+\)\s*$/, ""));
    if (field) {
      used.add(field.key);
      return field.type.kind === "computed" ? null : field.key;
    }
    if (blockKeyOfHeader(header) !== null) return null;
    return header.trim() === "" ? null : header.trim();
  });
}

function archiveRows(snapshot: WorkbookSnapshot): ArchiveRow[] {
  const table = snapshot.tables.find((t) => t.name === SHEET.archive && t.sheet === SHEET.archive);
  if (!table) return [];
  const at = (name: string): number => table.headers.findIndex((h) => normalizeText(h) === name);
  const [section, row, field, address, value] = ARCHIVE_HEADERS.map(at);
  const reason = at(ARCHIVE_REASON);
  const text = (cells: readonly CellValue[], index: number | undefined): string | null => {
    const cell = index === undefined || index < 0 ? null : (cells[index] ?? null);
    return isEmptyCell(cell) ? null : String(cell);
  };
  return table.rows
    .filter((cells) => cells.some((cell) => !isEmptyCell(cell)))
    .map((cells) => ({
      section: text(cells, section) ?? "",
      rowKey: text(cells, row),
      field: text(cells, field) ?? "",
      address: text(cells, address),
      value: value === undefined || value < 0 ? null : (cells[value] ?? null),
      ...(text(cells, reason) === null ? {} : { reason: text(cells, reason) ?? "" }),
    }));
}

/**
 * The user's values of a workbook by key (for apply-config and upgrades):
 * form fields from the defined names on ActionPlan / Dossier, table rows of
 * every table on those sheets (columns matched to fields by label in either
 * language or key; months by `YYYY-MM`; rollups and computed columns left
 * out; rows with no value dropped), and the rows already on `Archive`. Values
 * are the cells' raw values (list cells keep the label they show). Pure.
 */
export function valuesFromSnapshot(
  snapshot: WorkbookSnapshot,
  config: KamConfig,
  options: CarryOptions = {}
): ExtractedValues {
  const fields: FieldDef[] = [...config.fields];
  const sections: SectionDef[] = [...config.sections];
  const known = (section: string, key: string): boolean =>
    fields.some((f) => f.section === section && f.key === key);
  const applied = readAppliedSchema(snapshot);
  for (const a of applied?.fields ?? [])
    if (!known(a.field.section, a.field.key)) fields.push(a.field);
  for (const section of applied?.sections ?? [])
    if (!sections.some((s) => s.key === section.key)) sections.push(section);
  for (const field of DEFAULT_CONFIG.fields)
    if (!known(field.section, field.key)) fields.push(field);
  for (const section of DEFAULT_CONFIG.sections)
    if (!sections.some((s) => s.key === section.key)) sections.push(section);
  const formSectionOn = (sheet: string): string =>
    sections.find((s) => s.kind === "form" && s.sheet === sheet)?.key ?? "form";

  const form: Record<string, CellValue> = {};
  const formAddress = new Map<string, string>();
  const isFormKey = (key: string): boolean =>
    fields.some(
      (f) => f.key === key && sections.some((s) => s.key === f.section && s.kind === "form")
    );
  // A name the configuration does not know is a removed field's only where a field's value can
  // be (one cell in column B) and no known field's name holds that cell; other names (a user's
  // name for a note, an alias of a field's cell, a range) are the user's, not values (spec §8).
  const fieldCells = new Set(
    snapshot.names
      .filter((n) => n.sheet !== null && n.address !== null && isFormKey(n.name))
      .map((n) => `${n.sheet ?? ""}!${n.address ?? ""}`)
  );
  const inTable = (sheet: string, address: string): boolean => {
    const at = parseA1(address);
    return snapshot.tables.some((t) => {
      const [from, to] = t.address.split(":").map((a) => parseA1(a));
      return (
        t.sheet === sheet &&
        at !== null &&
        from !== null &&
        from !== undefined &&
        to !== null &&
        to !== undefined &&
        at.row >= from.row &&
        at.row <= to.row &&
        at.col >= from.col &&
        at.col <= to.col
      );
    });
  };
  for (const name of snapshot.names) {
    if (name.sheet === null || name.address === null || !PLAN_SHEETS.has(name.sheet)) continue;
    const isForm = isFormKey(name.name);
    if (
      !isForm &&
      (!/^\$?B\$?\d+$/.test(name.address) ||
        fieldCells.has(`${name.sheet}!${name.address}`) ||
        inTable(name.sheet, name.address))
    )
      continue;
    form[name.name] = name.value;
    formAddress.set(name.name, sheetRef(name.sheet, name.address));
    if (!isForm)
      fields.push(textField(formSectionOn(name.sheet), name.name, 10_000 + fields.length));
  }

  const tables: Record<string, Record<string, CellValue>[]> = {};
  const cellOf = new Map<string, string>();
  for (const table of snapshot.tables) {
    if (!PLAN_SHEETS.has(table.sheet)) continue;
    if (!sections.some((s) => s.key === table.name)) {
      sections.push({
        key: table.name,
        sheet: table.sheet === SHEET.dossier ? "Dossier" : "ActionPlan",
        kind: "table",
        label: { ru: table.name, en: table.name },
        order: 10_000 + sections.length,
        hidden: false,
      });
    }
    const keys = headerKeys(
      table,
      fields.filter((f) => f.section === table.name),
      (applied?.fields ?? []).filter((a) => a.field.section === table.name)
    );
    keys.forEach((key) => {
      if (key !== null && monthOfHeader(key) === null && !known(table.name, key))
        fields.push(textField(table.name, key, 10_000 + fields.length));
    });
    const rows: Record<string, CellValue>[] = [];
    table.rows.forEach((cells, bodyRow) => {
      const record: Record<string, CellValue> = {};
      keys.forEach((key, col) => {
        const value = cells[col] ?? null;
        if (key === null || isEmptyCell(value)) return;
        record[key] = value;
        const cell = cellAddress(table.address, 1 + bodyRow, col);
        if (cell !== null)
          cellOf.set(`${table.name}\u0000${rows.length}\u0000${key}`, sheetRef(table.sheet, cell));
      });
      if (Object.keys(record).length > 0 || options.keepRowPositions === true) rows.push(record);
    });
    tables[table.name] = options.keepRowPositions === true ? trimEmptyTail(rows) : rows;
  }

  return {
    values: { form, tables, archive: archiveRows(snapshot), hidden: readHiddenValues(snapshot) },
    asBuilt: { ...config, sections, fields },
    addressOf: (section, row, field) =>
      row === null
        ? (formAddress.get(field) ?? null)
        : (cellOf.get(`${section}\u0000${row}\u0000${field}`) ?? null),
  };
}

/**
 * Carry a workbook's values into the layout of `config`: extract them by key
 * (`valuesFromSnapshot`) and `restructure` them for `months`. Every value ends
 * up in its field or on the Archive; `archived` lists what this call moved
 * there. The one path apply-config, import-actuals and the Office.js rebuild
 * share.
 */
export function carryValues(
  snapshot: WorkbookSnapshot,
  config: KamConfig,
  months: readonly Month[],
  options: CarryOptions = {}
): Restructured {
  const extracted = valuesFromSnapshot(snapshot, config, options);
  const lang = config.settings.language;
  const carried = restructure(extracted.values, extracted.asBuilt, config, {
    months,
    addressOf: extracted.addressOf,
    reasons: { hiddenRowGone: text("archiveHiddenRowGone", lang) },
    ...(options.keepRowPositions === true ? { keepRowPositions: true } : {}),
  });
  // Spec §8: a value typed over a computed cell goes to the Archive; the new layout writes the formula back.
  const overwritten = overwrittenArchive(snapshot, extracted.asBuilt, lang);
  // Spec §11: a locked Config stays locked, with the password hash it has.
  const lock = snapshot.sheets.find((s) => s.name === SHEET.config)?.lock;
  const configLock =
    lock === undefined
      ? {}
      : { configLock: lock.passwordHash === null ? {} : { passwordHash: lock.passwordHash } };
  if (overwritten.length === 0) return { ...carried, values: { ...carried.values, ...configLock } };
  return {
    values: {
      ...carried.values,
      ...configLock,
      archive: [...carried.values.archive, ...overwritten],
    },
    archived: [...carried.archived, ...overwritten],
  };
}

/** Archive rows of the values typed over computed cells (FORMULA_OVERWRITTEN), with their old address and the reason. */
function overwrittenArchive(
  snapshot: WorkbookSnapshot,
  asBuilt: KamConfig,
  lang: KamConfig["settings"]["language"]
): ArchiveRow[] {
  return overwrittenCells(snapshot, asBuilt, lang).map((o) => {
    const first = snapshot.tables.find((t) => t.name === o.section)?.rows[o.row ?? 0]?.[0] ?? null;
    return {
      section: o.section,
      rowKey:
        o.row === null
          ? null
          : isEmptyCell(first)
            ? String(o.row + 1)
            : `${o.row + 1}: ${String(first)}`,
      field: o.field,
      address: sheetRef(o.sheet, o.cell),
      value: o.value,
      reason: text("archiveFormulaOverwritten", lang),
    };
  });
}

/** Options of carrying values. */
export interface CarryOptions {
  /**
   * Keep every table row at its body index (empty rows stay as empty records, trailing ones are
   * dropped): the live workbook is restructured in place, so row i must stay row i (references to it).
   */
  readonly keepRowPositions?: boolean;
}
