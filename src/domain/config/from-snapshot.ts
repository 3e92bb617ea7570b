import type { Finding } from "../findings";
import type { SnapshotTable, WorkbookSnapshot } from "../snapshot";
import { DEFAULT_CONFIG } from "./defaults";
import { parseConfig, type ConfigTables } from "./parse";
import type { KamConfig } from "./types";

/** The configuration a check uses, where it came from, and what was wrong with the workbook's own. */
export interface ConfigReading {
  readonly config: KamConfig;
  readonly findings: readonly Finding[];
  readonly source: "workbook" | "default";
}

/** The Config tables of a snapshot, found by table name (case-insensitive, as Excel). */
export function configTablesOf(snapshot: WorkbookSnapshot): ConfigTables {
  const find = (name: string): SnapshotTable | undefined =>
    snapshot.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  const tables: { -readonly [K in keyof ConfigTables]: ConfigTables[K] } = {};
  const settings = find("Settings");
  const sections = find("Sections");
  const fields = find("Fields");
  const lists = find("Lists");
  if (settings) tables.settings = settings;
  if (sections) tables.sections = sections;
  if (fields) tables.fields = fields;
  if (lists) tables.lists = lists;
  return tables;
}

/**
 * The workbook's configuration from its Config tables. All four missing (a
 * bare workbook): the default configuration, no finding. Some missing:
 * TABLE_MISSING for each and the default. Broken: its CONFIG_INVALID findings
 * and the default (so the checks still run). Messages in the Settings
 * table's language when readable, else ru.
 */
export function configFromSnapshot(snapshot: WorkbookSnapshot): ConfigReading {
  // The CLI's check asks twice per workbook (its own reference, then the check): the same snapshot object, the same answer.
  const asked = bySnapshot.get(snapshot);
  if (asked) return asked;
  const reading = readConfig(snapshot);
  bySnapshot.set(snapshot, reading);
  return reading;
}

/** Readings by snapshot object (snapshots are not changed once read). */
const bySnapshot = new WeakMap<WorkbookSnapshot, ConfigReading>();

function readConfig(snapshot: WorkbookSnapshot): ConfigReading {
  const tables = configTablesOf(snapshot);
  if (!tables.settings && !tables.sections && !tables.fields && !tables.lists)
    return { config: DEFAULT_CONFIG, findings: [], source: "default" };
  // A manager checks many workbooks built from one template: their Config tables are equal, so parse each once.
  // A reader may hand out the very same table objects for them (the .xlsx reader does): no key is needed then.
  const four = [tables.settings, tables.sections, tables.fields, tables.lists] as const;
  const same = recentByTables.find((r) => r.tables.every((t, i) => t === four[i]));
  if (same) return same.reading;
  // What parseConfig reads of each table (not its formulas: half the text of the key).
  const key = JSON.stringify(four.map((t) => t && [t.name, t.sheet, t.address, t.headers, t.rows]));
  const known = recentReadings.get(key) ?? parsed(tables);
  if (recentByTables.length >= RECENT_LIMIT) recentByTables.shift();
  recentByTables.push({ tables: four, reading: known });
  if (recentReadings.size >= RECENT_LIMIT && !recentReadings.has(key))
    recentReadings.delete(recentReadings.keys().next().value as string);
  recentReadings.set(key, known);
  return known;
}

function parsed(tables: ConfigTables): ConfigReading {
  const result = parseConfig(tables);
  return result.ok
    ? { config: result.config, findings: [], source: "workbook" }
    : { config: DEFAULT_CONFIG, findings: result.findings, source: "default" };
}

/** The last few Config readings by the content of their tables (addresses included, so findings name the right cells). Readings are immutable. */
const recentReadings = new Map<string, ConfigReading>();
/** The last few readings by their table objects (compared by identity). */
const recentByTables: { readonly tables: readonly unknown[]; readonly reading: ConfigReading }[] =
  [];
const RECENT_LIMIT = 8;
