import { DEFAULT_CONFIG } from "./defaults";
import type { FieldKey, FieldKeyOf, FormKey, ListKey, TableKey } from "./keys";

// Compile-time half of the test: `npm run typecheck` fails when a line marked as
// an expected error compiles, i.e. when a misspelt or misplaced key is accepted.
// @ts-expect-error a misspelt field key does not compile
const misspeltField: FieldKey = "credit_limt";
// @ts-expect-error `item` is a table column, no field of the form PlanHeader
const tableFieldInForm: FieldKeyOf<"PlanHeader"> = "item";
// @ts-expect-error PlanHeader is a form, not a table
const formAsTable: TableKey = "PlanHeader";
// @ts-expect-error a misspelt list key does not compile
const misspeltList: ListKey = "plan_period";

describe("typed catalogue keys", () => {
  it("accept the keys the default catalogue has", () => {
    const fields: readonly FieldKey[] = ["credit_limit", "item", "weight", "plan_start"];
    const formFields: readonly FieldKeyOf<"PlanHeader">[] = ["credit_limit", "plan_start"];
    const tables: readonly TableKey[] = ["SalesPlan", "KPI", "Competitors"];
    const forms: readonly FormKey[] = ["PlanHeader", "ClientProfile"];
    const lists: readonly ListKey[] = ["plan_periods", "segments"];
    const keys = DEFAULT_CONFIG.fields.map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining([...fields]));
    for (const key of formFields)
      expect(DEFAULT_CONFIG.fields.find((f) => f.key === key)?.section).toBe("PlanHeader");
    for (const key of tables)
      expect(DEFAULT_CONFIG.sections.find((s) => s.key === key)?.kind).toBe("table");
    for (const key of forms)
      expect(DEFAULT_CONFIG.sections.find((s) => s.key === key)?.kind).toBe("form");
    expect(DEFAULT_CONFIG.lists.map((l) => l.key)).toEqual(expect.arrayContaining([...lists]));
  });

  it("the keys refused at compile time are indeed not in the catalogue", () => {
    expect(DEFAULT_CONFIG.fields.map((f) => f.key)).not.toContain(misspeltField);
    expect(
      DEFAULT_CONFIG.fields.some((f) => f.section === "PlanHeader" && f.key === tableFieldInForm)
    ).toBe(false);
    expect(DEFAULT_CONFIG.sections.find((s) => s.key === formAsTable)?.kind).toBe("form");
    expect(DEFAULT_CONFIG.lists.map((l) => l.key)).not.toContain(misspeltList);
  });
});
