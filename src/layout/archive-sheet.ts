import type { Lang } from "../domain/values";
import { LOCKED_SHEET, SHEET } from "./sheets";
import { text } from "../domain/text/layout";
import type { ArchiveRow, SheetLayout } from "./types";

/** Headers of the `Archive` table: machine names, the same in both languages (readers find rows by them). */
export const ARCHIVE_HEADERS = ["section", "row", "field", "address", "value"] as const;

/** The Archive's last column: why a value moved there (written, not needed to read the rows back). */
export const ARCHIVE_REASON = "reason";

/**
 * The `Archive` sheet (only when something was archived): a table `Archive`
 * of values whose field or month no longer exists — section, row key, field,
 * old address, value — protected, never edited by hand.
 */
export function archiveSheet(rows: readonly ArchiveRow[], lang: Lang): SheetLayout {
  return {
    name: SHEET.archive,
    visibility: "visible",
    protection: LOCKED_SHEET,
    freeze: { rows: 2, columns: 0 },
    columnWidths: [
      { column: "A", width: 18 },
      { column: "B", width: 24 },
      { column: "C", width: 20 },
      { column: "D", width: 18 },
      { column: "E", width: 30 },
      { column: "F", width: 40 },
    ],
    cells: [
      {
        address: "A1",
        content: { kind: "value", value: text("archiveTitle", lang) },
        numberFormat: "@",
        locked: true,
        style: "title",
      },
    ],
    tables: [
      {
        name: SHEET.archive,
        topLeft: "A2",
        columns: [...ARCHIVE_HEADERS, ARCHIVE_REASON].map((header) => ({
          key: header,
          header,
          formula: null,
          numberFormat: "General",
          locked: true,
          style: "plain",
          totals: null,
        })),
        rows: rows.map((r) => [r.section, r.rowKey, r.field, r.address, r.value, r.reason ?? null]),
        style: "TableStyleLight1",
        showRowStripes: true,
        totalsRow: false,
      },
    ],
    validations: [],
    merges: [],
  };
}
