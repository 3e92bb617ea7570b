import { formatA1, parseA1 } from "../domain/read/a1";
import { archiveValueCells } from "../xlsx/patch/cell-mover";
import { rewriteFormulaRefs, sheetCellRef, type Moved } from "../xlsx/patch/formula-refs";
import { SHEET } from "../layout/sheets";
import type { InPlacePlan } from "./in-place";
import type { WorkbookRead } from "./read";

/**
 * The user's references to cells whose value this rebuild moves to the Archive (a removed field, a removed
 * month, a cell the layout needed), on the live path (spec §8, issue #11).
 *
 * Excel turns a reference to a deleted cell into `#REF!` for good. So before the rows go, each such
 * reference in a user's formula is replaced by a defined name, `kam_archive_<row>` (its Archive row); at
 * the end of the batch the name is added, pointing at the value's cell on the Archive. The formula's
 * other references are left to Excel, which moves them with their cells. A user's name that points at
 * such a cell is pointed at the Archive cell. On failure the original formulas are written back
 * (in-place-transaction.ts).
 */

/** A user's formula rewritten: where it is (its sheet does not move), and its text before and after. */
export interface FormulaFix {
  readonly sheet: string;
  readonly address: string;
  readonly before: string;
  readonly after: string;
}

/** What the rebuild does to the user's references into archived cells. */
export interface ArchivedReferences {
  readonly formulas: readonly FormulaFix[];
  /** Names to add at the end of the batch: the token and its Archive cell (`Archive!$E$7`). */
  readonly tokens: readonly { readonly name: string; readonly address: string }[];
  /** The user's names pointed at an Archive cell, with their new reference (`Archive!$E$7`): deleted and added again at the end of the batch. */
  readonly names: readonly { readonly name: string; readonly address: string }[];
  /**
   * The user's cells and names whose reference Excel will turn into `#REF!`: the cell goes and its value
   * has no Archive cell (empty, or kept hidden). Listed in the action's result.
   */
  readonly broken: readonly string[];
}

/** The references of `read`'s user formulas and names to the cells `plan` archives, and how to keep them. */
export function archivedReferences(
  read: WorkbookRead,
  plan: InPlacePlan,
  archivedNow: number
): ArchivedReferences {
  const rows = plan.layout.sheets
    .find((s) => s.name === SHEET.archive)
    ?.tables.find((t) => t.name === "Archive")?.rows.length;
  // This run's Archive rows (an absent Archive table gives none).
  const cells = archiveValueCells(plan.layout, (rows ?? 0) - archivedNow - plan.displaced.length);
  const existing = new Map(read.names.map((n) => [n.name.toLowerCase(), n.formula]));
  const tokens = new Map<string, { name: string; address: string }>();
  const tokenOf = (row: number, col: number): string => {
    const address = `${SHEET.archive}!${formatA1({ row, col }, true)}`;
    let name = `kam_archive_${String(row + 1)}`;
    for (let k = 2; ; k += 1) {
      const taken = existing.get(name.toLowerCase());
      if (taken === undefined || taken === `=${address}`) break;
      name = `kam_archive_${String(row + 1)}_${String(k)}`;
    }
    if (existing.get(name.toLowerCase()) === undefined) tokens.set(name, { name, address });
    return name;
  };
  const mover = (sheet: string, row: number, col: number): Moved => {
    const at = cells.get(sheetCellRef(sheet, row, col));
    if (at) return { name: tokenOf(at.row, at.col) };
    return plan.goneCell(sheet, row, col) ? "gone" : null;
  };
  const managed = new Set(plan.layout.sheets.map((s) => s.name));
  const candidates: { sheet: string; row: number; col: number; formula: string }[] = [
    ...plan.userFormulas.map((f) => ({
      sheet: f.sheet,
      ...f.cell,
      formula: String(f.cell.content),
    })),
  ];
  for (const [sheet, used] of read.sheetCells ?? []) {
    if (managed.has(sheet)) continue;
    const protectedSheet = read.sheets.find((s) => s.name === sheet)?.protected === true;
    if (protectedSheet) continue;
    const origin = parseA1(used.address.split(":")[0] ?? "A1") ?? { row: 0, col: 0 };
    used.formulas.forEach((line, r) =>
      line.forEach((f, c) => {
        if (typeof f === "string" && f.startsWith("="))
          candidates.push({ sheet, row: origin.row + r, col: origin.col + c, formula: f });
      })
    );
  }
  // A structured reference to a deleted table column (`SalesPlan[2027-04]`, `T[[#This Row],[X]]`).
  const gone = plan.goneColumns.map(
    (g) =>
      new RegExp(
        `(^|[^\\p{L}\\p{N}_.])${escapeRegExp(g.table)}\\[(?:[^\\]]*\\[)?\\s*${escapeRegExp(
          g.header.replace(/['#[\]]/g, "'$&")
        )}\\s*\\]`,
        "iu"
      )
  );
  const formulas: FormulaFix[] = [];
  const broken: string[] = [];
  for (const c of candidates) {
    const rewritten = rewriteFormulaRefs(c.formula.slice(1), c.sheet, mover);
    if (rewritten.unresolved.length > 0 || gone.some((g) => g.test(c.formula)))
      broken.push(sheetCellRef(c.sheet, c.row, c.col));
    if (rewritten.changed)
      formulas.push({
        sheet: c.sheet,
        address: formatA1(c),
        before: c.formula,
        after: `=${rewritten.text}`,
      });
  }
  // A user's name is pointed at the Archive cell itself (a name is not moved by the rows that go).
  const toArchive = (sheet: string, row: number, col: number): Moved => {
    const at = cells.get(sheetCellRef(sheet, row, col));
    if (at) return { sheet: SHEET.archive, row: at.row, col: at.col };
    return plan.goneCell(sheet, row, col) ? "gone" : null;
  };
  const names: { name: string; address: string }[] = [];
  for (const n of read.names) {
    if (plan.ownNames.has(n.name.toLowerCase()) || !n.formula.startsWith("=")) continue;
    const rewritten = rewriteFormulaRefs(n.formula.slice(1), null, toArchive);
    if (rewritten.unresolved.length > 0) broken.push(n.name);
    else if (rewritten.changed) names.push({ name: n.name, address: rewritten.text });
  }
  return { formulas, tokens: [...tokens.values()], names, broken };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
