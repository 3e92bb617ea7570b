import { serialOfIso, type Month } from "../periods";
import type { PlanRow, TypedValue } from "../plan";
import { effectMonths, promoResults } from "./promos";
import { planOf } from "./testing/plan-fixture";

const d = (iso: string): number => serialOfIso(iso) ?? Number.NaN;
type Row = Readonly<Record<string, TypedValue | null>>;

/** A half-year plan from 2027-01: actual rows (minor units; a key present = a filled cell) and activities. */
function promos(actual: readonly Row[], activities: readonly Row[], grossMargin: number | null) {
  const plan = planOf({
    form: { plan_start: d("2027-01-01"), plan_period: "half_year" },
    tables: { SalesActual: actual, Activities: activities },
    settings: { grossMargin },
  });
  const hasActual = (row: PlanRow, month: Month): boolean =>
    typeof actual[row.index]?.[month] === "number";
  const months: Month[] = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"];
  return (through: Month | null) => promoResults(plan, months, through, hasActual);
}

const milk = {
  item: "Молоко",
  "2027-01": 100_000_00,
  "2027-02": 110_000_00,
  "2027-03": 120_000_00,
  "2027-04": 160_000_00,
  "2027-05": 150_000_00,
};
const kefir = { item: "Кефир", "2027-01": 10_000_00, "2027-04": 0 };
const promo = (extra: Row = {}): Row => ({
  activity: "Дегустация",
  kind: "promo",
  date: d("2027-04-10"),
  cost: 20_000_00,
  item: " молоко ",
  ...extra,
});

describe("promo effect (spec §10)", () => {
  it("takes the item's average over the 3 months before the effect as baseline", () => {
    const [result] = promos(
      [milk, kefir],
      [promo({ effect_to: d("2027-05-01") })],
      0.25
    )("2027-05");
    // baseline (100 000 + 110 000 + 120 000) / 3 = 110 000; effect 160 000 + 150 000 − 2 × 110 000 = 90 000.
    expect(result).toEqual({
      row: 1,
      activity: "Дегустация",
      baseline: 110_000_00,
      incremental: 90_000_00,
      incrementalPerCost: 4.5,
      promoReturn: 90_000_00 * 0.25 - 20_000_00,
    });
  });

  it("uses every item when the promo names none, and only months that have actuals", () => {
    const [result] = promos([milk, kefir], [promo({ item: null })], null)("2027-04");
    // Jan 110 000 (with kefir), Feb 110 000, Mar 120 000 → 113 333,33; April 160 000 + 0.
    expect(result?.baseline).toBe(113_333_33);
    expect(result?.incremental).toBe(160_000_00 - 113_333_33);
    expect(result?.promoReturn).toBeNull();
    const [sparse] = promos([kefir], [promo({ item: "Кефир" })], null)("2027-04");
    // Only January has a kefir actual before April: baseline 10 000, April's 0 is a value.
    expect(sparse).toMatchObject({ baseline: 10_000_00, incremental: -10_000_00 });
  });

  it("is not computed before all effect months are ≤ T, without months of actuals before, or cancelled", () => {
    const late = promos([milk], [promo({ effect_to: d("2027-05-31") })], 0.3);
    expect(late("2027-04")[0]).toMatchObject({ baseline: null, incremental: null });
    expect(late(null)[0]).toMatchObject({ baseline: null });
    const first = promos([milk], [promo({ date: d("2027-01-15") })], 0.3)("2027-03");
    expect(first[0]).toMatchObject({ baseline: null, promoReturn: null });
    const cancelled = promos([milk], [promo({ status: "cancelled" })], 0.3)("2027-06");
    expect(cancelled[0]).toMatchObject({ baseline: null });
  });

  it("leaves incremental_per_cost empty for an empty or zero cost; promo_return counts an empty cost as 0", () => {
    const [free] = promos([milk], [promo({ cost: null })], 0.5)("2027-04");
    expect(free).toMatchObject({ incrementalPerCost: null, promoReturn: 25_000_00 });
    const [zero] = promos([milk], [promo({ cost: 0 })], null)("2027-04");
    expect(zero?.incrementalPerCost).toBeNull();
  });

  it("lists only promo rows, with their table row", () => {
    const results = promos(
      [milk],
      [{ activity: "Встреча", kind: "meeting", date: d("2027-02-01") }, promo()],
      null
    )("2027-06");
    expect(results.map((r) => [r.row, r.activity])).toEqual([[2, "Дегустация"]]);
  });
});

describe("effect months", () => {
  const row = (values: Row): PlanRow => {
    const r = planOf({ tables: { Activities: [values] } }).tables.Activities?.rows[0];
    if (!r) throw new Error("no row");
    return r;
  };

  it("default to the activity's month, and run from effect_from to effect_to", () => {
    expect(effectMonths(row({ date: d("2027-03-31") }))).toEqual(["2027-03"]);
    expect(
      effectMonths(
        row({ date: d("2027-03-31"), effect_from: d("2027-04-15"), effect_to: d("2027-06-01") })
      )
    ).toEqual(["2027-04", "2027-05", "2027-06"]);
  });

  it("are none without a date, or when the range runs backwards", () => {
    expect(effectMonths(row({}))).toBeNull();
    expect(
      effectMonths(row({ effect_from: d("2027-05-01"), effect_to: d("2027-04-01") }))
    ).toBeNull();
  });
});
