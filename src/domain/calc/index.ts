/** The calculators of spec section 4: `calculatePlan` and the pieces the checks reuse. */
export { calculatePlan } from "./calculate";
export { planSpanOf, type PlanSpan } from "./plan-span";
export { itemKey } from "./items";
export { completeTiers, tierGroups, applicableTier, type Tier, type TierGroup } from "./discounts";
export type { PlanNumbers, Block, BlockKey, Rollup, DiscountLine } from "./types";
