import { DEFAULT_CONFIG } from "./defaults";
import { MINIMAL_HIDDEN_FIELDS, PRESETS, presetConfig } from "./presets";
import { configTablesFrom, editableGrids } from "../testing/config-tables";
import { parseConfig } from "./parse";

const hiddenFields = (preset: (typeof PRESETS)[number]): string[] =>
  presetConfig(preset)
    .fields.filter((f) => f.hidden)
    .map((f) => `${f.section}.${f.key}`);

describe("presets hide optional fields too (spec §11: start with few fields)", () => {
  it("minimal hides the optional fields it names, in the sections it shows", () => {
    expect(hiddenFields("minimal").sort()).toEqual(
      MINIMAL_HIDDEN_FIELDS.map((f) => `${f.section}.${f.key}`).sort()
    );
    const shown = new Set(
      presetConfig("minimal")
        .sections.filter((s) => !s.hidden)
        .map((s) => s.key)
    );
    for (const f of MINIMAL_HIDDEN_FIELDS)
      expect([f.key, shown.has(f.section)]).toEqual([f.key, true]);
  });

  it.each(PRESETS)("%s keeps every core and every required field shown", (preset) => {
    const config = presetConfig(preset);
    expect(config.fields.filter((f) => (f.core || f.required) && f.hidden)).toEqual([]);
  });

  it("standard and full show every field", () => {
    expect(hiddenFields("standard")).toEqual([]);
    expect(hiddenFields("full")).toEqual([]);
  });

  it("a field a base configuration made required stays shown in minimal", () => {
    const base = {
      ...DEFAULT_CONFIG,
      fields: DEFAULT_CONFIG.fields.map((f) =>
        f.key === "plan_status" ? { ...f, required: true } : f
      ),
    };
    const status = presetConfig("minimal", base).fields.find((f) => f.key === "plan_status");
    expect(status?.hidden).toBe(false);
  });

  it.each(PRESETS)("%s is a valid Config that reads back as itself", (preset) => {
    const config = presetConfig(preset);
    const parsed = parseConfig(configTablesFrom(editableGrids(config)));
    expect(parsed.ok ? parsed.config : parsed.findings).toEqual(config);
  });
});
