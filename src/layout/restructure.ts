import { trimEmptyTail } from "./trim-rows";
import type { KamConfig } from "../domain/config/types";
import { isMonth } from "../domain/periods";
import type { CellValue, Month } from "../domain/values";
import { MONTH_TABLE_KEYS } from "./table-columns";
import type { ArchiveRow, WorkbookValues } from "./types";

/** Options of `restructure`. */
export interface RestructureOptions {
  /** The plan months of the new layout: month values of SalesPlan / SalesActual outside them are archived. */
  readonly months: readonly Month[];
  /**
   * Where an old value was (`Sheet!A1`), for the Archive's address column:
   * `row` is the 0-based body row of a table value, null for a form field.
   */
  readonly addressOf?: (section: string, row: number | null, field: string) => string | null;
  /** Keep empty rows at their index (trailing ones dropped): see carry-values.ts `CarryOptions`. */
  readonly keepRowPositions?: boolean;
}

/** What `restructure` returns: the values to build the new layout with, and what went to the Archive this time. */
export interface Restructured {
  /** Values for the new layout; `archive` = the old archive followed by `archived`. */
  readonly values: WorkbookValues;
  readonly archived: readonly ArchiveRow[];
}

/**
 * Carry a workbook's values from one configuration to another (apply
 * configuration, upgrade, a new plan period). Pure, used by the CLI's
 * apply-config and the Office.js apply alike.
 *
 * By key, never by position: a form value stays when a visible, non-computed
 * form field with its key still exists (in any form section); a table value
 * stays when its section still has a visible, non-computed field with that
 * key, or — for SalesPlan / SalesActual — when its month is one of the new
 * plan months. Every other non-empty value goes to the Archive with its
 * section, row key (`3: Молоко`: body row number and the row's first text),
 * field and old address. Nothing is lost and nothing invented. Empty values
 * (null, "") are not values (whitespace is kept: it is what the cell holds); computed fields are formulas, not values, and are
 * dropped. A table row left with no value is dropped (its values are archived).
 */
export function restructure(
  oldValues: WorkbookValues,
  oldConfig: KamConfig,
  newConfig: KamConfig,
  options: RestructureOptions
): Restructured {
  const archived: ArchiveRow[] = [];
  const addressOf = options.addressOf ?? (() => null);
  const months = new Set(options.months);
  const oldComputed = computedKeys(oldConfig);

  const formKeep = inputKeys(newConfig, "form");
  const formSection = new Map(
    oldConfig.fields
      .filter((f) => isFormSection(oldConfig, f.section))
      .map((f) => [f.key, f.section])
  );
  const form: Record<string, CellValue> = {};
  for (const [key, value] of Object.entries(oldValues.form)) {
    if (isEmpty(value) || oldComputed.form.has(key)) continue;
    if (formKeep.has(key)) form[key] = value;
    else {
      const section = formSection.get(key) ?? "form";
      archived.push({
        section,
        rowKey: null,
        field: key,
        address: addressOf(section, null, key),
        value,
      });
    }
  }

  const tables: Record<string, Readonly<Record<string, CellValue>>[]> = {};
  for (const [section, rows] of Object.entries(oldValues.tables)) {
    const keep = tableInputKeys(newConfig, section);
    const computed = oldComputed.tables.get(section) ?? new Set<string>();
    const monthTable = MONTH_TABLE_KEYS.includes(section);
    const firstKey = oldConfig.fields.find((f) => f.section === section)?.key ?? null;
    const kept: Record<string, CellValue>[] = [];
    rows.forEach((row, index) => {
      const next: Record<string, CellValue> = {};
      for (const [field, value] of Object.entries(row)) {
        if (isEmpty(value) || computed.has(field)) continue;
        const stays =
          keep !== null && (isMonth(field) ? monthTable && months.has(field) : keep.has(field));
        if (stays) next[field] = value;
        else
          archived.push({
            section,
            rowKey: rowKey(index, firstKey === null ? null : (row[firstKey] ?? null)),
            field,
            address: addressOf(section, index, field),
            value,
          });
      }
      if (Object.keys(next).length > 0 || options.keepRowPositions === true) kept.push(next);
    });
    if (keep !== null)
      tables[section] = options.keepRowPositions === true ? trimEmptyTail(kept) : kept;
  }
  return { values: { form, tables, archive: [...oldValues.archive, ...archived] }, archived };
}

/** `3: Молоко` — the 1-based body row and the text of the row's first field, or just `3`. */
function rowKey(index: number, first: CellValue): string {
  return isEmpty(first) ? String(index + 1) : `${index + 1}: ${String(first)}`;
}

function isEmpty(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === "";
}

function isFormSection(config: KamConfig, section: string): boolean {
  return config.sections.some((s) => s.key === section && s.kind === "form");
}

/** Keys of visible input (non-computed) fields of every form section. */
function inputKeys(config: KamConfig, kind: "form"): ReadonlySet<string> {
  return new Set(
    config.fields
      .filter(
        (f) =>
          !f.hidden &&
          f.type.kind !== "computed" &&
          config.sections.some((s) => s.key === f.section && s.kind === kind)
      )
      .map((f) => f.key)
  );
}

/** Keys of visible input fields of a table section, or null when the section is not a table of `config`. */
function tableInputKeys(config: KamConfig, section: string): ReadonlySet<string> | null {
  if (!config.sections.some((s) => s.key === section && s.kind === "table")) return null;
  return new Set(
    config.fields
      .filter((f) => f.section === section && !f.hidden && f.type.kind !== "computed")
      .map((f) => f.key)
  );
}

function computedKeys(config: KamConfig): {
  form: ReadonlySet<string>;
  tables: ReadonlyMap<string, ReadonlySet<string>>;
} {
  const form = new Set<string>();
  const tables = new Map<string, Set<string>>();
  for (const f of config.fields) {
    if (f.type.kind !== "computed") continue;
    if (isFormSection(config, f.section)) form.add(f.key);
    else tables.set(f.section, (tables.get(f.section) ?? new Set<string>()).add(f.key));
  }
  return { form, tables };
}
