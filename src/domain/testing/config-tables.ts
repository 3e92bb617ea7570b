import { configToTables, type ConfigGrid, type ConfigTableName } from "../config/grids";
import type { ConfigTables } from "../config/parse";
import type { KamConfig } from "../config/types";
import { rangeA1 } from "../read/a1";
import type { SnapshotTable } from "../snapshot";
import type { CellValue } from "../values";

/**
 * Where the test Config tables sit on the Config sheet (0-based column of
 * their top-left cell, all at row 1): Settings A1, Sections D1, Fields K1, Lists Z1.
 */
export const CONFIG_TABLE_COLUMNS: Readonly<Record<ConfigTableName, number>> = {
  Settings: 0,
  Sections: 3,
  Fields: 10,
  Lists: 25,
};

/** Mutable copies of the four Config grids of a configuration, to break on purpose. */
export type EditableGrids = Record<ConfigTableName, { headers: string[]; rows: CellValue[][] }>;

/** The Config grids of `config` as mutable copies. */
export function editableGrids(config: KamConfig): EditableGrids {
  const out = {} as EditableGrids;
  for (const g of configToTables(config))
    out[g.name] = { headers: [...g.headers], rows: g.rows.map((r) => [...r]) };
  return out;
}

/** One grid as the SnapshotTable a reader would produce, at CONFIG_TABLE_COLUMNS. */
export function configSnapshotTable(
  name: ConfigTableName,
  grid: Pick<ConfigGrid, "headers" | "rows">
): SnapshotTable {
  const topLeft = { row: 0, col: CONFIG_TABLE_COLUMNS[name] };
  return {
    name,
    sheet: "Config",
    address: rangeA1(topLeft, grid.rows.length + 1, grid.headers.length),
    headers: grid.headers,
    rows: grid.rows,
  };
}

/** The four grids as ConfigTables for `parseConfig`; `omit` leaves tables out. */
export function configTablesFrom(
  grids: EditableGrids,
  omit: readonly ConfigTableName[] = []
): ConfigTables {
  const t = (name: ConfigTableName): SnapshotTable | undefined =>
    omit.includes(name) ? undefined : configSnapshotTable(name, grids[name]);
  const tables: { -readonly [K in keyof ConfigTables]: ConfigTables[K] } = {};
  const [settings, sections, fields, lists] = [
    t("Settings"),
    t("Sections"),
    t("Fields"),
    t("Lists"),
  ];
  if (settings) tables.settings = settings;
  if (sections) tables.sections = sections;
  if (fields) tables.fields = fields;
  if (lists) tables.lists = lists;
  return tables;
}
