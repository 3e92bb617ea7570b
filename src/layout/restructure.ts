import { trimEmptyTail } from "./trim-rows";
import type { KamConfig } from "../domain/config/types";
import { isMonth } from "../domain/periods";
import type { CellValue, Month } from "../domain/values";
import { MONTH_TABLE_KEYS } from "./table-columns";
import { normalizeText } from "../domain/read/text";
import { isFieldHidden } from "./applied-schema";
import type { ArchiveRow, HiddenValue, WorkbookValues } from "./types";

/** Options of `restructure`. */
export interface RestructureOptions {
  /** The plan months of the new layout: month values of SalesPlan / SalesActual outside them are archived. */
  readonly months: readonly Month[];
  /**
   * Where an old value was (`Sheet!A1`), for the Archive's address column:
   * `row` is the 0-based body row of a table value, null for a form field.
   */
  readonly addressOf?: (section: string, row: number | null, field: string) => string | null;
  /** The Archive's reasons in the workbook language (absent: no reason written). */
  readonly reasons?: {
    /** A hidden value whose row was deleted or renamed before the field was shown again. */
    readonly hiddenRowGone: string;
  };
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
 *
 * Hidden is not deleted (spec §8): a value of a field that is hidden in
 * `newConfig` goes to `values.hidden`, not
 * to the Archive; a hidden value of `oldValues.hidden` comes back into its
 * field when the field is shown again (a table value into the row whose key
 * field still has the text it had, the n-th such row for the n-th stored
 * row; a whole hidden row as a new row), stays hidden while the field is,
 * and goes to the Archive when the field was removed or its row is gone.
 * A hidden section (spec §11) is placed with its values: they stay in it.
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
  const hidden: HiddenValue[] = [];

  const formKeep = inputKeys(newConfig, "form", false);
  const formHide = inputKeys(newConfig, "form", true);
  const formSection = new Map(
    [...oldConfig.fields, ...newConfig.fields]
      .filter((f) => isFormSection(oldConfig, f.section) || isFormSection(newConfig, f.section))
      .map((f) => [f.key, f.section])
  );
  const form: Record<string, CellValue> = {};
  for (const [key, value] of Object.entries(oldValues.form)) {
    if (isEmpty(value) || oldComputed.form.has(key)) continue;
    const section = formSection.get(key) ?? "form";
    if (formKeep.has(key)) form[key] = value;
    else if (formHide.has(key))
      hidden.push({ section, row: null, keyField: null, keyText: null, field: key, value });
    else
      archived.push({
        section,
        rowKey: null,
        field: key,
        address: addressOf(section, null, key),
        value,
      });
  }

  const tables: Record<string, Record<string, CellValue>[]> = {};
  for (const [section, rows] of Object.entries(oldValues.tables)) {
    const keep = tableInputKeys(newConfig, section, false);
    const hide = tableInputKeys(newConfig, section, true);
    const computed = oldComputed.tables.get(section) ?? new Set<string>();
    const monthTable = MONTH_TABLE_KEYS.includes(section);
    const firstKey = oldConfig.fields.find((f) => f.section === section)?.key ?? null;
    const keyField = rowKeyField(newConfig, section);
    const kept: Record<string, CellValue>[] = [];
    rows.forEach((row, index) => {
      const next: Record<string, CellValue> = {};
      const keyValue = keyField === null ? null : (row[keyField] ?? null);
      for (const [field, value] of Object.entries(row)) {
        if (isEmpty(value) || computed.has(field)) continue;
        const month = isMonth(field);
        const stays = keep !== null && (month ? monthTable && months.has(field) : keep.has(field));
        const hides = hide !== null && !month && hide.has(field);
        if (stays) next[field] = value;
        else if (hides)
          hidden.push({
            section,
            row: index + 1,
            keyField,
            keyText: isEmpty(keyValue) ? null : String(keyValue),
            field,
            value,
          });
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

  // Values hidden before: back where they were when their field is shown again, kept while hidden, archived when removed.
  const restoredRows = new Map<string, Record<string, CellValue>>();
  const used = new Map<string, Set<Record<string, CellValue>>>();
  const reasons = options.reasons;
  for (const h of oldValues.hidden ?? []) {
    const archive = (reason?: string): void => {
      archived.push({
        section: h.section,
        rowKey:
          h.row === null ? null : h.keyText === null ? String(h.row) : `${h.row}: ${h.keyText}`,
        field: h.field,
        address: null,
        value: h.value,
        ...(reason === undefined ? {} : { reason }),
      });
    };
    if (h.row === null) {
      if (formKeep.has(h.field) && isEmpty(form[h.field] ?? null)) form[h.field] = h.value;
      else if (formHide.has(h.field)) hidden.push(h);
      else archive();
      continue;
    }
    const keep = tableInputKeys(newConfig, h.section, false);
    const hide = tableInputKeys(newConfig, h.section, true);
    const month = isMonth(h.field);
    const monthTable = MONTH_TABLE_KEYS.includes(h.section);
    const visible =
      keep !== null && (month ? monthTable && months.has(h.field) : keep.has(h.field));
    const stillHidden = hide !== null && !month && hide.has(h.field);
    if (stillHidden) {
      hidden.push(h);
      continue;
    }
    if (!visible) {
      archive();
      continue;
    }
    const rows = (tables[h.section] ??= []);
    const groupKey = `${h.section}\u0000${h.row}`;
    let target = restoredRows.get(groupKey);
    if (target === undefined && h.keyField === null) {
      target = {};
      rows.push(target);
    } else if (target === undefined && h.keyText !== null) {
      const taken = used.get(h.section) ?? new Set<Record<string, CellValue>>();
      const wanted = normalizeText(h.keyText);
      const keyField = h.keyField;
      target = rows.find(
        (r) =>
          !taken.has(r) &&
          keyField !== null &&
          !isEmpty(r[keyField] ?? null) &&
          normalizeText(String(r[keyField])) === wanted
      );
      if (target) used.set(h.section, taken.add(target));
    }
    if (target === undefined || !isEmpty(target[h.field] ?? null)) {
      archive(reasons?.hiddenRowGone);
      continue;
    }
    restoredRows.set(groupKey, target);
    target[h.field] = h.value;
  }

  return {
    values: {
      form,
      tables,
      archive: [...oldValues.archive, ...archived],
      hidden,
    },
    archived,
  };
}

/**
 * The field that finds a table row again when hidden values come back: the
 * section's first visible input field in `config` (by order), or null when
 * it has none (the whole section is hidden: the row comes back as a new row).
 */
function rowKeyField(config: KamConfig, section: string): string | null {
  return (
    config.fields.find((f) => f.section === section && !f.hidden && f.type.kind !== "computed")
      ?.key ?? null
  );
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

/** Keys of the visible (`hidden` false) or hidden (true) input (non-computed) fields of every form section. */
function inputKeys(config: KamConfig, kind: "form", hidden: boolean): ReadonlySet<string> {
  return new Set(
    config.fields
      .filter(
        (f) =>
          isFieldHidden(config, f) === hidden &&
          f.type.kind !== "computed" &&
          config.sections.some((s) => s.key === f.section && s.kind === kind)
      )
      .map((f) => f.key)
  );
}

/** Keys of the visible (`hidden` false) or hidden (true) input fields of a table section, or null when the section is not a table of `config`. */
function tableInputKeys(
  config: KamConfig,
  section: string,
  hidden: boolean
): ReadonlySet<string> | null {
  if (!config.sections.some((s) => s.key === section && s.kind === "table")) return null;
  return new Set(
    config.fields
      .filter(
        (f) =>
          f.section === section && isFieldHidden(config, f) === hidden && f.type.kind !== "computed"
      )
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
