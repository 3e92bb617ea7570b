import type { FieldDef, FieldType, KamConfig, PlanSheet, SectionDef } from "../domain/config/types";
import { columnLetter } from "../domain/read/a1";
import { isEmptyCell, normalizeText } from "../domain/read/text";
import type { SnapshotTable, WorkbookSnapshot } from "../domain/snapshot";
import type { CellValue, Lang } from "../domain/values";
import type { HiddenValue, TableColumnLayout, TableLayout } from "./types";

/**
 * The workbook's memory of its own structure (spec §8, "Relabels are
 * recognised", "Hidden is not deleted"): three managed tables on the hidden,
 * protected `Lists` sheet, right of the list columns, rewritten by every
 * restructuring of either writer.
 *
 * - `AppliedSections` / `AppliedFields`: the Sections and Fields the sheets
 *   were last built with (keys, labels, order, hidden) and, per field, the
 *   header or label it got on the sheet. The next restructuring reads a
 *   table's headers through it, so a relabelled or reordered field keeps its
 *   values and a changed key is a new field (the old key's values go to the
 *   Archive).
 * - `HiddenValues`: the values of hidden fields (section | row | key_field |
 *   key_text | field | value), not archived; un-hiding puts them back.
 *
 * Plain tables (not custom XML parts: LibreOffice and scripts drop those),
 * found by name wherever they are.
 */
export const APPLIED_SECTIONS = "AppliedSections";
export const APPLIED_FIELDS = "AppliedFields";
export const HIDDEN_VALUES = "HiddenValues";

const SECTION_HEADERS = [
  "key",
  "sheet",
  "kind",
  "label_en",
  "label_ru",
  "order",
  "hidden",
] as const;
const FIELD_HEADERS = [
  "section",
  "key",
  "type",
  "label_en",
  "label_ru",
  "header",
  "order",
  "hidden",
] as const;
const HIDDEN_HEADERS = ["section", "row", "key_field", "key_text", "field", "value"] as const;

/** A field as the sheets were last built: its definition and the header (table) or label (form) it got. */
export interface AppliedField {
  readonly field: FieldDef;
  readonly header: string;
}

/** The Sections and Fields the sheets were last built with. */
export interface AppliedSchema {
  readonly sections: readonly SectionDef[];
  readonly fields: readonly AppliedField[];
}

/** Whether a section is hidden as a whole (spec §11; the flag may be absent on older configurations). */
export function isSectionHidden(config: KamConfig, section: string): boolean {
  return config.sections.some((s) => s.key === section && s.hidden);
}

/**
 * Whether a field is hidden, so that its values go to HiddenValues: its own
 * flag. A hidden section (spec §11) stays placed with its values, so its
 * fields are not hidden in this sense.
 */
export function isFieldHidden(_config: KamConfig, field: FieldDef): boolean {
  return field.hidden;
}

function column(key: string): TableColumnLayout {
  return {
    key,
    header: key,
    formula: null,
    // Text columns as text (a label "1/2" stays text); numbers and TRUE/FALSE as General (LibreOffice keeps them).
    numberFormat: ["value", "order", "hidden", "row"].includes(key) ? "General" : "@",
    locked: true,
    style: "plain",
    totals: null,
  };
}

function managedTable(
  name: string,
  col: number,
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[]
): TableLayout {
  return {
    name,
    topLeft: `${columnLetter(col)}1`,
    columns: headers.map(column),
    rows: rows.length > 0 ? rows : [headers.map(() => null)],
    style: "TableStyleLight1",
    showRowStripes: false,
    totalsRow: false,
  };
}

/**
 * The three tables for the `Lists` sheet, side by side from column `firstCol`
 * (0-based): the applied schema of `config` (`headerOf` gives each field's
 * header as built, null for a form field: its label is used) and the hidden values.
 */
export function appliedSchemaTables(
  config: KamConfig,
  lang: Lang,
  headerOf: (section: string, key: string) => string | null,
  hidden: readonly HiddenValue[],
  firstCol: number
): readonly TableLayout[] {
  const sections = config.sections.map((s) => [
    s.key,
    s.sheet,
    s.kind,
    s.label.en,
    s.label.ru,
    s.order,
    s.hidden,
  ]);
  const fields = config.fields.map((f) => [
    f.section,
    f.key,
    f.type.kind === "list" ? `list:${f.type.list}` : f.type.kind,
    f.label.en,
    f.label.ru,
    headerOf(f.section, f.key) ?? f.label[lang],
    f.order,
    f.hidden,
  ]);
  const values = hidden.map((h) => [h.section, h.row, h.keyField, h.keyText, h.field, h.value]);
  const fieldsCol = firstCol + SECTION_HEADERS.length + 1;
  const hiddenCol = fieldsCol + FIELD_HEADERS.length + 1;
  return [
    managedTable(APPLIED_SECTIONS, firstCol, SECTION_HEADERS, sections),
    managedTable(APPLIED_FIELDS, fieldsCol, FIELD_HEADERS, fields),
    managedTable(HIDDEN_VALUES, hiddenCol, HIDDEN_HEADERS, values),
  ];
}

/** The rows of a managed table as records by its (machine-name) headers; empty rows skipped. */
function records(table: SnapshotTable | undefined): Record<string, CellValue>[] {
  if (!table) return [];
  const headers = table.headers.map(normalizeText);
  return table.rows
    .filter((cells) => cells.some((c) => !isEmptyCell(c)))
    .map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? null])));
}

const text = (value: CellValue | undefined): string =>
  value === null || value === undefined ? "" : String(value).trim();

const flag = (value: CellValue | undefined): boolean =>
  value === true || /^(true|истина|1)$/i.test(text(value));

function fieldType(type: string): FieldType {
  if (type.startsWith("list:")) return { kind: "list", list: type.slice(5) };
  switch (type) {
    case "long_text":
    case "integer":
    case "number":
    case "amount":
    case "percent":
    case "date":
    case "bool":
    case "computed":
      return { kind: type };
    default:
      return { kind: "text" };
  }
}

const tableNamed = (snapshot: WorkbookSnapshot, name: string): SnapshotTable | undefined =>
  snapshot.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());

/**
 * The schema the workbook was last built with, or null for a workbook built
 * before it was stored (the readers then match headers by label, as before).
 */
export function readAppliedSchema(snapshot: WorkbookSnapshot): AppliedSchema | null {
  const sectionTable = tableNamed(snapshot, APPLIED_SECTIONS);
  const fieldTable = tableNamed(snapshot, APPLIED_FIELDS);
  if (!sectionTable || !fieldTable) return null;
  const sections: SectionDef[] = records(sectionTable)
    .filter((r) => text(r["key"]) !== "")
    .map((r) => ({
      key: text(r["key"]),
      sheet: (text(r["sheet"]) === "Dossier" ? "Dossier" : "ActionPlan") satisfies PlanSheet,
      kind: text(r["kind"]) === "form" ? "form" : "table",
      label: { en: text(r["label_en"]), ru: text(r["label_ru"]) },
      order: Number(r["order"]) || 0,
      hidden: flag(r["hidden"]),
    }));
  const fields: AppliedField[] = records(fieldTable)
    .filter((r) => text(r["section"]) !== "" && text(r["key"]) !== "")
    .map((r) => ({
      header: text(r["header"]),
      field: {
        section: text(r["section"]),
        key: text(r["key"]),
        label: { en: text(r["label_en"]), ru: text(r["label_ru"]) },
        type: fieldType(text(r["type"])),
        required: false,
        min: null,
        max: null,
        help: { ru: "", en: "" },
        order: Number(r["order"]) || 0,
        hidden: flag(r["hidden"]),
        core: false,
      },
    }));
  return { sections, fields };
}

/** The hidden fields' values the workbook keeps (empty when it has none, or no such table). */
export function readHiddenValues(snapshot: WorkbookSnapshot): readonly HiddenValue[] {
  return records(tableNamed(snapshot, HIDDEN_VALUES))
    .filter(
      (r) =>
        text(r["section"]) !== "" && text(r["field"]) !== "" && !isEmptyCell(r["value"] ?? null)
    )
    .map((r) => {
      const row = Number(r["row"]);
      return {
        section: text(r["section"]),
        row: isEmptyCell(r["row"] ?? null) || !Number.isFinite(row) ? null : row,
        keyField: text(r["key_field"]) === "" ? null : text(r["key_field"]),
        keyText: text(r["key_text"]) === "" ? null : text(r["key_text"]),
        field: text(r["field"]),
        value: r["value"] ?? null,
      };
    });
}

/**
 * What the sheets were built with as a configuration (visible fields only:
 * hidden ones have no cell), for
 * `restructureRefusals`: a deleted name or table of any field the workbook
 * was built with, custom ones included, refuses the restructuring.
 */
export function appliedStructure(config: KamConfig, applied: AppliedSchema): KamConfig {
  // A hidden section is still placed with its values (spec §11): it is expected like a visible one.
  const sections = applied.sections;
  const fields = applied.fields
    .map((a) => a.field)
    .filter((f) => !f.hidden && sections.some((s) => s.key === f.section));
  return { ...config, sections, fields };
}
