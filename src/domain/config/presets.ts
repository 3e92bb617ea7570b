import { DEFAULT_CONFIG } from "./defaults";
import type { SectionKey } from "./keys";
import type { KamConfig } from "./types";

/** The configurations `template --preset` starts from (spec §11): the source's advice is to start with few fields. */
export const PRESETS = ["minimal", "standard", "full"] as const;

export type Preset = (typeof PRESETS)[number];

const MINIMAL: readonly SectionKey[] = ["PlanHeader", "Team", "SalesPlan", "SalesActual", "KPI"];
const STANDARD: readonly SectionKey[] = [
  ...MINIMAL,
  "Assortment",
  "DiscountTiers",
  "Activities",
  "Risks",
  "ClientProfile",
  "DecisionGroup",
  "Competitors",
];

/** The sections each preset shows; the others are hidden (their values kept, spec §8, §11). */
export const PRESET_SECTIONS: Readonly<Record<Preset, readonly SectionKey[] | "all">> = {
  minimal: MINIMAL,
  standard: STANDARD,
  full: "all",
};

/**
 * A preset as a configuration: `base` (default: the default configuration) with the
 * sections the preset does not show hidden, and, in `minimal`, also the optional
 * non-core fields of the sections it shows (Team `commitments`, KPI `unit`): few
 * fields, fast to fill. `full` shows every section and field of `base`'s defaults.
 * Presets differ only in hidden flags, so *Apply configuration* moves a workbook
 * between them without losing a value (hidden keeps values).
 */
export function presetConfig(preset: Preset, base: KamConfig = DEFAULT_CONFIG): KamConfig {
  const shown = PRESET_SECTIONS[preset];
  const visible = (key: string): boolean => shown === "all" || shown.some((s) => s === key);
  const builtIn = new Set(DEFAULT_CONFIG.fields.map((f) => `${f.section}.${f.key}`));
  return {
    ...base,
    sections: base.sections.map((s) => ({ ...s, hidden: !visible(s.key) })),
    fields: base.fields.map((f) =>
      builtIn.has(`${f.section}.${f.key}`) && !f.core && !f.required
        ? { ...f, hidden: preset === "minimal" && visible(f.section) }
        : f
    ),
  };
}
