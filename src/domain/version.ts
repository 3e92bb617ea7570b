/**
 * The template version this add-in builds. Stored in the workbook as the
 * `template_version` row of the `Settings` table (spec section 2); a workbook
 * with an older one gets `TEMPLATE_OUTDATED` and can be upgraded in place.
 * Semantic versioning: bump the minor for a layout change, the major for a contract change.
 */
export const TEMPLATE_VERSION = "1.1.0";
