import fc from "fast-check";
import { DEFAULT_CONFIG } from "../domain/config/defaults";
import type { FieldDef, KamConfig } from "../domain/config/types";
import type { Month } from "../domain/periods";
import type { CellValue } from "../domain/values";
import { restructure } from "./restructure";
import type { WorkbookValues } from "./types";

const MONTHS_2027: readonly Month[] = [
  "2027-01",
  "2027-02",
  "2027-03",
  "2027-04",
  "2027-05",
  "2027-06",
];

/** Every non-empty value of a WorkbookValues as `section|row|field|value` (form rows are `-`). */
function facts(config: KamConfig, values: WorkbookValues): string[] {
  const formSection = new Map(config.fields.map((f) => [f.key, f.section]));
  const out: string[] = [];
  for (const [k, v] of Object.entries(values.form))
    if (v !== null && v !== "") out.push(`form|${k}|${JSON.stringify(v)}|${formSection.has(k)}`);
  for (const [s, rows] of Object.entries(values.tables))
    rows.forEach((r) =>
      Object.entries(r).forEach(
        ([k, v]) => v !== null && v !== "" && out.push(`${s}|${k}|${JSON.stringify(v)}`)
      )
    );
  return out;
}

const value = fc.oneof(
  fc.string({ minLength: 1, maxLength: 6 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant("=1+2")
);

function configWithout(
  removed: readonly string[],
  hidden: readonly string[],
  extra: readonly FieldDef[]
): KamConfig {
  return {
    ...DEFAULT_CONFIG,
    fields: [
      ...DEFAULT_CONFIG.fields
        .filter((f) => !removed.includes(`${f.section}.${f.key}`))
        .map((f) => (hidden.includes(`${f.section}.${f.key}`) ? { ...f, hidden: true } : f)),
      ...extra,
    ],
  };
}

const inputFields = DEFAULT_CONFIG.fields.filter((f) => f.type.kind !== "computed");
const fieldIds = inputFields.map((f) => `${f.section}.${f.key}`);
const formKeys = inputFields
  .filter((f) => ["PlanHeader", "ClientProfile"].includes(f.section))
  .map((f) => f.key);
const tableFields = (section: string): string[] =>
  inputFields.filter((f) => f.section === section).map((f) => f.key);
const customField: FieldDef = {
  ...DEFAULT_CONFIG.fields.find((f) => f.key === "note")!,
  key: "custom_note",
  order: 99,
};

const valuesArb = fc.record({
  form: fc.dictionary(fc.constantFrom(...formKeys, "old_custom"), value),
  tables: fc.record({
    Team: fc.array(fc.dictionary(fc.constantFrom(...tableFields("Team"), "badge"), value), {
      maxLength: 4,
    }),
    SalesPlan: fc.array(fc.dictionary(fc.constantFrom("item", ...MONTHS_2027, "2026-12"), value), {
      maxLength: 4,
    }),
    Risks: fc.array(fc.dictionary(fc.constantFrom(...tableFields("Risks")), value), {
      maxLength: 3,
    }),
  }),
  archive: fc.constant([]),
});

describe("restructure", () => {
  it("keeps by key and archives removed fields and months: nothing lost, nothing invented (fast-check)", () => {
    fc.assert(
      fc.property(
        valuesArb,
        fc.subarray(fieldIds, { maxLength: 8 }),
        fc.subarray(fieldIds, { maxLength: 4 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 6 }),
        (values, removed, hidden, addCustom, monthCount) => {
          const newConfig = configWithout(removed, hidden, addCustom ? [customField] : []);
          const months = MONTHS_2027.slice(0, monthCount);
          const { values: next, archived } = restructure(values, DEFAULT_CONFIG, newConfig, {
            months,
            addressOf: (s, r, f) => `${s}:${r}:${f}`,
          });
          // Every old value is kept in place, kept hidden or archived, exactly once.
          const before = facts(DEFAULT_CONFIG, values).length;
          expect(facts(newConfig, next).length + (next.hidden?.length ?? 0) + archived.length).toBe(
            before
          );
          // Hidden is not deleted: a hidden field's values are kept, never archived.
          for (const h of next.hidden ?? [])
            expect(
              newConfig.fields.some((f) => f.section === h.section && f.key === h.field && f.hidden)
            ).toBe(true);
          // Nothing invented: every kept value was in the old values under the same section and key.
          for (const [k, v] of Object.entries(next.form)) expect(values.form[k]).toEqual(v);
          for (const [s, rows] of Object.entries(next.tables)) {
            for (const row of rows)
              for (const [k, v] of Object.entries(row))
                expect(
                  (values.tables as Record<string, Record<string, CellValue>[]>)[s]?.some(
                    (r) => r[k] === v
                  )
                ).toBe(true);
          }
          // Archived values name a field that is no longer an input of its section, or a month outside the plan.
          for (const a of archived) {
            const gone =
              !newConfig.fields.some((f) => f.section === a.section && f.key === a.field) ||
              (/^\d{4}-\d{2}$/.test(a.field) && !(months as readonly string[]).includes(a.field));
            expect(gone || (a.section === "form" && a.field === "old_custom")).toBe(true);
          }
          expect(next.archive).toEqual(archived);
        }
      ),
      { numRuns: 500 }
    );
  });

  it("gives every hidden value back to its row when the field is shown again (fast-check)", () => {
    // Rows told apart by their first field (member / item / risk), as a KAM's rows are.
    const keyed = (key: string, fields: readonly string[]) =>
      fc
        .uniqueArray(fc.stringMatching(/^[a-z]{1,4}$/), { maxLength: 4 })
        .chain((keys) =>
          fc.tuple(
            ...keys.map((k) =>
              fc
                .dictionary(fc.constantFrom(...fields), value)
                .map((rest) => ({ ...rest, [key]: k }))
            )
          )
        );
    fc.assert(
      fc.property(
        fc.record({
          form: fc.dictionary(fc.constantFrom(...formKeys), value),
          tables: fc.record({
            Team: keyed("member", tableFields("Team").slice(1)),
            Risks: keyed("risk", tableFields("Risks").slice(1)),
          }),
          archive: fc.constant([]),
        }),
        fc.subarray(
          fieldIds.filter(
            (id) => !DEFAULT_CONFIG.fields.some((f) => f.core && `${f.section}.${f.key}` === id)
          ),
          { minLength: 1, maxLength: 6 }
        ),
        (values, hidden) => {
          const hiding = configWithout([], hidden, []);
          const options = { months: MONTHS_2027 };
          const first = restructure(values, DEFAULT_CONFIG, hiding, options);
          const second = restructure(first.values, hiding, DEFAULT_CONFIG, options);
          expect([...first.archived, ...second.archived]).toEqual([]);
          expect(second.values.hidden).toEqual([]);
          expect(facts(DEFAULT_CONFIG, second.values).sort()).toEqual(
            facts(DEFAULT_CONFIG, values).sort()
          );
          const byKey = (
            rows: readonly Readonly<Record<string, CellValue>>[] | undefined,
            key: string
          ) => new Map((rows ?? []).map((r) => [r[key], r]));
          const clean = (r: Readonly<Record<string, CellValue>> | undefined) =>
            Object.fromEntries(Object.entries(r ?? {}).filter(([, v]) => v !== null && v !== ""));
          for (const [section, key] of [
            ["Team", "member"],
            ["Risks", "risk"],
          ] as const) {
            const after = byKey(second.values.tables[section], key);
            for (const [k, row] of byKey(values.tables[section], key))
              expect(clean(after.get(k))).toEqual(clean(row));
          }
        }
      ),
      { numRuns: 300 }
    );
  });

  it("archives a hidden value whose row was deleted before the field was shown again, with the reason", () => {
    const hiding = configWithout([], ["Team.commitments"], []);
    const values: WorkbookValues = {
      form: {},
      tables: { Team: [{ member: "Анна", commitments: "звонок" }, { member: "Олег" }] },
      archive: [],
    };
    const first = restructure(values, DEFAULT_CONFIG, hiding, { months: MONTHS_2027 });
    expect(first.values.hidden).toEqual([
      {
        section: "Team",
        row: 1,
        keyField: "member",
        keyText: "Анна",
        field: "commitments",
        value: "звонок",
      },
    ]);
    const withoutAnna = {
      ...first.values,
      tables: { ...first.values.tables, Team: [{ member: "Олег" }] },
    };
    const second = restructure(withoutAnna, hiding, DEFAULT_CONFIG, {
      months: MONTHS_2027,
      reasons: { hiddenRowGone: "row gone" },
    });
    expect(second.archived).toEqual([
      {
        section: "Team",
        rowKey: "1: Анна",
        field: "commitments",
        address: null,
        value: "звонок",
        reason: "row gone",
      },
    ]);
  });

  it("moves the months of a shorter plan period to the Archive with row key and address", () => {
    const values: WorkbookValues = {
      form: { client_name: "ООО Ромашка" },
      tables: { SalesPlan: [{ item: "Молоко", "2027-01": 10, "2027-05": 20 }] },
      archive: [],
    };
    const { values: next, archived } = restructure(values, DEFAULT_CONFIG, DEFAULT_CONFIG, {
      months: ["2027-01", "2027-02", "2027-03"],
      addressOf: () => "ActionPlan!F31",
    });
    expect(next.tables.SalesPlan).toEqual([{ item: "Молоко", "2027-01": 10 }]);
    expect(archived).toEqual([
      {
        section: "SalesPlan",
        rowKey: "1: Молоко",
        field: "2027-05",
        address: "ActionPlan!F31",
        value: 20,
      },
    ]);
    expect(next.form).toEqual({ client_name: "ООО Ромашка" });
  });

  it("keeps what the Archive already holds", () => {
    const old = [{ section: "Team", rowKey: "1", field: "badge", address: null, value: "x" }];
    const { values } = restructure(
      { form: {}, tables: {}, archive: old },
      DEFAULT_CONFIG,
      DEFAULT_CONFIG,
      { months: [] }
    );
    expect(values.archive).toEqual(old);
  });
});
