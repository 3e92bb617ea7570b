import type { FindingCode } from "../../codes";
import type { Loosening } from "../../config/drift-rules";
import type { ReferenceProblem } from "../../config/reference-location";
import type { FieldKind } from "../../config/types";
import type { Bilingual, Lang } from "../../values";
import type { ConfigProblemArgs } from "./config-problems";
import type { EconomicsArgs } from "./economics-args";

/**
 * The values that explain each finding, by code: what a check hands to its message. Texts
 * arrive formatted in the workbook language (amounts with the currency, dates, percents and
 * list labels through `text/format.ts`); switches are literal types. A code without an entry
 * here, or a template without an entry in the dictionary, is a compile error.
 */
export interface FindingArgs extends EconomicsArgs {
  readonly REQUIRED_MISSING:
    | { readonly scope: "table"; readonly section: string }
    | {
        readonly scope: "row";
        readonly section: string;
        readonly row: number;
        readonly field: string;
        readonly cell: string;
      }
    | {
        readonly scope: "form";
        readonly section: string;
        readonly field: string;
        readonly cell: string;
      };
  readonly TYPE_INVALID: {
    readonly field: string;
    readonly value: string;
    readonly type: FieldKind;
    readonly hint: TypeHint;
  };
  readonly OUT_OF_RANGE: { readonly field: string; readonly value: string; readonly range: string };
  readonly NOT_IN_LIST: {
    readonly field: string;
    readonly value: string;
    readonly allowed: string;
  };
  readonly SHEET_MISSING: { readonly sheet: string };
  readonly TABLE_MISSING: {
    readonly table: string;
    readonly label: string;
    readonly sheet: string;
  };
  readonly NAME_MISSING: {
    readonly name: string;
    readonly field: string;
    readonly broken: "yes" | "no";
  };
  readonly COLUMN_MISSING: { readonly section: string; readonly column: string };
  /** `cell` is `Sheet!A1`; `field` the field or column label; `value` what was typed (shortened). */
  readonly FORMULA_OVERWRITTEN: {
    readonly cell: string;
    readonly field: string;
    readonly value: string;
  };
  readonly COLUMN_UNKNOWN: {
    readonly section: string;
    readonly column: string;
    readonly duplicate: "yes" | "no";
  };
  readonly CONFIG_INVALID: {
    readonly table: string;
    readonly column: string;
    readonly cell: string;
  } & ConfigProblemArgs;
  /** `found` is null when the workbook names no version. */
  readonly TEMPLATE_OUTDATED: { readonly found: string | null; readonly current: string };
  /**
   * `row`: the row's key (`max_discount`, `KPI.weight`); `column` null when a whole row differs;
   * `value` / `reference` as the Config cell shows them, null where that side lacks the row.
   */
  /** `where`: the `reference_config` setting as written. */
  readonly REFERENCE_UNREACHABLE: { readonly where: string; readonly problem: ReferenceProblem };
  readonly CONFIG_DRIFT: {
    readonly cell: string;
    readonly table: string;
    readonly row: string;
    readonly column: string | null;
    readonly value: string | null;
    readonly reference: string | null;
    readonly loosening: Loosening | null;
  };
  /** `reason`: why the file cannot be read, as the .xlsx guards say it, in both languages. */
  readonly FILE_UNREADABLE: { readonly reason: Bilingual };
  readonly PLAN_START_NOT_MONTH_START: { readonly date: string; readonly first: string };
  readonly PLAN_START_OFF_FISCAL: {
    readonly period: string;
    readonly start: string;
    readonly fiscalStart: string;
    readonly previous: string;
    readonly next: string;
  };
  readonly KPI_PERIOD_LONGER_THAN_PLAN: {
    readonly kpi: string;
    readonly period: string;
    readonly plan: string;
  };
  readonly KPI_PERIOD_MISALIGNED: {
    readonly kpi: string;
    readonly period: string;
    readonly fiscalStart: string;
    readonly start: string;
    readonly end: string;
  };
  readonly KPI_SHORTER_THAN_CHECKPOINT: {
    readonly kpi: string;
    readonly period: string;
    readonly checkpoint: string;
  };
  readonly CHECKPOINTS_MISSING: { readonly plan: string };
  readonly CHECKPOINT_NOT_SHORTER_THAN_PLAN: { readonly checkpoint: string; readonly plan: string };
  readonly SALES_MONTHS_MISMATCH: {
    readonly table: string;
    readonly first: string;
    readonly last: string;
    readonly count: number;
    /** Month headers (`YYYY-MM`, as they must be typed) joined by `, `; empty when none. */
    readonly missing: string;
    readonly extra: string;
    /** 1 when only the order is wrong. */
    readonly order: 0 | 1;
  };
  readonly DATE_OUTSIDE_PLAN: {
    readonly activity: string;
    readonly date: string;
    readonly start: string;
    readonly end: string;
  };
  readonly KPI_WEIGHTS_NOT_100: {
    readonly sum: string;
    readonly diff: string;
    /** 1: above 100 %, −1: below. */
    readonly direction: 1 | -1;
  };
  readonly DISCOUNT_TIERS_NOT_MONOTONIC: {
    readonly group: string;
    readonly tier: string;
    readonly threshold: string;
    readonly rate: string;
    readonly lowerThreshold: string;
    readonly lowerRate: string;
  };
  readonly DISCOUNT_ABOVE_MAX:
    | { readonly kind: "tier"; readonly rate: string; readonly max: string }
    | {
        readonly kind: "effective";
        readonly rate: string;
        readonly max: string;
        readonly discount: string;
        readonly sales: string;
      };
  readonly DISCOUNT_BASIS_LONGER_THAN_PLAN: { readonly basis: string; readonly plan: string };
  readonly CREDIT_LIMIT_EXCEEDED: {
    readonly required: string;
    readonly limit: string;
    /** The month of the peak need, or '' when unknown. */
    readonly month: string;
    readonly days: string;
    /** 1 when the limit is 0 (no credit line). */
    readonly zero: 0 | 1;
  };
  readonly CREDIT_DEPTH_ABOVE_MAX: { readonly days: string; readonly max: string };
  readonly BUDGET_EXCEEDED: {
    readonly spending: string;
    readonly budget: string;
    readonly over: string;
  };
  readonly TEAM_NO_KAM: { readonly role: string };
  readonly TEAM_NO_EXECUTIVE_SPONSOR: { readonly role: string };
  readonly SALES_ITEM_NOT_IN_ASSORTMENT: { readonly item: string };
  readonly ACTUAL_ITEM_NOT_IN_PLAN: { readonly item: string };
  readonly DUPLICATE_VALUE:
    | {
        readonly kind: "threshold";
        readonly group: string;
        readonly value: string;
        readonly first: string;
      }
    | {
        readonly kind: "item";
        readonly table: string;
        readonly value: string;
        readonly first: string;
      };
  readonly OPPORTUNITY_BELOW_PLAN: {
    readonly opportunity: string;
    readonly plan: string;
    readonly months: number;
  };
  readonly REVIEW_OVERDUE: { readonly last: string; readonly next: string; readonly today: string };
  readonly DMU_NO_DECISION_MAKER: { readonly role: string };
  readonly DMU_NO_SUPPORTER: { readonly attitude: string };
  readonly DMU_ROLE_UNCOVERED: { readonly role: string };
  readonly COMPETITOR_TYPES_UNCOVERED: { readonly types: string; readonly count: number };
  readonly ACTUALS_MISSING: {
    /** The months as `янв 2027, фев 2027`. */
    readonly months: string;
    readonly count: number;
    readonly table: string;
  };
  readonly APPROVAL_INCOMPLETE: {
    readonly status: string;
    /** The labels of the empty fields, quoted and joined. */
    readonly missing: string;
  };
  readonly PLAN_NOT_APPROVED: { readonly status: string; readonly start: string };
}

/** Why a value is not of its type (`TYPE_INVALID`'s `hint`): the reader picks it, structure.ts words it. */
export type TypeHint =
  | "number_as_text"
  | "not_a_number"
  | "not_whole"
  | "percent_text"
  | "date_text"
  | "date_range"
  | "bool_text"
  | "too_large";

/** A message template: a function of the code's arguments per language, Russian first. */
export type MessageTemplate<A> = Readonly<Record<Lang, (args: A) => string>>;

/** Templates of some codes, each typed by its own arguments. */
export type MessageTemplates<C extends FindingCode> = {
  readonly [K in C]: MessageTemplate<FindingArgs[K]>;
};

/** The whole dictionary: every finding code has its template (missing one fails to compile). */
export type MessageDictionary = MessageTemplates<FindingCode>;
