import { blockKeyOfHeader } from "../domain/blocks";
import { DEFAULT_CONFIG } from "../domain/config/defaults";
import type { KamConfig } from "../domain/config/types";
import { formatA1, parseA1 } from "../domain/read/a1";
import { monthOfHeader, normalizeText } from "../domain/read/text";
import type { CellValue } from "../domain/values";
import { SHEET } from "../layout/sheets";
import type { ArchiveRow, SheetLayout, WorkbookLayout } from "../layout/types";
import { keyOf } from "../xlsx/patch/placement";
import {
  layoutContent,
  layoutOccupied,
  managedRegions,
  spanOf,
  type SheetContent,
  type TableSpan,
} from "../xlsx/patch/regions";
import type { ArchivedReferences } from "./archived-references";
import { cellOutput } from "./cell-input";
import {
  planSheet,
  type RowOp,
  type NewTable,
  type OldTable,
  type SheetPlan,
  type UserCell,
} from "./in-place-plan";
import type { WorkbookRead } from "./read";

/** Sheets restructured in place, block by block (their user cells and the references to them stay right). */
export const ALIGNED_SHEETS: readonly string[] = [
  SHEET.actionPlan,
  SHEET.dossier,
  SHEET.config,
  SHEET.archive,
];
/** Helper sheets nobody types on: kept (identity), cleared and written again. */
export const REWRITTEN_SHEETS: readonly string[] = [SHEET.summary, SHEET.lists, SHEET.calc];

/** Everything an in-place rebuild will do, computed before anything is written. */
export interface InPlacePlan {
  readonly layout: WorkbookLayout;
  readonly sheets: readonly SheetPlan[];
  /** Helper sheets that exist and are rewritten. */
  readonly rewritten: readonly string[];
  /** User cells the new layout needed (or whose row went), moved to Archive. */
  readonly displaced: readonly ArchiveRow[];
  /** Names the rebuild owns: deleted when the layout no longer has them. */
  readonly ownNames: ReadonlySet<string>;
  /** The user's references into cells this rebuild archives, kept by names (archived-references.ts). */
  readonly references?: ArchivedReferences;
  /** Whether a cell (old coordinates) is deleted by the structural steps: its row, or its table column, goes. */
  readonly goneCell: (sheet: string, row: number, col: number) => boolean;
  /** Table columns the rebuild deletes (by their old header): structured references to them break. */
  readonly goneColumns: readonly { readonly table: string; readonly header: string }[];
  /** The user's formulas on the aligned sheets that stay where they are (old coordinates; `=…`). */
  readonly userFormulas: readonly { readonly sheet: string; readonly cell: UserCell }[];
  /**
   * Tables of the rewritten helper sheets, kept (same place and width): their body rows grown or shrunk to
   * the layout's count by cells inserted or deleted inside them, so that the table ends where the layout's
   * does (a table never grows by values written below it).
   */
  readonly rewrittenRows: readonly { readonly sheet: string; readonly row: RowOp }[];
  /** Tables of the rewritten helper sheets whose place or width changed, or that the layout no longer has: deleted (and added again where the layout has them). */
  readonly rewrittenRecreated: readonly string[];
}

/** The old content of a sheet from the read: values by position (formulas as `=…` text). */
function oldContent(read: WorkbookRead, sheet: string, ours: ReadonlySet<string>): SheetContent {
  const cells = read.sheetCells?.get(sheet);
  const values = new Map<number, CellValue>();
  const origin = parseA1((cells?.address ?? "A1").split(":")[0] ?? "A1") ?? { row: 0, col: 0 };
  cells?.formulas.forEach((row, r) =>
    row.forEach((v, c) => {
      const value = cellOutput(v);
      if (value !== null) values.set(keyOf(origin.row + r, origin.col + c), value);
    })
  );
  const names = read.snapshot.names.flatMap((n) => {
    if (n.sheet !== sheet || n.address === null || !ours.has(n.name.toLowerCase())) return [];
    const at = parseA1(n.address);
    return at ? [{ name: n.name, row: at.row, col: at.col }] : [];
  });
  const tables = read.snapshot.tables
    .filter((t) => t.sheet === sheet)
    .flatMap((t) => {
      const span = spanOf(t.name, t.address);
      return span ? [span] : [];
    });
  return { sheet, values, names, tables };
}

function newTables(sheet: SheetLayout): NewTable[] {
  return sheet.tables.flatMap((t) => {
    const at = parseA1(t.topLeft);
    if (!at) return [];
    const span: TableSpan = {
      name: t.name,
      top: at.row,
      left: at.col,
      bottom: at.row + Math.max(1, t.rows.length),
      right: at.col + t.columns.length - 1,
    };
    return [
      { ...span, keys: t.columns.map((c) => c.key), headers: t.columns.map((c) => c.header) },
    ];
  });
}

/** The key of an old table header in `config`: a month, a block, or a field by any of its labels or key. */
export function columnKeyIn(config: KamConfig): (table: string, header: string) => string | null {
  return (table, header) => {
    const month = monthOfHeader(header);
    if (month !== null) return header.trim();
    const wanted = normalizeText(header);
    for (const f of [...config.fields, ...DEFAULT_CONFIG.fields]) {
      if (f.section !== table) continue;
      if ([f.label.ru, f.label.en, f.key].map(normalizeText).includes(wanted)) return f.key;
    }
    return blockKeyOfHeader(header);
  };
}

/**
 * Plan the in-place rebuild: each aligned sheet that exists and stays (`planSheet`), the user cells that
 * must go to Archive, and the final layout (`layoutFor` with those Archive rows).
 */
export function planInPlace(
  read: WorkbookRead,
  config: KamConfig,
  ownNames: ReadonlySet<string>,
  layoutFor: (extraArchive: readonly ArchiveRow[]) => WorkbookLayout,
  displacedReason: string
): InPlacePlan {
  const existing = new Set(read.sheets.map((s) => s.name));
  const columnKey = columnKeyIn(config);
  const userFormulas = new Map<string, { sheet: string; cell: UserCell }[]>();
  const planOf = (layout: WorkbookLayout, name: string): SheetPlan | null => {
    const sheet = layout.sheets.find((s) => s.name === name);
    if (!sheet || !existing.has(name)) return null;
    const old = oldContent(read, name, ownNames);
    const oldRegions = managedRegions(old);
    const next = layoutContent(layout, sheet);
    const newRegions = managedRegions(next);
    const oldTables: OldTable[] = old.tables.map((t) => ({
      ...t,
      headers: read.snapshot.tables.find((x) => x.name === t.name)?.headers ?? [],
    }));
    const user: UserCell[] = [];
    for (const [key, content] of old.values)
      if (!oldRegions.cells.has(key) && !inTable(oldTables, key))
        user.push({ row: Math.floor(key / 16384), col: key % 16384, content });
    userFormulas.set(
      name,
      user
        .filter((c) => typeof c.content === "string" && c.content.startsWith("="))
        .map((cell) => ({ sheet: name, cell }))
    );
    const lastFilled = (table: string): boolean => {
      const rows = read.snapshot.tables.find((t) => t.name === table)?.rows ?? [];
      return (rows[rows.length - 1] ?? []).some((v) => v !== null && v !== "");
    };
    return planSheet(
      {
        sheet: name,
        oldRegions,
        oldContent: old,
        oldTables,
        newRegions,
        newTables: newTables(sheet),
        occupied: layoutOccupied(next, newRegions),
        columnKey,
      },
      user,
      lastFilled
    );
  };
  const first = layoutFor([]);
  const early = [SHEET.actionPlan, SHEET.dossier, SHEET.config].flatMap(
    (n) => planOf(first, n) ?? []
  );
  const displaced: ArchiveRow[] = early.flatMap((p) =>
    p.displaced.map((c) => ({
      section: p.sheet,
      rowKey: null,
      field: "",
      address: `${p.sheet}!${formatA1(c)}`,
      value: c.content,
      reason: displacedReason,
    }))
  );
  const layout = displaced.length > 0 ? layoutFor(displaced) : first;
  const archive = planOf(layout, SHEET.archive);
  const rewritten = REWRITTEN_SHEETS.filter(
    (n) => existing.has(n) && layout.sheets.some((s) => s.name === n)
  );
  const plans = [...early, ...(archive ? [archive] : [])];
  const goneColumns = new Map<string, { top: number; bottom: number; col: number }[]>();
  const goneHeaders: { table: string; header: string }[] = [];
  for (const t of read.snapshot.tables) {
    const sheet = layout.sheets.find((s) => s.name === t.sheet);
    const span = spanOf(t.name, t.address);
    if (!sheet || !span || !plans.some((p) => p.sheet === t.sheet)) continue;
    const keys = new Set(sheet.tables.find((x) => x.name === t.name)?.columns.map((c) => c.key));
    t.headers.forEach((header, i) => {
      const key = columnKey(t.name, header);
      if (key !== null && keys.has(key)) return;
      goneHeaders.push({ table: t.name, header });
      goneColumns.set(t.sheet, [
        ...(goneColumns.get(t.sheet) ?? []),
        { top: span.top, bottom: span.bottom, col: span.left + i },
      ]);
    });
  }
  const goneCell = (sheet: string, row: number, col: number): boolean => {
    const p = plans.find((x) => x.sheet === sheet);
    if (!p) return false;
    if (p.rowOf(row) === null) return true;
    return (goneColumns.get(sheet) ?? []).some(
      (c) => c.col === col && row >= c.top && row <= c.bottom
    );
  };
  return {
    goneCell,
    goneColumns: goneHeaders,
    layout: withLastRowsMoved(layout, plans),
    sheets: plans,
    rewritten,
    displaced,
    ownNames,
    userFormulas: [...userFormulas.values()]
      .flat()
      .filter((f) => !displaced.some((d) => d.address === `${f.sheet}!${formatA1(f.cell)}`)),
    ...rewrittenTables(read, layout, rewritten),
  };
}

/** How the kept tables of the rewritten helper sheets get the layout's row count (see `InPlacePlan`). */
function rewrittenTables(
  read: WorkbookRead,
  layout: WorkbookLayout,
  rewritten: readonly string[]
): Pick<InPlacePlan, "rewrittenRows" | "rewrittenRecreated"> {
  const rows: { sheet: string; row: RowOp }[] = [];
  const recreated: string[] = [];
  for (const sheet of layout.sheets) {
    if (!rewritten.includes(sheet.name)) continue;
    for (const t of sheet.tables) {
      const old = read.snapshot.tables.find((x) => x.name === t.name);
      if (!old) continue;
      const span = spanOf(old.name, old.address);
      const at = parseA1(t.topLeft);
      if (
        !span ||
        !at ||
        old.sheet !== sheet.name ||
        span.top !== at.row ||
        span.left !== at.col ||
        span.right - span.left + 1 !== t.columns.length
      ) {
        recreated.push(t.name);
        continue;
      }
      const body = span.bottom - span.top;
      const wanted = Math.max(1, t.rows.length);
      const columns = { from: span.left, to: span.right };
      // Cells inserted above the last body row, deleted from the first: always inside the table, so that
      // the table grows and shrinks with them, and so does the undo (the content is written afterwards).
      if (wanted > body)
        rows.push({
          sheet: sheet.name,
          row: { kind: "insert", at: span.bottom, count: wanted - body, columns },
        });
      else if (wanted < body)
        rows.push({
          sheet: sheet.name,
          row: { kind: "delete", at: span.top + 1, count: body - wanted, columns },
        });
    }
  }
  for (const t of read.snapshot.tables)
    if (
      rewritten.includes(t.sheet) &&
      !layout.sheets.some((s) => s.tables.some((x) => x.name === t.name))
    )
      recreated.push(t.name);
  return { rewrittenRows: rows, rewrittenRecreated: recreated };
}

function inTable(tables: readonly TableSpan[], key: number): boolean {
  const row = Math.floor(key / 16384);
  const col = key % 16384;
  return tables.some((t) => row >= t.top && row <= t.bottom && col >= t.left && col <= t.right);
}

/** The layout with each `moveLastRow` applied: a table's body row moved to where its old content now is. */
function withLastRowsMoved(layout: WorkbookLayout, plans: readonly SheetPlan[]): WorkbookLayout {
  const moves = new Map(plans.flatMap((p) => [...p.moveLastRow]));
  if (moves.size === 0) return layout;
  return {
    ...layout,
    sheets: layout.sheets.map((s) => ({
      ...s,
      tables: s.tables.map((t) => {
        const move = moves.get(t.name);
        if (!move) return t;
        const rows = [...t.rows];
        const [row] = rows.splice(move.from, 1);
        if (row) rows.splice(move.to, 0, row);
        return { ...t, rows };
      }),
    })),
  };
}
