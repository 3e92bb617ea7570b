import { parseA1, rangeA1 } from "../../domain/read/a1";
import type { SnapshotName, SnapshotTable, WorkbookSnapshot } from "../../domain/snapshot";
import type { CellValue } from "../../domain/values";
import type { WorkbookLayout } from "../../layout/types";

/**
 * The snapshot a reader would produce from a layout's VALUES (formula cells
 * read as empty): what the TypeScript side of the parity test checks and
 * calculates, so both sides see exactly the same inputs.
 */
export function snapshotOfLayout(layout: WorkbookLayout): WorkbookSnapshot {
  const cellValue = new Map<string, CellValue>();
  for (const sheet of layout.sheets) {
    for (const cell of sheet.cells) {
      cellValue.set(
        `${sheet.name}!${cell.address}`,
        cell.content.kind === "value" ? cell.content.value : null
      );
    }
  }
  const names: SnapshotName[] = layout.names.map((n) => ({
    name: n.name,
    sheet: n.sheet,
    address: n.address,
    value: cellValue.get(`${n.sheet}!${n.address}`) ?? null,
  }));
  const tables: SnapshotTable[] = layout.sheets.flatMap((sheet) =>
    sheet.tables.map((t) => {
      const top = parseA1(t.topLeft) ?? { row: 0, col: 0 };
      return {
        name: t.name,
        sheet: sheet.name,
        address: rangeA1(top, t.rows.length + 1, t.columns.length),
        headers: t.columns.map((c) => c.header),
        rows: t.rows,
      };
    })
  );
  return {
    sheets: layout.sheets.map((s) => ({ name: s.name, visible: s.visibility === "visible" })),
    names,
    tables,
  };
}
