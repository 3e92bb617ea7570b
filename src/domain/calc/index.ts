/** The calculators of spec section 4: `calculatePlan` and the pieces the checks reuse. */
export { calculatePlan } from "./calculate";
export { planSpanOf, type PlanSpan } from "./plan-span";
export { itemKey } from "./items";
export { completeTiers, tierGroups, applicableTier, type Tier, type TierGroup } from "./discounts";
export { actualsThrough } from "./to-date";
export type {
  PlanNumbers,
  ToDateNumbers,
  Block,
  BlockKey,
  Rollup,
  Ratios,
  DiscountLine,
} from "./types";
