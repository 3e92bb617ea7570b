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
 * sections the preset does not show hidden and the others shown. Presets differ only in
 * `Sections.hidden`, so *Apply configuration* moves a workbook between them without losing
 * a value: a hidden section keeps its table and values (spec §8, §11). Fields are left as
 * `base` has them: hiding a field still moves its values to Archive until hidden fields
 * keep theirs (issue #11), so no preset hides one.
 */
export function presetConfig(preset: Preset, base: KamConfig = DEFAULT_CONFIG): KamConfig {
  const shown = PRESET_SECTIONS[preset];
  const visible = (key: string): boolean => shown === "all" || shown.some((s) => s === key);
  return { ...base, sections: base.sections.map((s) => ({ ...s, hidden: !visible(s.key) })) };
}
