import fc from "fast-check";
import { completePlanValues } from "../cli/testing/plans";
import { DEFAULT_CONFIG } from "../domain/config/defaults";
import { configToTables } from "../domain/config/grids";
import { formatA1, parseA1 } from "../domain/read/a1";
import { buildLayout, planPeriodValues } from "../layout/build";
import { valuesFromSnapshot } from "../layout/carry-values";
import {
  applyConfigChange,
  configChange,
  type ConfigChange,
} from "../layout/testing/config-changes";
import { valueBag } from "../layout/testing/value-bag";
import type { PlanPeriod } from "../layout/types";
import { ExcelDouble, snapshotOfModel } from "../testing/excel-double";
import type { CellModel, WorkbookModel } from "../testing/excel-double/model";
import { sheetCellRef } from "../xlsx/patch/patch-workbook";
import { syncInChunks } from "./chunks";
import { layoutSteps } from "./render";
import { onDouble } from "./testing/on-double";

/**
 * Spec §8 on the live path, as a property (the .xlsx path has its own: src/xlsx/patch/lossless-*.property):
 * a filled plan in the Excel double plus a person's own work (a sheet of their own with values and formulas
 * into the plan by A1, by name and by structured reference; notes beside form fields; cells typed below
 * tables; names), then a random SKAM change written on the Config sheet and *Apply configuration* (a period
 * change: *Build* over the plan with the new period). Every field value is in its field, kept hidden or on
 * the Archive; every cell of the person's is where it was (moved with its row) or on the Archive with its old
 * address; no formula of the person's holds `#REF!` unless the action's result lists it.
 */

const RUNS = Number(process.env.KAM_LIVE_RUNS ?? 60);
const OWN = "Мои данные";
const PLAN_SHEETS = ["ActionPlan", "Dossier"] as const;

type Content =
  | { readonly value: string }
  | { readonly ref: "a1" | "name" | "structured" | "table"; readonly pick: number };

const content: fc.Arbitrary<Content> = fc.oneof(
  fc.stringMatching(/^[a-zа-я][a-zа-я0-9 ]{0,6}[a-zа-я0-9]$/).map((value) => ({ value })),
  fc.record({
    ref: fc.constantFrom("a1" as const, "name" as const, "structured" as const, "table" as const),
    pick: fc.nat(),
  })
);

const edits = fc.record({
  beside: fc.array(fc.record({ name: fc.nat(), col: fc.integer({ min: 3, max: 7 }), content }), {
    maxLength: 3,
  }),
  below: fc.array(fc.record({ table: fc.nat(), col: fc.integer({ min: 0, max: 3 }), content }), {
    maxLength: 2,
  }),
  own: fc.array(content, { minLength: 1, maxLength: 5 }),
});
type Edits = typeof edits extends fc.Arbitrary<infer T> ? T : never;

/** One cell the person typed: where, and a tag that finds it again wherever Excel moved it. */
interface Typed {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** The value, or the formula (`=…`, tagged with a string literal `~tN`). */
  readonly input: string;
  readonly tag: string;
  /** For an A1 reference to a form field: the field's key. */
  readonly field: string | null;
}

interface Base {
  readonly model: WorkbookModel;
  readonly period: PlanPeriod;
}

async function baseWorkbook(period: PlanPeriod): Promise<Base> {
  const double = new ExcelDouble();
  const { restore } = onDouble(double);
  try {
    const layout = buildLayout(DEFAULT_CONFIG, {
      lang: "ru",
      start: "2027-01",
      period,
      values: (() => {
        const values = completePlanValues();
        const form = {
          ...values.form,
          ...planPeriodValues(DEFAULT_CONFIG, "ru", "2027-01", period),
        };
        return { ...values, form };
      })(),
    });
    await Excel.run(async (context) => {
      const written = await syncInChunks(context, layoutSteps(context, layout));
      if (!written.ok) throw written.error;
    });
  } finally {
    restore();
  }
  return { model: double.model, period };
}

/** The field a remove / hide / relabel change touches (as applyConfigChange picks it), or null. */
function changedField(change: ConfigChange): string | null {
  if (change.kind === "period" || change.kind === "add") return null;
  const pool =
    change.kind === "relabel"
      ? DEFAULT_CONFIG.fields
      : DEFAULT_CONFIG.fields.filter((f) => !f.core);
  return pool[change.field % pool.length]?.key ?? null;
}

/**
 * The person's cells for one draw of `edits` on the workbook as it is. Half of the A1 references to a form
 * field point at the field the change touches (when it is one), so the property meets that case often.
 */
function personCells(model: WorkbookModel, e: Edits, changed: string | null): Typed[] {
  const snap = snapshotOfModel(model);
  const names = snap.names.filter(
    (n) =>
      n.sheet !== null &&
      n.address !== null &&
      (PLAN_SHEETS as readonly string[]).includes(n.sheet) &&
      /^B\d+$/.test(n.address)
  );
  const tables = snap.tables.filter((t) => (PLAN_SHEETS as readonly string[]).includes(t.sheet));
  const sales = snap.tables.find((t) => t.name === "SalesPlan");
  const salesTop = parseA1(sales?.address.split(":")[0] ?? "A1")?.row ?? 0;
  const months = (sales?.headers ?? []).filter((h) => /^\d{4}-\d{2}$/.test(h));
  const typed = new Map<string, Typed>();
  const put = (sheet: string, row: number, col: number, c: Content): void => {
    const tag = `~t${String(typed.size + 1)}`;
    const pick = "pick" in c ? c.pick : 0;
    const hit =
      changed !== null && pick % 2 === 0 ? names.find((x) => x.name === changed) : undefined;
    const n = hit ?? names[pick % names.length];
    let input: string;
    let field: string | null = null;
    if ("value" in c) input = `${c.value} ${tag}`;
    else {
      const expr = {
        a1: `${n?.sheet ?? "ActionPlan"}!${n?.address ?? "B4"}`,
        name: `LEN(client_name)+${String(c.pick % 7)}`,
        structured: `SUM(SalesPlan[${months[c.pick % Math.max(1, months.length)] ?? "2027-01"}])`,
        table: `ActionPlan!${formatA1({ row: salesTop + 1 + (c.pick % 4), col: 1 + (c.pick % 3) })}`,
      }[c.ref];
      if (c.ref === "a1") field = n?.name ?? null;
      input = `=IF(FALSE,"${tag}",${expr})`;
    }
    typed.set(`${sheet}!${String(row)}!${String(col)}`, { sheet, row, col, input, tag, field });
  };
  for (const b of e.beside) {
    const n = names[b.name % names.length];
    const at = parseA1(n?.address ?? "B4");
    if (n?.sheet && at) put(n.sheet, at.row, b.col, b.content);
  }
  for (const b of e.below) {
    const t = tables[b.table % tables.length];
    const end = parseA1(t?.address.split(":")[1] ?? "A1");
    if (t && end) put(t.sheet, end.row + 1, b.col, b.content);
  }
  e.own.forEach((c, i) => put(OWN, i, 1, c));
  return [...typed.values()];
}

async function typeCells(typed: readonly Typed[], model: WorkbookModel): Promise<void> {
  const snap = snapshotOfModel(model);
  const limit = snap.names.find((n) => n.name === "credit_limit");
  await Excel.run(async (context) => {
    const wb = context.workbook;
    wb.worksheets.add(OWN);
    for (const t of typed) {
      const range = wb.worksheets.getItem(t.sheet).getRange(formatA1(t));
      if (t.input.startsWith("=")) range.formulas = [[t.input]];
      else range.values = [[t.input]];
    }
    wb.names.add("my_first", wb.worksheets.getItem(OWN).getRange("B1"));
    if (limit?.sheet && limit.address)
      wb.names.add("my_limit", wb.worksheets.getItem(limit.sheet).getRange(limit.address));
    await context.sync();
  });
}

/** The SKAM's change, written into the Config sheet's Fields table as a person would. */
async function writeChange(change: ConfigChange): Promise<void> {
  const next = applyConfigChange(DEFAULT_CONFIG, change);
  const grid = configToTables(next).find((g) => g.name === "Fields");
  if (!grid) throw new Error("no Fields grid");
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem("Fields");
    const body = table.getDataBodyRange().load("rowCount, columnCount");
    await context.sync();
    const rows = grid.rows.map((r) => r.map((v) => v ?? ""));
    if (rows.length > body.rowCount) {
      // A field added at the end of the list: the rows before it are as they were.
      table.rows.add(undefined, rows.slice(body.rowCount));
    } else {
      const blank = Array.from({ length: body.rowCount - rows.length }, () =>
        Array.from({ length: body.columnCount }, () => "")
      );
      table.getDataBodyRange().values = [...rows, ...blank];
    }
    await context.sync();
  });
}

describe("restructuring the live workbook loses nothing of the user's (spec §8, property)", () => {
  const bases: Base[] = [];
  beforeAll(async () => {
    bases.push(await baseWorkbook("quarter"), await baseWorkbook("year"));
  }, 60_000);

  it(`keeps every input cell in its field, in place or on Archive (${String(RUNS)} random plans, edits and changes)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 1 }), configChange, edits, async (b, change, e) => {
        const base = bases[b] as Base;
        const double = new ExcelDouble(structuredClone(base.model));
        const { actions, restore } = onDouble(double);
        try {
          const typed = personCells(double.model, e, changedField(change));
          await typeCells(typed, double.model);
          const next = applyConfigChange(DEFAULT_CONFIG, change);
          let result;
          if (change.kind === "period") {
            result = await actions.buildTemplate({
              lang: "ru",
              start: "2027-01",
              period: change.period,
              overwrite: true,
            });
          } else {
            await writeChange(change);
            result = await actions.applyConfiguration();
          }
          const before = snapshotOfModel(structuredClone(base.model));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const after = snapshotOfModel(double.model);
          // 1. Field values: each in its field, kept hidden, or on the Archive.
          const was = valuesFromSnapshot(before, next).values;
          const now = valuesFromSnapshot(after, next).values;
          const fieldArchive = now.archive
            .filter((a) => !(a.rowKey === null && a.field === ""))
            .map((a) => JSON.stringify([a.rowKey === null ? "form" : a.section, a.field, a.value]));
          // A period change changes plan_period itself (the action's input).
          const input = (v: string): boolean =>
            change.kind !== "period" || !v.startsWith('["form","plan_period"');
          expect([...valueBag(now), ...fieldArchive].filter(input).sort()).toEqual(
            valueBag(was).filter(input).sort()
          );
          // 2. The person's cells: found by their tag on their sheet (Excel moved them with their rows),
          //    or on the Archive with their old address.
          const broken = new Set(result.references?.broken ?? []);
          const userArchive = new Map(
            now.archive
              .filter((a) => a.rowKey === null && a.field === "")
              .map((a) => [a.address, a.value])
          );
          for (const t of typed) {
            const sheet = double.model.sheets.find((s) => s.name === t.sheet);
            const found = [...(sheet?.cells ?? new Map<number, CellModel>()).entries()].find(
              ([, c]) =>
                t.input.startsWith("=")
                  ? typeof c.formula === "string" && c.formula.includes(`"${t.tag}"`)
                  : c.value === t.input
            );
            const ref = sheetCellRef(t.sheet, t.row, t.col);
            if (!found) {
              expect({ cell: ref, archived: userArchive.get(ref) }).toEqual({
                cell: ref,
                archived: t.input,
              });
              continue;
            }
            const [key, cell] = found;
            // Same column: only rows move on the plan sheets; nothing moves on the person's own sheet.
            expect(key % 16384).toBe(t.col);
            if (t.sheet === OWN) expect(Math.floor(key / 16384)).toBe(t.row);
            const formula = typeof cell.formula === "string" ? cell.formula : "";
            const here = sheetCellRef(t.sheet, Math.floor(key / 16384), t.col);
            if (formula.includes("#REF!"))
              expect({ cell: here, formula, listed: broken.has(ref) }).toMatchObject({
                listed: true,
              });
            // An A1 reference to a form field follows it, or its value to the Archive.
            if (t.field !== null && !formula.includes("#REF!")) {
              const field = after.names.find((n) => n.name === t.field);
              if (field) expect(formula).toContain(`${field.sheet ?? ""}!${field.address ?? ""}`);
              else expect(formula).toMatch(/kam_archive_\d+/);
            }
          }
          // 3. The person's names are still there; a name into a gone cell only when listed.
          const myFirst = after.names.find((n) => n.name === "my_first");
          expect(myFirst).toMatchObject({ sheet: OWN, address: "B1" });
          const myLimit = after.names.find((n) => n.name === "my_limit");
          expect(myLimit !== undefined || broken.has("my_limit")).toBe(true);
        } finally {
          restore();
        }
      }),
      { numRuns: RUNS, seed: 20271204 }
    );
  }, 600_000);
});
