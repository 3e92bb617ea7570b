import { fromMinor, toMinor } from "../money";
import type { CellValue, Month } from "../values";
import type { ActualRecord, BadRow } from "./actuals-grid";
import { cellText, matchKey } from "./normalize";

/**
 * Merging imported actual sales into the `SalesActual` table (spec §7: items
 * matched trimmed, inner spaces collapsed, case-insensitive).
 *
 * Decisions: records of the same item and month add up (an export lists
 * invoices); each imported (item, month) REPLACES that cell, so importing the
 * same export twice gives the same workbook; cells the export does not mention
 * are kept. An item missing from `SalesActual` gets a new row, spelled as in
 * `SalesPlan` when it is planned; an item not in the plan at all is real sales
 * (spec §7 counts it in the actual totals), so it is added too and reported.
 * A month outside the plan has no column to go to: it is reported with its
 * lines and amount, not written. Pure: the CLI and the task pane both call it.
 */

/** One table row as the layout keeps values: by field key (`item`) and by month (`2027-01`). */
export type SalesRowValues = Readonly<Record<string, CellValue>>;

/** The plan the actuals go into. */
export interface ActualsTarget {
  /** The plan's months, `YYYY-MM`, in order. */
  readonly months: readonly Month[];
  /** `SalesPlan` items as spelled in their first row. */
  readonly planItems: readonly string[];
  /** Current `SalesActual` rows (amounts in currency units, as the cells hold them). */
  readonly rows: readonly SalesRowValues[];
}

/** Lines and total of imported records that share an item or a month. */
export interface ImportGroup {
  readonly key: string;
  readonly lines: readonly number[];
  /** Minor units. */
  readonly amount: number;
}

/** What an import did, for the CLI output and the task pane's message. */
export interface ActualsReport {
  /** Records taken (after bad rows were set aside). */
  readonly records: number;
  /** Sum of all records in minor units, including months outside the plan. */
  readonly total: number;
  /** Cells written (item × month). */
  readonly cellsWritten: number;
  /** Written cells that held a different value before (an earlier import or a typed number was replaced). */
  readonly cellsReplaced: number;
  /** Planned items that got a new `SalesActual` row. */
  readonly rowsAdded: readonly string[];
  /** Items not in `SalesPlan`: added as rows (real sales), listed with their lines. */
  readonly unknownItems: readonly ImportGroup[];
  /** Months outside the plan: not written (no column), listed with lines and amount. */
  readonly monthsOutsidePlan: readonly ImportGroup[];
  /** Rows the reader could not take, with their lines. */
  readonly badRows: readonly BadRow[];
}

/** The new `SalesActual` rows and the report. */
export interface ActualsMerge {
  readonly rows: readonly SalesRowValues[];
  readonly report: ActualsReport;
}

function group(
  map: Map<string, { key: string; lines: number[]; amount: number }>,
  key: string,
  record: ActualRecord
): void {
  const id = matchKey(key);
  const entry = map.get(id) ?? { key, lines: [], amount: 0 };
  entry.lines.push(record.line);
  entry.amount += record.amount;
  map.set(id, entry);
}

function minorOf(value: CellValue | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? toMinor(value) : null;
}

/** Merge imported records into the target's `SalesActual` rows. */
export function mergeActuals(
  target: ActualsTarget,
  records: readonly ActualRecord[],
  badRows: readonly BadRow[] = []
): ActualsMerge {
  const planMonths = new Set(target.months);
  const planned = new Map<string, string>();
  for (const item of target.planItems)
    if (!planned.has(matchKey(item))) planned.set(matchKey(item), item);
  const outside = new Map<string, { key: string; lines: number[]; amount: number }>();
  const unknown = new Map<string, { key: string; lines: number[]; amount: number }>();
  // item key → month → minor units, in the order items first appear.
  const sums = new Map<string, { item: string; months: Map<Month, number> }>();
  for (const record of records) {
    if (!planMonths.has(record.month)) {
      group(outside, record.month, record);
      continue;
    }
    const id = matchKey(record.item);
    if (!planned.has(id)) group(unknown, record.item, record);
    const entry = sums.get(id) ?? { item: record.item, months: new Map<Month, number>() };
    entry.months.set(record.month, (entry.months.get(record.month) ?? 0) + record.amount);
    sums.set(id, entry);
  }
  const rows: Record<string, CellValue>[] = target.rows.map((row) => ({ ...row }));
  const rowOf = new Map<string, Record<string, CellValue>>();
  for (const row of rows) {
    const text = cellText(row.item);
    if (text !== null && !rowOf.has(matchKey(text))) rowOf.set(matchKey(text), row);
  }
  const rowsAdded: string[] = [];
  let cellsWritten = 0;
  let cellsReplaced = 0;
  for (const [id, entry] of sums) {
    let row = rowOf.get(id);
    if (!row) {
      const spelled = planned.get(id);
      row = { item: spelled ?? entry.item };
      for (const month of target.months) row[month] = null;
      rows.push(row);
      rowOf.set(id, row);
      if (spelled !== undefined) rowsAdded.push(spelled);
    }
    for (const [month, minor] of entry.months) {
      const before = minorOf(row[month]);
      if (before !== null && before !== minor) cellsReplaced += 1;
      row[month] = fromMinor(minor);
      cellsWritten += 1;
    }
  }
  const list = (
    m: Map<string, { key: string; lines: number[]; amount: number }>
  ): ImportGroup[] => [...m.values()];
  const total = records.reduce((s, r) => s + r.amount, 0);
  return {
    rows,
    report: {
      records: records.length,
      total,
      cellsWritten,
      cellsReplaced,
      rowsAdded,
      unknownItems: list(unknown),
      monthsOutsidePlan: list(outside).sort((a, b) => a.key.localeCompare(b.key)),
      badRows,
    },
  };
}
