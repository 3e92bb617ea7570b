import { normalizeText, shortText } from "../read/text";
import type { SnapshotTable } from "../snapshot";
import type { Lang } from "../values";
import { ConfigProblems, parseConfigTable } from "./config-table";
import { DEFAULT_SETTINGS } from "./defaults";
import { CONFIG_HEADERS, SETTING_KEYS, type SettingKey } from "./grids";
import { SETTING_EXPECTED, SETTING_SCHEMAS, cellSchema } from "./schemas";
import type { Settings } from "./types";
import { z } from "zod";

const settingRow = z.object({ key: cellSchema.optional(), value: cellSchema.optional() });

function isSettingKey(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(SETTING_KEYS, key);
}

/**
 * The workbook language from a Settings table's `language` row when it is
 * `ru` or `en` (any case), else `ru`: CONFIG_INVALID messages use it.
 */
export function settingsLanguage(table: SnapshotTable | undefined): Lang {
  if (!table) return "ru";
  const keyCol = table.headers.findIndex((h) => normalizeText(h) === "key");
  const valueCol = table.headers.findIndex((h) => normalizeText(h) === "value");
  const row = table.rows.find(
    (r) => typeof r[keyCol] === "string" && normalizeText(r[keyCol]) === "language"
  );
  const value = row?.[valueCol];
  const lang = typeof value === "string" ? normalizeText(value) : "";
  return lang === "en" ? "en" : "ru";
}

/**
 * Parse the Settings table (key | value). A missing row takes its default
 * (DEFAULT_SETTINGS); an unknown key, a repeated key or a bad value is
 * CONFIG_INVALID at its cell.
 */
export function parseSettings(table: SnapshotTable, problems: ConfigProblems): Settings {
  const rows = parseConfigTable(table, "Settings", CONFIG_HEADERS.Settings, settingRow, problems);
  const values: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const row of rows ?? []) {
    const key = normalizeText(String(row.raw["key"] ?? ""));
    if (!isSettingKey(key)) {
      problems.add(table, "Settings", "key", row.cell("key"), {
        problem: "unknown_setting",
        value: shortText(row.raw["key"] ?? null),
        allowed: Object.keys(SETTING_KEYS).join(", "),
      });
      continue;
    }
    if (seen.has(key)) {
      problems.add(table, "Settings", "key", row.cell("key"), {
        problem: "duplicate_key",
        value: key,
      });
      continue;
    }
    seen.add(key);
    const parsed = SETTING_SCHEMAS[key].safeParse(row.raw["value"] ?? null);
    if (parsed.success) values[SETTING_KEYS[key]] = parsed.data;
    else
      problems.add(table, "Settings", "value", row.cell("value"), {
        problem: "bad_setting",
        value: shortText(row.raw["value"] ?? null),
        section: key,
        expected: SETTING_EXPECTED[key][problems.lang],
      });
  }
  return { ...DEFAULT_SETTINGS, ...values };
}
