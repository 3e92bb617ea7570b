import type { Bilingual, Lang } from "../values";

/**
 * The configuration a SKAM edits on the `Config` sheet (spec section 6),
 * as the core uses it after parsing. The zod schemas in `schemas.ts`
 * produce exactly these types.
 */
export interface KamConfig {
  readonly settings: Settings;
  /** Sorted by `order`. */
  readonly sections: readonly SectionDef[];
  /** Sorted by section, then `order`. */
  readonly fields: readonly FieldDef[];
  readonly lists: readonly ListDef[];
}

export interface Settings {
  readonly language: Lang;
  readonly currency: string;
  /** 1–12, the month the fiscal year starts in. */
  readonly fiscalYearStartMonth: number;
  readonly reviewCadenceMonths: number;
  /** A fraction: 0.25 is 25 %. */
  readonly maxDiscount: number;
  readonly maxCreditDepthDays: number;
  /** Gross margin as a fraction (0.3 is 30 %) for a promo's return (spec §10); null when not set. */
  readonly grossMargin: number | null;
  /** Written by the add-in, read-only for people, e.g. `1.0.0`. */
  readonly templateVersion: string;
  /**
   * Protect the plan sheets (spec §8; default false). Unprotected, typing
   * below a table extends it and FORMULA_OVERWRITTEN guards the computed
   * cells; protected, Excel cannot grow a table, so the pane offers *Add rows*.
   */
  readonly protectSheets: boolean;
  /**
   * Where the SKAM's reference configuration is (spec §11): an https URL the task pane
   * fetches, or a file path (for the CLI's `--config`; a pane cannot open files). Empty: none.
   */
  readonly referenceConfig: string;
}

/** The two sheets that hold sections. */
export type PlanSheet = "ActionPlan" | "Dossier";

export interface SectionDef {
  /** Identifier, also the Excel table name for a table section (`SalesPlan`). */
  readonly key: string;
  readonly sheet: PlanSheet;
  readonly kind: "form" | "table";
  readonly label: Bilingual;
  readonly order: number;
  /**
  /**
   * A hidden section (spec §11) keeps its values in the workbook, but its checks are
   * skipped and the values computed from it are empty or 0, as if its table were empty.
   */
  readonly hidden: boolean;
}

/** A field's type: a discriminated union, switch on `kind` exhaustively. */
export type FieldType =
  | { readonly kind: "text" }
  | { readonly kind: "long_text" }
  | { readonly kind: "integer" }
  | { readonly kind: "number" }
  | { readonly kind: "amount" }
  | { readonly kind: "percent" }
  | { readonly kind: "date" }
  | { readonly kind: "bool" }
  | { readonly kind: "computed" }
  | { readonly kind: "list"; readonly list: string };

export type FieldKind = FieldType["kind"];

export interface FieldDef {
  /** Key of the section the field belongs to. */
  readonly section: string;
  /** Identifier; for a form field also its defined name (`plan_start`). */
  readonly key: string;
  readonly label: Bilingual;
  readonly type: FieldType;
  readonly required: boolean;
  /** Bounds in the field's own unit (percent as a fraction, date as a serial); null when open. */
  readonly min: number | null;
  readonly max: number | null;
  readonly help: Bilingual;
  readonly order: number;
  readonly hidden: boolean;
  /** Used by calculations and checks: may be relabelled, not deleted or retyped. */
  readonly core: boolean;
}

export interface ListDef {
  readonly key: string;
  /** Sorted by `order`. */
  readonly values: readonly ListValue[];
}

export interface ListValue {
  /** The language-neutral key (`half_year`). */
  readonly value: string;
  readonly label: Bilingual;
  readonly order: number;
}
