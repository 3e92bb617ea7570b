/**
 * The values that explain the findings of spec §10 (negotiation economics and
 * the sharper checks), by code; part of `FindingArgs`. Texts arrive formatted
 * in the workbook language.
 */
export interface EconomicsArgs {
  readonly KPI_TARGET_NOT_PLAN: {
    readonly kpi: string;
    readonly target: string;
    readonly plan: string;
    /** The difference as a share of the plan, formatted (`14,3 %`). */
    readonly diff: string;
  };
  readonly PROMO_UNPROFITABLE: {
    readonly activity: string;
    readonly incremental: string;
    readonly margin: string;
    readonly cost: string;
    readonly loss: string;
  };
  readonly DELISTED_ITEM_PLANNED: {
    readonly item: string;
    readonly status: string;
    readonly planned: string;
  };
  readonly RISK_WITHOUT_MITIGATION: {
    readonly risk: string;
    /** The level label (`высокий` / `high`) and which of probability / impact holds it. */
    readonly level: string;
    readonly what: "probability" | "impact" | "both";
  };
  readonly ACTIVITY_WITHOUT_OWNER: { readonly activity: string };
  readonly DMU_CONTACT_STALE:
    | { readonly kind: "never"; readonly person: string; readonly role: string }
    | {
        readonly kind: "stale";
        readonly person: string;
        readonly role: string;
        readonly last: string;
        readonly due: string;
        readonly months: number;
      };
}

/** The codes of spec §10 whose messages live in economics.ts. */
export type EconomicsCode = keyof EconomicsArgs;
