import type { SnapshotName } from "../../domain/snapshot";
import { formatA1, parseA1 } from "../../domain/read/a1";
import { cellKey, type SheetCells, type SheetFormulas } from "./cells";
import type { RawDefinedName } from "./workbook-part";

/** Where a defined name's reference starts: its sheet and top-left A1 cell. */
export interface NameTarget {
  readonly sheet: string;
  readonly address: string;
}

/** The first area of a reference list (`A!$A$1,A!$B$2` → `A!$A$1`), commas inside quotes kept. */
function firstArea(formula: string): string {
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) return formula.slice(0, i);
  }
  return formula;
}

/**
 * Parse a defined name's reference: `ActionPlan!$C$5`, `'Досье'!$C$5:$C$9`,
 * `Lists!$A:$A` (whole column → its first cell), `Sheet!$3:$3`. Null for a
 * broken reference (`#REF!`), a constant or a formula.
 */
export function parseNameTarget(formula: string): NameTarget | null {
  const area = firstArea(formula.replace(/^=/, "").trim());
  const match = /^(?:'((?:[^']|'')+)'|([^'!"=(),]+))!(.+)$/.exec(area);
  if (!match) return null;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? "");
  const local = (match[3] ?? "").replace(/\$/g, "");
  const [from = "", to] = local.split(":");
  const cell = parseA1(from);
  if (cell) return { sheet, address: formatA1(cell) };
  if (to !== undefined && /^[A-Za-z]{1,3}$/.test(from)) {
    const column = parseA1(`${from}1`);
    return column ? { sheet, address: formatA1(column) } : null;
  }
  if (to !== undefined && /^\d{1,7}$/.test(from)) {
    const row = parseA1(`A${from}`);
    return row ? { sheet, address: formatA1(row) } : null;
  }
  return null;
}

/**
 * The snapshot's names: each workbook-scoped defined name with its sheet,
 * top-left A1 cell and that cell's raw value; sheet and address null when
 * the reference is broken or names a sheet the workbook does not have.
 */
export function resolveNames(
  names: readonly RawDefinedName[],
  cellsOf: (sheet: string) => SheetCells | null,
  formulasOf: (sheet: string) => SheetFormulas = () => new Map()
): SnapshotName[] {
  return names.map(({ name, formula }) => {
    const target = parseNameTarget(formula);
    const cells = target ? cellsOf(target.sheet) : null;
    const position = target ? parseA1(target.address) : null;
    if (!target || !cells || !position)
      return { name, sheet: null, address: null, value: null, formula: null };
    return {
      name,
      sheet: target.sheet,
      address: target.address,
      value: cells.get(cellKey(position.row, position.col)) ?? null,
      formula: formulasOf(target.sheet).get(cellKey(position.row, position.col)) ?? null,
    };
  });
}
