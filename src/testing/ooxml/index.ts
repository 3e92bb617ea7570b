/** Validation of written .xlsx packages: ISO/IEC 29500 schemas (xmllint) and Excel's unstated rules. */
export { formatProblems, validatePackages, excelRuleProblems } from "./validate";
export type { OoxmlProblem, WrittenPackage } from "./validate";
export { schemaDir } from "./schemas";
