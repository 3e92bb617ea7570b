import type { Finding } from "../findings";
import { makeFinding } from "../text/messages";
import type { SnapshotTable } from "../snapshot";
import type { Lang } from "../values";
import { ConfigProblems, parseConfigTable, type ConfigRow } from "./config-table";
import { checkConsistency, type ParsedRows } from "./consistency";
import { checkCoreRules } from "./core-rules";
import { CONFIG_HEADERS, OPTIONAL_CONFIG_COLUMNS, type ConfigTableName } from "./grids";
import { parseSettings, settingsLanguage } from "./parse-settings";
import { fieldRowSchema, listRowSchema, sectionRowSchema } from "./schemas";
import type { FieldDef, KamConfig, ListDef, SectionDef, Settings } from "./types";

/** The four Config tables as the readers found them (any may be missing). */
export interface ConfigTables {
  readonly settings?: SnapshotTable;
  readonly sections?: SnapshotTable;
  readonly fields?: SnapshotTable;
  readonly lists?: SnapshotTable;
}

/** A configuration, or the CONFIG_INVALID (and TABLE_MISSING) findings that say why there is none. */
export type ParseConfigResult =
  | { readonly ok: true; readonly config: KamConfig }
  | { readonly ok: false; readonly findings: readonly Finding[] };

const TABLE_KEYS: readonly (readonly [keyof ConfigTables, ConfigTableName])[] = [
  ["settings", "Settings"],
  ["sections", "Sections"],
  ["fields", "Fields"],
  ["lists", "Lists"],
];

/**
 * Parse the Config sheet's four tables into a configuration (spec section 6).
 * Every problem is a CONFIG_INVALID finding naming the exact Config cell, in
 * `lang` (default: the Settings table's `language` when readable, else ru);
 * a missing table is TABLE_MISSING. Never throws for a user's mistake.
 * The result is canonical: sections by order, fields by section order then
 * order, list values by order, lists by first appearance (ties keep sheet order).
 * `parseConfig(tablesOf(configToTables(DEFAULT_CONFIG)))` deep-equals DEFAULT_CONFIG.
 */
export function parseConfig(
  tables: ConfigTables,
  lang: Lang = settingsLanguage(tables.settings)
): ParseConfigResult {
  const problems = new ConfigProblems(lang);
  const missing: Finding[] = [];
  for (const [key, name] of TABLE_KEYS) {
    if (!tables[key])
      missing.push(
        makeFinding(
          "TABLE_MISSING",
          lang,
          { sheet: "Config", name },
          { table: name, label: name, sheet: "Config" }
        )
      );
  }
  const { settings: settingsTable, sections, fields, lists } = tables;
  if (!settingsTable || !sections || !fields || !lists) return { ok: false, findings: missing };
  const settings = parseSettings(settingsTable, problems);
  const sectionRows = parseConfigTable(
    sections,
    "Sections",
    CONFIG_HEADERS.Sections,
    sectionRowSchema,
    problems,
    OPTIONAL_CONFIG_COLUMNS.Sections
  );
  const fieldRows = parseConfigTable(
    fields,
    "Fields",
    CONFIG_HEADERS.Fields,
    fieldRowSchema,
    problems
  );
  const listRows = parseConfigTable(lists, "Lists", CONFIG_HEADERS.Lists, listRowSchema, problems);
  if (!sectionRows || !fieldRows || !listRows || problems.findings.length > 0) {
    // Row-level problems first; cross-row rules on partial rows would only add noise.
    return { ok: false, findings: problems.findings };
  }
  const canonical = canonicalSections(sectionRows, fieldRows);
  const parsed: ParsedRows = {
    sections: { table: sections, rows: sectionRows },
    fields: { table: fields, rows: canonical },
    lists: { table: lists, rows: listRows },
  };
  checkConsistency(parsed, problems);
  checkCoreRules(parsed, problems);
  if (problems.findings.length > 0) return { ok: false, findings: problems.findings };
  return { ok: true, config: assemble(settings, sectionRows, canonical, listRows) };
}

/** Field rows with `section` spelled as its section's key (section keys match case-insensitively, as Excel table names do). */
function canonicalSections(
  sections: readonly ConfigRow<SectionDef>[],
  fields: readonly ConfigRow<FieldDef>[]
): ConfigRow<FieldDef>[] {
  const byLower = new Map(sections.map((s) => [s.value.key.toLowerCase(), s.value.key]));
  return fields.map((row) => ({
    ...row,
    value: {
      ...row.value,
      section: byLower.get(row.value.section.toLowerCase()) ?? row.value.section,
    },
  }));
}

function byOrder<T extends { readonly order: number }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.order - b.item.order || a.i - b.i)
    .map((x) => x.item);
}

function assemble(
  settings: Settings,
  sectionRows: readonly ConfigRow<SectionDef>[],
  fieldRows: readonly ConfigRow<FieldDef>[],
  listRows: readonly ConfigRow<{
    list: string;
    value: { value: string; label: { ru: string; en: string }; order: number };
  }>[]
): KamConfig {
  const sections = byOrder(sectionRows.map((r) => r.value));
  const fields = sections.flatMap((s) =>
    byOrder(fieldRows.map((r) => r.value).filter((f) => f.section === s.key))
  );
  const grouped = new Map<string, ListDef["values"][number][]>();
  for (const row of listRows) {
    const values = grouped.get(row.value.list) ?? [];
    values.push(row.value.value);
    grouped.set(row.value.list, values);
  }
  const lists: ListDef[] = [...grouped].map(([key, values]) => ({ key, values: byOrder(values) }));
  return { settings, sections, fields, lists };
}
