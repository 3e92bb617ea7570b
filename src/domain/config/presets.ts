import { DEFAULT_CONFIG } from "./defaults";
import type { FieldKey, SectionKey } from "./keys";
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

/**
 * Optional fields of the shown sections that minimal leaves out (spec §11, the source: "a simple
 * template with few fields, quick to fill"): the approval workflow and the as-of month (T is
 * then the last month with an actual, spec §9), the earned discount (its tiers are hidden), a
 * team member's commitments and a KPI's unit. Never a core or a required field (presetConfig
 * checks): what the calculations and checks need stays.
 */
export const MINIMAL_HIDDEN_FIELDS: readonly {
  readonly section: SectionKey;
  readonly key: FieldKey;
}[] = [
  { section: "PlanHeader", key: "as_of" },
  { section: "PlanHeader", key: "plan_status" },
  { section: "PlanHeader", key: "approved_by" },
  { section: "PlanHeader", key: "approved_on" },
  { section: "PlanHeader", key: "plan_version" },
  { section: "PlanHeader", key: "discount_earned" },
  { section: "Team", key: "commitments" },
  { section: "KPI", key: "unit" },
];

/** The fields each preset hides, of those the presets decide about (MINIMAL_HIDDEN_FIELDS). */
export const PRESET_HIDDEN_FIELDS: Readonly<Record<Preset, typeof MINIMAL_HIDDEN_FIELDS>> = {
  minimal: MINIMAL_HIDDEN_FIELDS,
  standard: [],
  full: [],
};

/** The sections each preset shows; the others are hidden (their values kept, spec §8, §11). */
export const PRESET_SECTIONS: Readonly<Record<Preset, readonly SectionKey[] | "all">> = {
  minimal: MINIMAL,
  standard: STANDARD,
  full: "all",
};

/**
 * A preset as a configuration: `base` (default: the default configuration) with the
 * sections the preset does not show hidden and the others shown, and the fields of
 * MINIMAL_HIDDEN_FIELDS hidden in minimal and shown in the others (a field of `base` that
 * is core or required stays shown; other fields stay as `base` has them). Presets differ
 * only in `Sections.hidden` and `Fields.hidden`, so *Apply configuration* moves a workbook
 * between them without losing a value: a hidden section keeps its table and values, a
 * hidden field's values wait in HiddenValues (spec §8, §11).
 */
export function presetConfig(preset: Preset, base: KamConfig = DEFAULT_CONFIG): KamConfig {
  const shown = PRESET_SECTIONS[preset];
  const visible = (key: string): boolean => shown === "all" || shown.some((s) => s === key);
  const decided = (section: string, key: string): boolean =>
    MINIMAL_HIDDEN_FIELDS.some((f) => f.section === section && f.key === key);
  const hides = (section: string, key: string): boolean =>
    PRESET_HIDDEN_FIELDS[preset].some((f) => f.section === section && f.key === key);
  return {
    ...base,
    sections: base.sections.map((s) => ({ ...s, hidden: !visible(s.key) })),
    fields: base.fields.map((f) =>
      decided(f.section, f.key)
        ? { ...f, hidden: hides(f.section, f.key) && !f.core && !f.required }
        : f
    ),
  };
}
