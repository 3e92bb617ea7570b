import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { serialOfDate } from "../../domain/periods";
import type { CellValue } from "../../domain/values";
import { buildLayout } from "../../layout/build";
import type { WorkbookValues } from "../../layout/types";
import { writeWorkbook } from "../write";
import { readWorkbookBuffer } from "./read-workbook";
import { valuesFromSnapshot } from "../../layout/carry-values";

/** Round trip: template → fill random plans with values (not formulas) → read → the same values by key. */
const CHARS = Array.from(
  "абвгдеёжзийклмнопрстуфхцчшщыэюяАБВЖЯabcxyzXYZ0123456789 .,;:!?«»\"'&<>=+-@/()_%"
);
const text = fc
  .string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() !== "");
const amount = fc.integer({ min: 0, max: 10_000_000_000 }).map((cents) => cents / 100);
const fraction = fc.integer({ min: 1, max: 10_000 }).map((bp) => bp / 10_000);
const label = (list: string) =>
  fc.constantFrom(
    ...(DEFAULT_CONFIG.lists.find((l) => l.key === list)?.values ?? []).flatMap((v) => [
      v.label.ru,
      v.label.en,
      v.value,
    ])
  );
const MONTHS = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}`);

const salesRow = fc
  .record({
    item: text,
    months: fc.array(fc.option(amount, { nil: null }), { minLength: 12, maxLength: 12 }),
  })
  .map(({ item, months }) => {
    const row: Record<string, CellValue> = { item };
    months.forEach((value, i) => {
      if (value !== null) row[MONTHS[i] ?? ""] = value;
    });
    return row;
  });

const plan: fc.Arbitrary<WorkbookValues> = fc
  .record({
    client: text,
    kam: text,
    segment: label("segments"),
    rate: fraction,
    limit: amount,
    review: fc.integer({ min: serialOfDate(2020, 1, 1), max: serialOfDate(2030, 12, 31) }),
    sales: fc.uniqueArray(salesRow, {
      minLength: 0,
      maxLength: 6,
      selector: (r) => String(r.item).trim().toLowerCase(),
    }),
    team: fc.array(fc.record({ member: text, role: label("team_roles"), time_share: fraction }), {
      maxLength: 4,
    }),
  })
  .map((r) => ({
    form: {
      client_name: r.client,
      kam_name: r.kam,
      client_segment: r.segment,
      plan_start: serialOfDate(2027, 1, 1),
      budget_rate: r.rate,
      credit_limit: r.limit,
      last_review: r.review,
    },
    tables: { SalesPlan: r.sales, Team: r.team },
    archive: [],
  }));

describe("template → values → read", () => {
  it("gives back every value by key", async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (values) => {
        const bytes = await writeWorkbook(
          buildLayout(DEFAULT_CONFIG, { lang: "ru", start: "2027-01", period: "year", values })
        );
        const read = valuesFromSnapshot(
          readWorkbookBuffer(bytes, "random.xlsx"),
          DEFAULT_CONFIG
        ).values;
        for (const [key, value] of Object.entries(values.form))
          expect(read.form[key]).toEqual(value);
        expect(read.tables.SalesPlan).toEqual(values.tables.SalesPlan);
        expect(read.tables.Team).toEqual(values.tables.Team);
        expect(read.archive).toEqual([]);
      }),
      { numRuns: 15, seed: 20270101 }
    );
  }, 120_000);
});
