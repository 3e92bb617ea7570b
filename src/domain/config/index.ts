/** The configuration model: types, defaults, Config sheet grids, parsing. */
export type * from "./types";
export {
  DEFAULT_CONFIG,
  DEFAULT_SETTINGS,
  DEFAULT_SECTIONS,
  CORE_LIST_VALUES,
  REQUIRED_TABLES,
  MONTH_TABLES,
} from "./defaults";
export { DEFAULT_LISTS } from "./default-lists";
export {
  configToTables,
  CONFIG_HEADERS,
  SETTING_KEYS,
  type ConfigGrid,
  type ConfigTableName,
  type SettingKey,
} from "./grids";
export { parseConfig, type ConfigTables, type ParseConfigResult } from "./parse";
export { configFromSnapshot, configTablesOf, type ConfigReading } from "./from-snapshot";
export {
  FIELD_KINDS,
  BOUNDED_KINDS,
  fieldTypeOf,
  fieldTypeText,
  sameFieldType,
  isFieldKind,
} from "./field-types";
export {
  kamConfigSchema,
  settingsSchema,
  sectionRowSchema,
  fieldRowSchema,
  listRowSchema,
  SETTING_SCHEMAS,
  IDENTIFIER,
} from "./schemas";
