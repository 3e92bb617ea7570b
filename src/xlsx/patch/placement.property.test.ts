import fc from "fast-check";
import { completePlanValues } from "../../cli/testing/plans";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { firstDayOfMonth, planMonths } from "../../domain/periods";
import { parseA1 } from "../../domain/read/a1";
import { buildLayout } from "../../layout/build";
import { restructure } from "../../layout/restructure";
import { applyConfigChange, configChange, typedValue } from "../../layout/testing/config-changes";
import type { PlanPeriod, WorkbookLayout } from "../../layout/types";
import { keyOf, placeUserCells, type At } from "./placement";
import { layoutContent, layoutOccupied, managedRegions } from "./regions";

/**
 * The placement decisions of the .xlsx path (spec §8) as a property over
 * 1,000 random plans, user cells and configuration changes, at the level of
 * layouts (no package is written: the whole-package property is
 * lossless-*.property.test.ts): every user cell of a plan sheet gets a place the
 * new layout does not use, or goes to the Archive; no two share a place; a note
 * beside a form field stays beside it; a row typed below a table stays below it.
 */

const PLAN_SHEETS = ["ActionPlan", "Dossier"] as const;

const userCells = fc.record({
  beside: fc.array(fc.record({ name: fc.nat(), col: fc.integer({ min: 3, max: 12 }) }), {
    maxLength: 5,
  }),
  below: fc.array(
    fc.record({ table: fc.nat(), offset: fc.integer({ min: 1, max: 2 }), col: fc.nat({ max: 5 }) }),
    { maxLength: 4 }
  ),
  far: fc.array(
    fc.record({
      sheet: fc.constantFrom(...PLAN_SHEETS),
      row: fc.nat({ max: 140 }),
      col: fc.nat({ max: 30 }),
    }),
    { maxLength: 4 }
  ),
  value: typedValue,
});

const bases = (["quarter", "half_year", "year"] as const).map((period) => ({
  period,
  layout: buildLayout(DEFAULT_CONFIG, {
    lang: "ru",
    start: "2027-01",
    period,
    values: completePlanValues(),
  }),
}));

function nameRow(layout: WorkbookLayout, sheet: string, name: string): number | null {
  const n = layout.names.find((x) => x.sheet === sheet && x.name === name);
  return n ? (parseA1(n.address)?.row ?? null) : null;
}

describe("where the user's cells go on a restructured plan sheet (property, 1,000 cases)", () => {
  it("a free place or the Archive, never shared; beside a field and below a table they stay so", () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 }), configChange, userCells, (b, change, cells) => {
        const base = bases[b] as (typeof bases)[number];
        const next = applyConfigChange(DEFAULT_CONFIG, change);
        const period: PlanPeriod = change.kind === "period" ? change.period : base.period;
        const carried = restructure(completePlanValues(), DEFAULT_CONFIG, next, {
          months: planMonths(firstDayOfMonth("2027-01"), period),
        });
        const layout = buildLayout(next, {
          lang: "ru",
          start: "2027-01",
          period,
          values: carried.values,
        });
        for (const sheet of PLAN_SHEETS) {
          const oldSheet = base.layout.sheets.find((s) => s.name === sheet);
          const newSheet = layout.sheets.find((s) => s.name === sheet);
          if (!oldSheet || !newSheet) throw new Error(`no ${sheet}`);
          const old = layoutContent(base.layout, oldSheet);
          const oldRegions = managedRegions(old);
          const names = old.names;
          const tables = old.tables;
          // The person's cells, where the old layout does not write.
          const typed = new Map<
            number,
            { at: At; kind: "beside" | "below" | "far"; ref: string }
          >();
          const put = (at: At, kind: "beside" | "below" | "far", ref: string): void => {
            const key = keyOf(at.row, at.col);
            if (!oldRegions.cells.has(key) && !old.values.has(key))
              typed.set(key, { at, kind, ref });
          };
          for (const x of cells.beside) {
            const n = names[x.name % names.length];
            if (n) put({ row: n.row, col: x.col }, "beside", n.name);
          }
          for (const x of cells.below) {
            const t = tables[x.table % tables.length];
            if (t) put({ row: t.bottom + x.offset, col: x.col }, "below", t.name);
          }
          for (const x of cells.far.filter((f) => f.sheet === sheet))
            put({ row: x.row, col: x.col }, "far", "");
          const values = new Map(old.values);
          for (const [key] of typed) values.set(key, cells.value);
          const regions = managedRegions({ ...old, values });
          const nextContent = layoutContent(layout, newSheet);
          const nextRegions = managedRegions(nextContent);
          const occupied = layoutOccupied(nextContent, nextRegions);
          const placed = placeUserCells(
            {
              oldBlocks: regions.blocks,
              newBlocks: new Map(nextRegions.blocks.map((x) => [x.key, x])),
              occupied,
            },
            [...typed.values()].map((t) => t.at)
          );
          // The person's cells are not mistaken for the layout's.
          for (const [key] of typed) expect(regions.cells.has(key)).toBe(false);
          const taken = new Set<number>();
          for (const [key, t] of typed) {
            const at = placed.get(key);
            expect(at).not.toBeUndefined();
            if (at === null || at === undefined) continue;
            const to = keyOf(at.row, at.col);
            expect(occupied.has(to)).toBe(false);
            expect(taken.has(to)).toBe(false);
            taken.add(to);
            expect(at.col).toBe(t.at.col);
            if (t.kind === "beside") {
              const row = nameRow(layout, sheet, t.ref);
              if (row !== null) expect(at.row).toBe(row);
            }
            if (t.kind === "below") {
              const was = tables.find((x) => x.name === t.ref);
              const now = nextContent.tables.find((x) => x.name === t.ref);
              if (was && now) expect(at.row - now.bottom).toBe(t.at.row - was.bottom);
            }
          }
        }
      }),
      { numRuns: 1000, seed: 20271204 }
    );
  }, 120_000);
});
