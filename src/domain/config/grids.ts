import type { CellValue, Grid } from "../values";
import type { KamConfig, Settings } from "./types";

/**
 * The four Config tables as grids: what the layout writes onto the `Config`
 * sheet and what `parseConfig` reads back. Column headers are machine names,
 * the same in both languages: the Config sheet is a SKAM's tool, not a form.
 */
export interface ConfigGrid {
  /** Excel table name: `Settings`, `Sections`, `Fields` or `Lists`. */
  readonly name: ConfigTableName;
  readonly headers: readonly string[];
  readonly rows: Grid;
}

export type ConfigTableName = "Settings" | "Sections" | "Fields" | "Lists";

/** Column headers of each Config table, in sheet order. */
export const CONFIG_HEADERS = {
  Settings: ["key", "value"],
  Sections: ["key", "sheet", "kind", "label_en", "label_ru", "order", "hidden"],
  Fields: [
    "section",
    "key",
    "label_en",
    "label_ru",
    "type",
    "required",
    "list",
    "min",
    "max",
    "help_en",
    "help_ru",
    "order",
    "hidden",
    "core",
  ],
  Lists: ["list", "value", "label_en", "label_ru", "order"],
} as const satisfies Record<ConfigTableName, readonly string[]>;

/**
 * Columns a workbook written before they existed may lack: read as their
 * default (FALSE), never CONFIG_INVALID. `Sections.hidden` came with spec §11.
 */
export const OPTIONAL_CONFIG_COLUMNS: Readonly<
  Partial<Record<ConfigTableName, readonly string[]>>
> = { Sections: ["hidden"] };

/** Settings keys on the sheet (snake_case) → the Settings property. */
export const SETTING_KEYS = {
  language: "language",
  currency: "currency",
  fiscal_year_start_month: "fiscalYearStartMonth",
  review_cadence_months: "reviewCadenceMonths",
  max_discount: "maxDiscount",
  max_credit_depth_days: "maxCreditDepthDays",
  gross_margin: "grossMargin",
  template_version: "templateVersion",
  protect_sheets: "protectSheets",
  reference_config: "referenceConfig",
} as const satisfies Record<string, keyof Settings>;

export type SettingKey = keyof typeof SETTING_KEYS;

/** The four Config tables of a configuration, in sheet order: Settings, Sections, Fields, Lists. */
export function configToTables(config: KamConfig): readonly ConfigGrid[] {
  const settings: CellValue[][] = Object.entries(SETTING_KEYS).map(([key, prop]) => [
    key,
    config.settings[prop],
  ]);
  const sections: CellValue[][] = config.sections.map((s) => [
    s.key,
    s.sheet,
    s.kind,
    s.label.en,
    s.label.ru,
    s.order,
    s.hidden,
  ]);
  const fields: CellValue[][] = config.fields.map((f) => [
    f.section,
    f.key,
    f.label.en,
    f.label.ru,
    f.type.kind,
    f.required,
    f.type.kind === "list" ? f.type.list : null,
    f.min,
    f.max,
    f.help.en,
    f.help.ru,
    f.order,
    f.hidden,
    f.core,
  ]);
  const lists: CellValue[][] = config.lists.flatMap((l) =>
    l.values.map((v) => [l.key, v.value, v.label.en, v.label.ru, v.order])
  );
  return [
    { name: "Settings", headers: CONFIG_HEADERS.Settings, rows: settings },
    { name: "Sections", headers: CONFIG_HEADERS.Sections, rows: sections },
    { name: "Fields", headers: CONFIG_HEADERS.Fields, rows: fields },
    { name: "Lists", headers: CONFIG_HEADERS.Lists, rows: lists },
  ];
}
