/**
 * Sheet names of the workbook: language-neutral and stable (spec section 2),
 * so formulas, scripts and the readers find them in any language.
 */
export const SHEET = {
  /** The one-page review of the plan (spec §9), first in tab order. */
  summary: "Summary",
  actionPlan: "ActionPlan",
  dossier: "Dossier",
  config: "Config",
  /** Hidden: dropdown sources in the workbook language. */
  lists: "Lists",
  /** Hidden and protected: helper cells of the formulas (months, blocks, discounts, credit). */
  calc: "Calc",
  /** Values of removed fields (only when something was archived). */
  archive: "Archive",
} as const;

/** Empty body rows every data table gets below its values, so a KAM can type without inserting rows. */
export const SPARE_ROWS = 5;

/** Protection of a sheet nobody edits by hand (helper sheets, Archive). */
export const LOCKED_SHEET = {
  allowInsertRows: false,
  allowDeleteRows: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowSort: false,
  allowAutoFilter: false,
} as const;

/** Protection of the plan sheets: inputs unlocked, rows may be inserted and deleted, columns resized, filters used. */
export const PLAN_SHEET = {
  allowInsertRows: true,
  allowDeleteRows: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowSort: false,
  allowAutoFilter: true,
} as const;
