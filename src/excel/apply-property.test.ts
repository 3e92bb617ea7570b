import fc from "fast-check";
import { DEFAULT_CONFIG } from "../domain/config/defaults";
import type { FieldDef, KamConfig } from "../domain/config/types";
import { parseA1 } from "../domain/read/a1";
import type { WorkbookSnapshot } from "../domain/snapshot";
import type { CellValue } from "../domain/values";
import { serialOfDate } from "../domain/periods";
import { buildLayout } from "../layout/build";
import { applyConfigChange, configChange, typedValue } from "../layout/testing/config-changes";
import { restructure } from "../layout/restructure";
import { valuesFromSnapshot } from "../layout/carry-values";
import type { PlanPeriod, WorkbookLayout, WorkbookValues } from "../layout/types";
import { valueBag } from "../layout/testing/value-bag";

/** The snapshot a reader would produce from a layout (values only; formulas empty). */
function layoutSnapshot(layout: WorkbookLayout): WorkbookSnapshot {
  const cellValue = (sheet: string, address: string): CellValue => {
    const c = layout.sheets.find((s) => s.name === sheet)?.cells.find((x) => x.address === address);
    return c?.content.kind === "value" ? c.content.value : null;
  };
  return {
    sheets: layout.sheets.map((s) => ({ name: s.name, visible: s.visibility === "visible" })),
    names: layout.names.map((n) => ({
      name: n.name,
      sheet: n.sheet,
      address: n.address,
      value: cellValue(n.sheet, n.address),
    })),
    tables: layout.sheets.flatMap((s) =>
      s.tables.map((t) => {
        const tl = parseA1(t.topLeft) ?? { row: 0, col: 0 };
        const end = `${String.fromCharCode(65 + tl.col + t.columns.length - 1)}${tl.row + 1 + t.rows.length}`;
        return {
          name: t.name,
          sheet: s.name,
          address: `${t.topLeft}:${end}`,
          headers: t.columns.map((c) => c.header),
          rows: t.rows.map((r) => r.map((v) => v ?? null)),
        };
      })
    ),
  };
}

const inputs = (config: KamConfig, kind: "form" | "table"): FieldDef[] =>
  config.fields.filter(
    (f) =>
      !f.hidden &&
      f.type.kind !== "computed" &&
      config.sections.some((s) => s.key === f.section && s.kind === kind) &&
      !["plan_start", "plan_period"].includes(f.key)
  );

describe("apply configuration keeps every value (property, 1,000 random pairs)", () => {
  it("each old value is in its field, kept hidden, or on Archive, and nothing is invented", () => {
    const months = [
      "2027-01",
      "2027-02",
      "2027-03",
      "2027-04",
      "2027-05",
      "2027-06",
      "2027-07",
      "2027-08",
      "2027-09",
      "2027-10",
      "2027-11",
      "2027-12",
    ];
    const base = DEFAULT_CONFIG;
    const formFields = inputs(base, "form");
    const tableFields = inputs(base, "table");
    const change = configChange;
    const data = fc.record({
      form: fc.dictionary(fc.constantFrom(...formFields.map((f) => f.key)), typedValue, {
        maxKeys: 6,
      }),
      rows: fc.array(
        fc.record({
          field: fc.nat(),
          month: fc.nat({ max: 11 }),
          useMonth: fc.boolean(),
          row: fc.nat({ max: 3 }),
          v: typedValue,
        }),
        { maxLength: 14 }
      ),
    });
    fc.assert(
      fc.property(change, data, (ch, d) => {
        const tables: Record<string, Record<string, CellValue>[]> = {};
        for (const cell of d.rows) {
          const f = tableFields[cell.field % tableFields.length] as FieldDef;
          const monthly =
            (f.section === "SalesPlan" || f.section === "SalesActual") && cell.useMonth;
          const rows = (tables[f.section] ??= []);
          while (rows.length <= cell.row) rows.push({});
          (rows[cell.row] as Record<string, CellValue>)[
            monthly ? (months[cell.month] as string) : f.key
          ] = cell.v;
        }
        for (const s of Object.keys(tables))
          tables[s] = (tables[s] ?? []).filter((r) => Object.keys(r).length > 0);
        const oldValues: WorkbookValues = {
          form: { ...d.form, plan_start: serialOfDate(2027, 1, 1), plan_period: "year" },
          tables,
          archive: [],
        };
        const layout = buildLayout(base, {
          lang: "ru",
          start: "2027-01",
          period: "year",
          values: oldValues,
        });
        const snapshot = layoutSnapshot(layout);
        const next = applyConfigChange(base, ch);
        const period: PlanPeriod = ch.kind === "period" ? ch.period : "year";
        const read = valuesFromSnapshot(snapshot, next);
        const newMonths = buildLayout(next, { lang: "ru", start: "2027-01", period }).months;
        const carried = restructure(read.values, read.asBuilt, next, {
          months: newMonths,
          addressOf: read.addressOf,
        });
        const rebuilt = valuesFromSnapshot(
          layoutSnapshot(
            buildLayout(next, { lang: "ru", start: "2027-01", period, values: carried.values })
          ),
          next
        );
        const before = valueBag(read.values).sort();
        const kept = valueBag(rebuilt.values);
        const archived = rebuilt.values.archive.map((a) => {
          const isForm = a.rowKey === null;
          return JSON.stringify([isForm ? "form" : a.section, a.field, a.value]);
        });
        expect([...kept, ...archived].sort()).toEqual(before);
        expect(valueBag(read.values).length).toBe(valueBag(oldValues).length);
      }),
      { numRuns: 1000, seed: 20270101 }
    );
  }, 120_000);
});
