import type { WorkbookDump } from "./types";

/**
 * The differences between two dumps as readable lines (`sheet ActionPlan
 * cell B7: numberFormat dd.mm.yyyy ≠ General`), empty when they are equal.
 * At most `limit` lines.
 */
export function diffDumps(a: WorkbookDump, b: WorkbookDump, limit = 40): string[] {
  const out: string[] = [];
  const push = (line: string): void => {
    if (out.length < limit) out.push(line);
  };
  const sheetsA = a.sheets.map((s) => s.name).join(",");
  const sheetsB = b.sheets.map((s) => s.name).join(",");
  if (sheetsA !== sheetsB) push(`sheets: ${sheetsA} ≠ ${sheetsB}`);
  for (const sa of a.sheets) {
    const sb = b.sheets.find((s) => s.name === sa.name);
    if (!sb) continue;
    for (const k of ["visibility", "protected"] as const)
      if (sa[k] !== sb[k]) push(`sheet ${sa.name} ${k}: ${String(sa[k])} ≠ ${String(sb[k])}`);
    if (JSON.stringify(sa.frozen) !== JSON.stringify(sb.frozen))
      push(`sheet ${sa.name} frozen: ${JSON.stringify(sa.frozen)} ≠ ${JSON.stringify(sb.frozen)}`);
    const cells = new Set([...Object.keys(sa.cells), ...Object.keys(sb.cells)]);
    for (const c of cells) {
      const x = sa.cells[c];
      const y = sb.cells[c];
      if (JSON.stringify(x) !== JSON.stringify(y))
        push(`sheet ${sa.name} cell ${c}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
    }
  }
  const list = <T>(
    what: string,
    xs: readonly T[],
    ys: readonly T[],
    key: (x: T) => string
  ): void => {
    const mx = new Map(xs.map((x) => [key(x), JSON.stringify(x)]));
    const my = new Map(ys.map((y) => [key(y), JSON.stringify(y)]));
    for (const k of new Set([...mx.keys(), ...my.keys()]))
      if (mx.get(k) !== my.get(k)) push(`${what} ${k}: ${mx.get(k) ?? "—"} ≠ ${my.get(k) ?? "—"}`);
  };
  list("name", a.names, b.names, (n) => n.name);
  list("table", a.tables, b.tables, (t) => t.name);
  list("validation", a.validations, b.validations, (v) => `${v.sheet}!${v.ranges.join(",")}`);
  return out;
}
