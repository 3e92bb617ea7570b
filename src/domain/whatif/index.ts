/** What-if (spec §10): change inputs of a plan in memory and compare every computed value before and after. */
export {
  parseWhatIfChanges,
  WHATIF_KEYS,
  MAX_DEFERRAL_DAYS,
  type WhatIfChange,
  type WhatIfInput,
  type WhatIfInputError,
  type WhatIfParse,
  type VolumeChange,
} from "./changes";
export {
  applyChanges,
  splitInProportion,
  type InputChange,
  type InputTarget,
  type ChangedPlan,
} from "./apply-changes";
export { computedValues, snakeCase, type ComputedValue, type Leaf, type ValueUnit } from "./values";
export {
  whatIf,
  whatIfWith,
  whatIfFromInput,
  compareValues,
  type ValueChange,
  type WhatIfResult,
  type WhatIfOptions,
  type FindingChanges,
} from "./whatif";
export { cellWritesOf, cellHolds, type CellWrite } from "./cell-writes";
