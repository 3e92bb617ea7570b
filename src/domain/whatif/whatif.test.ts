import fc from "fast-check";
import { calculatePlan } from "../calc/calculate";
import { planOf } from "../calc/testing/plan-fixture";
import type { PlanNumbers } from "../calc/types";
import { serialOfIso } from "../periods";
import type { Plan } from "../plan";
import { parseWhatIfChanges, type WhatIfChange } from "./changes";
import { aWhatIfPlan } from "./testing/whatif-plan";
import { whatIf, whatIfFromInput, whatIfWith, type ValueChange } from "./whatif";

function changesOf(plan: Plan, input: Record<string, string>): readonly WhatIfChange[] {
  const parsed = parseWhatIfChanges(input, plan);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.changes;
}

function valueOf(values: readonly ValueChange[], key: string): ValueChange {
  const found = values.find((v) => v.key === key);
  if (!found) throw new Error(`no value ${key}`);
  return found;
}

describe("what-if", () => {
  const plan = aWhatIfPlan();

  it("moves the credit need with the deferral days and leaves the sales alone", () => {
    const result = whatIf(plan, changesOf(plan, { credit_depth_days: "60" }));
    // The highest need is February's: 150 000 ₽ / 28 days × 30 → 160 714,29 ₽; × 60 → 321 428,57 ₽.
    expect(valueOf(result.values, "credit_required")).toMatchObject({
      before: 160_714_29,
      after: 321_428_57,
      difference: 160_714_28,
      changed: true,
    });
    expect(valueOf(result.values, "credit_need.2027-01")).toMatchObject({
      before: 145_161_29,
      after: 290_322_58,
    });
    expect(valueOf(result.values, "sales_plan_total").changed).toBe(false);
    expect(result.inputs).toEqual([
      {
        target: { kind: "form", field: "credit_depth_days" },
        unit: "integer",
        ref: plan.formRefs["credit_depth_days"],
        before: 30,
        after: 60,
      },
    ]);
  });

  it("changes the discount with a tier's rate and threshold", () => {
    // Each quarter sells 450 000 ₽: the 3 % tier applies (13 500 ₽ a quarter).
    const higher = whatIf(plan, changesOf(plan, { "tier.2.rate": "5%" }));
    expect(valueOf(higher.values, "discount_total")).toMatchObject({
      before: 27_000_00,
      after: 45_000_00,
      difference: 18_000_00,
    });
    const out = whatIf(plan, changesOf(plan, { "tier.2.threshold": "500000" }));
    expect(valueOf(out.values, "discount_total").after).toBe(18_000_00);
    expect(valueOf(out.values, "discounts.0.tier_row")).toMatchObject({ before: 1, after: 0 });
    expect(out.inputs.map((i) => i.target)).toEqual([{ kind: "tier", row: 1, field: "threshold" }]);
  });

  it("changes the budget with its rate", () => {
    const result = whatIf(plan, changesOf(plan, { budget_rate: "5%" }));
    expect(valueOf(result.values, "budget_amount")).toMatchObject({
      before: 27_000_00,
      after: 45_000_00,
    });
  });

  it("scales every volume, then items, then months", () => {
    const result = whatIf(
      plan,
      changesOf(plan, { scale: "10", "item.Кефир 1%": "-100%", "month.2027-01": "200000" })
    );
    const after = result.after;
    // Молоко 110 000 ₽ a month, Кефир 0; then January is set to 200 000 ₽ (all of it Молоко's).
    expect(after.monthlyPlan["2027-01"]).toBe(200_000_00);
    expect(after.monthlyPlan["2027-02"]).toBe(110_000_00);
    expect(after.rollups["Кефир 1%"]?.total).toBe(0);
    expect(after.salesPlanTotal).toBe(200_000_00 + 5 * 110_000_00);
    expect(result.inputs.filter((i) => i.target.kind === "sales")).toHaveLength(12);
  });

  it("spreads a month's new total over the items in proportion, to the cent", () => {
    const result = whatIf(plan, changesOf(plan, { "month.2027-02": "100000,01" }));
    // 2 : 1 gives 66 666,67⅓ and 33 333,33⅔: the odd cent goes to the larger remainder.
    const cells = result.inputs.map((i) => i.after);
    expect(cells).toEqual([66_666_67, 33_333_34]);
    expect(result.after.monthlyPlan["2027-02"]).toBe(100_000_01);
  });

  it("says which findings a change makes appear and go away", () => {
    const result = whatIf(plan, changesOf(plan, { credit_depth_days: "60" }), {
      today: "2027-02-01",
      lang: "en",
    });
    expect(result.findings?.appeared.map((f) => f.code)).toEqual(["CREDIT_LIMIT_EXCEEDED"]);
    expect(result.findings?.resolved).toEqual([]);
  });

  it("runs from typed input, or gives the errors naming the keys", () => {
    const ok = whatIfFromInput(plan, { credit_depth_days: "0" });
    expect(ok.ok && ok.result.after.creditRequired).toBe(0);
    const bad = whatIfFromInput(plan, { credit_depth_days: "-1" });
    expect(!bad.ok && bad.errors.map((e) => e.key)).toEqual(["credit_depth_days"]);
  });

  it("compares whatever the calculators return: a value added later shows up by itself", () => {
    const extended = (p: Plan): PlanNumbers & { readonly discountEarned: number } => ({
      ...calculatePlan(p),
      discountEarned: calculatePlan(p).discountTotal / 2,
    });
    const result = whatIfWith(plan, changesOf(plan, { "tier.2.rate": "5%" }), extended);
    expect(valueOf(result.values, "discount_earned")).toMatchObject({
      unit: "amount",
      before: 13_500_00,
      after: 22_500_00,
      changed: true,
    });
  });
});

describe("what-if properties", () => {
  const d = (iso: string): number => serialOfIso(iso) ?? Number.NaN;
  const amount = fc.integer({ min: 0, max: 1e10 });
  const planArb = fc
    .record({
      period: fc.constantFrom("quarter", "half_year", "year"),
      startMonth: fc.integer({ min: 1, max: 12 }),
      rows: fc.array(fc.array(amount, { minLength: 12, maxLength: 12 }), { maxLength: 5 }),
      tiers: fc.array(
        fc.record({
          condition: fc.constantFrom("volume", "promo"),
          basis_period: fc.constantFrom("month", "quarter", "half_year", "year"),
          threshold: fc.integer({ min: 0, max: 1e10 }),
          rate: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        { maxLength: 4 }
      ),
      depth: fc.option(fc.integer({ min: 0, max: 365 })),
      budgetRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      limit: fc.option(fc.integer({ min: 0, max: 1e10 })),
    })
    .map(({ period, startMonth, rows, tiers, depth, budgetRate, limit }) => {
      const start = d(`2027-${String(startMonth).padStart(2, "0")}-01`);
      const months = calculatePlan(
        planOf({ form: { plan_start: start, plan_period: period } })
      ).months;
      return planOf({
        form: {
          plan_start: start,
          plan_period: period,
          budget_method: "percent_of_turnover",
          budget_rate: budgetRate,
          credit_depth_days: depth,
          credit_limit: limit,
        },
        tables: {
          SalesPlan: rows.map((amounts, i) => ({
            item: `item ${i}`,
            ...Object.fromEntries(months.map((m, j) => [m, amounts[j] ?? 0])),
          })),
          DiscountTiers: tiers,
        },
      });
    });

  it("with no change equals calculatePlan, every value unchanged, nothing to write", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const result = whatIf(plan, []);
        const direct = calculatePlan(plan);
        expect(result.before).toEqual(direct);
        expect(result.after).toEqual(direct);
        expect(result.values.filter((v) => v.changed)).toEqual([]);
        expect(result.inputs).toEqual([]);
      }),
      { numRuns: 200 }
    );
  });

  it("a month's or an item's new total is met to the cent", () => {
    fc.assert(
      fc.property(planArb, amount, fc.nat(), (plan, total, pick) => {
        const after = whatIf(plan, []).before;
        const month = after.months[pick % Math.max(after.months.length, 1)];
        if (month === undefined || (plan.tables["SalesPlan"]?.rows.length ?? 0) === 0) return;
        const result = whatIf(
          plan,
          changesOf(plan, { [`month.${month}`]: (total / 100).toFixed(2) })
        );
        expect(result.after.monthlyPlan[month]).toBe(total);
      }),
      { numRuns: 200 }
    );
  });
});
