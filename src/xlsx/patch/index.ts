/** Restructuring a workbook file in place (spec §8): the package is patched, not regenerated. */
export {
  patchWorkbook,
  sheetCellRef,
  type PatchInput,
  type PatchReport,
  type UnresolvedReference,
} from "./patch-workbook";
