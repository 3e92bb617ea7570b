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
  // What parseConfig reads of each table (not its formulas: half the text of the key).
  const key = JSON.stringify(
    [tables.settings, tables.sections, tables.fields, tables.lists].map(
      (t) => t && [t.name, t.sheet, t.address, t.headers, t.rows]
    )
  );
  const known = recentReadings.get(key);
  if (known) return known;
  const result = parseConfig(tables);
  const reading: ConfigReading = result.ok
    ? { config: result.config, findings: [], source: "workbook" }
    : { config: DEFAULT_CONFIG, findings: result.findings, source: "default" };
  if (recentReadings.size >= RECENT_LIMIT)
    recentReadings.delete(recentReadings.keys().next().value as string);
  recentReadings.set(key, reading);
  return reading;
}

/** The last few Config readings by the content of their tables (addresses included, so findings name the right cells). Readings are immutable. */
const recentReadings = new Map<string, ConfigReading>();
const RECENT_LIMIT = 8;
