import fc from "fast-check";
import { calculatePlan } from "../calc/calculate";
import { planOf } from "../calc/testing/plan-fixture";
import { checkWorkbook } from "../check";
import { aPlan } from "../testing/builders";
import type { CellValue } from "../values";
import { ruleFindings } from ".";

/** Cell values people and files produce: wrong types, huge numbers, NaN-like text, empty, very long, `=`-prefixed. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e308, -1e308, 5e-324, 0, -0, 46388, 46388.5, 2958466, -1, 0.5, 1.5, 366, 1e15),
  fc.constantFrom(
    "NaN",
    "Infinity",
    "-",
    "#N/A",
    "#REF!",
    "=1+1",
    "=SUM(A1:A9)",
    "+7",
    "@x",
    "31.02.2027",
    "2027-01-15",
    "5%",
    "year",
    "Год",
    "kam",
    "КАМ",
    "cancelled",
    " "
  ),
  fc.string({ maxLength: 20 }),
  fc.constant("x".repeat(10_000))
);

const FORM_KEYS = [
  "plan_start",
  "plan_period",
  "checkpoint_period",
  "budget_method",
  "budget_rate",
  "budget_fixed",
  "credit_limit",
  "credit_depth_days",
  "opportunity_1y",
  "last_review",
];
const TABLE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Team: ["member", "role", "time_share"],
  Assortment: ["item"],
  SalesPlan: ["item", "2027-01", "2027-02", "2027-06"],
  SalesActual: ["item", "2027-01", "2027-07"],
  DiscountTiers: ["condition", "basis_period", "threshold", "rate"],
  Activities: ["activity", "date", "cost", "status"],
  KPI: ["kpi", "period", "target", "actual", "weight"],
  DecisionGroup: ["person", "role", "attitude"],
  Competitors: ["name", "type"],
};

const edits = fc.record({
  form: fc.dictionary(fc.constantFrom(...FORM_KEYS), cellValue),
  table: fc.constantFrom(...Object.keys(TABLE_FIELDS)),
  rows: fc.array(fc.array(cellValue, { minLength: 5, maxLength: 5 }), { maxLength: 4 }),
  lang: fc.constantFrom("ru" as const, "en" as const),
  today: fc.constantFrom("2027-02-01", "1900-01-01", "9999-12-31"),
});

describe("rule checks under random cell values (fuzz)", () => {
  it("checkWorkbook never throws and every finding names a cell or a name", () => {
    fc.assert(
      fc.property(edits, ({ form, table, rows, lang, today }) => {
        const builder = aPlan();
        for (const [key, value] of Object.entries(form)) builder.set(key, value);
        const fields = TABLE_FIELDS[table] ?? [];
        for (const values of rows)
          builder.addRow(
            table,
            Object.fromEntries(fields.map((field, i) => [field, values[i] ?? null]))
          );
        const report = checkWorkbook(builder.snapshot(), { today, lang });
        for (const finding of report.findings) {
          expect(finding.cell !== null || finding.name !== null).toBe(true);
          expect(finding.message.length).toBeGreaterThan(0);
        }
        expect(Number.isFinite(report.numbers.salesPlanTotal)).toBe(true);
      }),
      { numRuns: 150 }
    );
  });

  it("calculators and rule checks survive any typed values, wrong kinds included", () => {
    const typed = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.double(),
      fc.integer(),
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        "year",
        "quarter",
        "month",
        "kam",
        "volume",
        "cancelled",
        "fixed",
        "percent_of_turnover"
      )
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...FORM_KEYS), typed),
        fc.dictionary(
          fc.constantFrom(...Object.keys(TABLE_FIELDS)),
          fc.array(
            fc.dictionary(
              fc.constantFrom(
                "item",
                "role",
                "period",
                "weight",
                "target",
                "actual",
                "condition",
                "basis_period",
                "threshold",
                "rate",
                "date",
                "status",
                "cost",
                "type",
                "attitude",
                "kpi"
              ),
              typed
            ),
            { maxLength: 3 }
          )
        ),
        (form, tables) => {
          const plan = planOf({ form, tables });
          const numbers = calculatePlan(plan);
          for (const finding of ruleFindings(plan, numbers, { lang: "ru", today: 46400 })) {
            expect(finding.cell !== null || finding.name !== null).toBe(true);
          }
        }
      ),
      { numRuns: 1500 }
    );
  });
});
