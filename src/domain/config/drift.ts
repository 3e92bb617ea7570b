import type { Finding } from "../findings";
import { cellAddress } from "../read/a1";
import { normalizeText } from "../read/text";
import { makeFinding } from "../text/messages";
import type { CellValue, Lang } from "../values";
import { headerCell } from "./config-table";
import {
  LOOSER_WHEN_HIGHER,
  deletedFieldLoosening,
  fieldLoosenings,
  sectionCarriesRules,
  type Loosening,
} from "./drift-rules";
import { configToTables, SETTING_KEYS, type ConfigTableName } from "./grids";
import type { ConfigTables } from "./parse";
import type { FieldDef, KamConfig, SectionDef } from "./types";

/** Columns that identify a row of each Config table (the row's key). */
const KEY_COLUMNS: Readonly<Record<ConfigTableName, readonly string[]>> = {
  Settings: ["key"],
  Sections: ["key"],
  Fields: ["section", "key"],
  Lists: ["list", "value"],
};

const TABLE_OF: Readonly<Record<ConfigTableName, keyof ConfigTables>> = {
  Settings: "settings",
  Sections: "sections",
  Fields: "fields",
  Lists: "lists",
};

/**
 * Settings rows that are not the format: a different template version is TEMPLATE_OUTDATED;
 * where the reference lives is the workbook's own pointer to it.
 */
const IGNORED_SETTINGS = new Set(["template_version", "reference_config"]);

function keyText(values: readonly CellValue[]): string {
  return values.map((v) => normalizeText(v === null ? "" : String(v))).join("\u0000");
}

/** A cell as the Config sheet shows it: TRUE/FALSE, numbers as typed, empty as "". */
function shown(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function same(a: CellValue | undefined, b: CellValue | undefined): boolean {
  return normalizeText(shown(a)) === normalizeText(shown(b));
}

/** Finds the cell of a Config row (by its key) and column in the plan's own Config table. */
class ConfigCells {
  constructor(private readonly tables: ConfigTables) {}

  cell(name: ConfigTableName, key: readonly CellValue[], column: string | null): string | null {
    const table = this.tables[TABLE_OF[name]];
    if (!table) return null;
    const col = (header: string): number =>
      table.headers.findIndex((h) => normalizeText(h) === header);
    const keyCols = KEY_COLUMNS[name].map(col);
    if (keyCols.some((c) => c < 0)) return headerCell(table);
    const wanted = keyText(key);
    const r = table.rows.findIndex((row) => keyText(keyCols.map((c) => row[c] ?? null)) === wanted);
    if (r < 0 || column === null) return headerCell(table);
    const c = col(column);
    return cellAddress(table.address, 1 + r, Math.max(c, keyCols[0] ?? 0)) ?? headerCell(table);
  }

  sheet(name: ConfigTableName): string {
    return this.tables[TABLE_OF[name]]?.sheet ?? "Config";
  }
}

interface Drift {
  readonly table: ConfigTableName;
  readonly key: readonly CellValue[];
  readonly column: string | null;
  readonly value: string | null;
  readonly reference: string | null;
  readonly loosening: Loosening | null;
}

/** The loosening a differing cell stands for, given both configurations' definitions of its row. */
function loosening(
  table: ConfigTableName,
  column: string,
  key: readonly CellValue[],
  plan: KamConfig,
  reference: KamConfig
): Loosening | null {
  if (table === "Settings") {
    const prop = SETTING_KEYS[String(key[0]) as keyof typeof SETTING_KEYS];
    const rule = (LOOSER_WHEN_HIGHER as Partial<Record<string, Loosening>>)[prop];
    if (rule === undefined) return null;
    const p = plan.settings[prop as keyof typeof LOOSER_WHEN_HIGHER];
    const r = reference.settings[prop as keyof typeof LOOSER_WHEN_HIGHER];
    return p > r ? rule : null;
  }
  if (table === "Sections" && column === "hidden") {
    const section = reference.sections.find((s) => s.key === key[0]);
    const planSection = plan.sections.find((s) => s.key === key[0]);
    return section && !section.hidden && planSection?.hidden === true
      ? sectionCarriesRules(reference, section)
        ? "core_section_hidden"
        : null
      : null;
  }
  if (table === "Fields") {
    const find = (c: KamConfig): FieldDef | undefined =>
      c.fields.find((f) => f.section === key[0] && f.key === key[1]);
    const r = find(reference);
    const p = find(plan);
    if (!r || !p) return null;
    const rules = fieldLoosenings(r, p);
    return column === "required" || column === "hidden" || column === "min" || column === "max"
      ? (rules[column] ?? null)
      : null;
  }
  return null;
}

/** The loosening of a row of the reference that the plan lacks. */
function deletedLoosening(
  table: ConfigTableName,
  key: readonly CellValue[],
  reference: KamConfig
): Loosening | null {
  if (table === "Fields") {
    const field = reference.fields.find((f) => f.section === key[0] && f.key === key[1]);
    const section = reference.sections.find((s) => s.key === key[0]);
    return field && !section?.hidden ? deletedFieldLoosening(field) : null;
  }
  if (table === "Sections") {
    const section: SectionDef | undefined = reference.sections.find((s) => s.key === key[0]);
    return section && !section.hidden && sectionCarriesRules(reference, section)
      ? "section_with_required_deleted"
      : null;
  }
  return null;
}

function driftsOf(plan: KamConfig, reference: KamConfig): Drift[] {
  const drifts: Drift[] = [];
  const planGrids = new Map(configToTables(plan).map((g) => [g.name, g]));
  for (const refGrid of configToTables(reference)) {
    const planGrid = planGrids.get(refGrid.name);
    if (!planGrid) continue;
    const keyCols = KEY_COLUMNS[refGrid.name].map((k) => refGrid.headers.indexOf(k));
    const keyOf = (row: readonly CellValue[]): CellValue[] => keyCols.map((c) => row[c] ?? null);
    const skip = (row: readonly CellValue[]): boolean =>
      refGrid.name === "Settings" && IGNORED_SETTINGS.has(String(row[0]));
    const planRows = new Map(planGrid.rows.map((row) => [keyText(keyOf(row)), row]));
    const refKeys = new Set<string>();
    for (const refRow of refGrid.rows) {
      if (skip(refRow)) continue;
      const key = keyOf(refRow);
      refKeys.add(keyText(key));
      const planRow = planRows.get(keyText(key));
      if (!planRow) {
        drifts.push({
          table: refGrid.name,
          key,
          column: null,
          value: null,
          reference: "",
          loosening: deletedLoosening(refGrid.name, key, reference),
        });
        continue;
      }
      refGrid.headers.forEach((column, c) => {
        if (keyCols.includes(c) || same(planRow[c], refRow[c])) return;
        drifts.push({
          table: refGrid.name,
          key,
          column,
          value: shown(planRow[c]),
          reference: shown(refRow[c]),
          loosening: loosening(refGrid.name, column, key, plan, reference),
        });
      });
    }
    for (const planRow of planGrid.rows) {
      if (skip(planRow) || refKeys.has(keyText(keyOf(planRow)))) continue;
      drifts.push({
        table: refGrid.name,
        key: keyOf(planRow),
        column: null,
        value: "",
        reference: null,
        loosening: null,
      });
    }
  }
  return drifts;
}

/**
 * CONFIG_DRIFT findings (spec §11): every difference of a plan's own configuration
 * (`plan`, parsed from `tables`) from the SKAM's `reference`, one finding per differing
 * Config cell, naming it and the reference value. An error where the plan loosened a rule
 * (`LOOSENINGS`, drift-rules.ts), a warning otherwise. A row the plan lacks is named at its
 * table's header; `template_version` is left to TEMPLATE_OUTDATED. Messages in `lang`.
 */
export function configDriftFindings(
  tables: ConfigTables,
  plan: KamConfig,
  reference: KamConfig,
  lang: Lang
): readonly Finding[] {
  const cells = new ConfigCells(tables);
  return driftsOf(plan, reference).map((d) => {
    const cell = cells.cell(d.table, d.key, d.column);
    const finding = makeFinding(
      "CONFIG_DRIFT",
      lang,
      { sheet: cells.sheet(d.table), cell, name: d.table },
      {
        cell: cell ?? "",
        table: d.table,
        row: d.key.map((k) => shown(k)).join("."),
        column: d.column,
        value: d.value,
        reference: d.reference,
        loosening: d.loosening,
      }
    );
    return d.loosening === null ? { ...finding, severity: "warning" } : finding;
  });
}

/** The place of a Settings row's value cell in the workbook's Config (the table's header when the row is missing). */
export function settingPlace(
  tables: ConfigTables,
  key: string
): { readonly sheet: string; readonly cell: string | null; readonly name: string } {
  const cells = new ConfigCells(tables);
  return {
    sheet: cells.sheet("Settings"),
    cell: cells.cell("Settings", [key], "value"),
    name: "Settings",
  };
}
