import { serialOfIso } from "../periods";
import { calculatePlan } from "./calculate";
import { planOf, type PlanSpec } from "./testing/plan-fixture";

const d = (iso: string): number => serialOfIso(iso) ?? Number.NaN;

/** A half year from 2027-01: 100.00 planned a month for Bolts, 50.00 for Nuts. */
const halfYear = (
  actuals: NonNullable<PlanSpec["tables"]>[string],
  form: NonNullable<PlanSpec["form"]> = {}
): PlanSpec => ({
  form: { plan_start: d("2027-01-01"), plan_period: "half_year", ...form },
  tables: {
    SalesPlan: [
      {
        item: "Bolts",
        "2027-01": 100_00,
        "2027-02": 100_00,
        "2027-03": 100_00,
        "2027-04": 100_00,
        "2027-05": 100_00,
        "2027-06": 100_00,
      },
      { item: "Nuts", "2027-01": 50_00, "2027-04": 50_00 },
    ],
    SalesActual: actuals,
  },
});

describe("actuals_through (T)", () => {
  it("is the last plan month with any actual cell, a 0 included", () => {
    const numbers = calculatePlan(
      planOf(
        halfYear([
          { item: "Bolts", "2027-01": 90_00, "2027-02": 80_00 },
          { item: "Nuts", "2027-03": 0 },
        ])
      )
    );
    expect(numbers.actualsThrough).toBe("2027-03");
  });

  it("is the month of as_of when given, before the last actual or after it", () => {
    const actuals = [{ item: "Bolts", "2027-01": 90_00, "2027-02": 80_00 }];
    expect(
      calculatePlan(planOf(halfYear(actuals, { as_of: d("2027-01-20") }))).actualsThrough
    ).toBe("2027-01");
    expect(
      calculatePlan(planOf(halfYear(actuals, { as_of: d("2027-05-31") }))).actualsThrough
    ).toBe("2027-05");
  });

  it("ignores actual cells in months outside the plan", () => {
    const spec = halfYear([{ item: "Bolts", "2027-02": 10_00, "2027-09": 5_00 }]);
    const numbers = calculatePlan(
      planOf({ ...spec, monthColumns: ["2027-01", "2027-02", "2027-09"] })
    );
    expect(numbers.actualsThrough).toBe("2027-02");
  });
});

describe("to-date values", () => {
  it("are all empty while there are no actuals and no as_of", () => {
    const numbers = calculatePlan(planOf(halfYear([])));
    expect(numbers).toMatchObject({
      actualsThrough: null,
      planToDate: null,
      actualToDate: null,
      totalFulfillmentToDate: null,
      forecastTotal: null,
      forecastGap: null,
    });
    expect(numbers.fulfillmentToDate.total).toEqual({
      q1: null,
      q2: null,
      h1: null,
      total: null,
    });
  });

  it("sum plan and actual over the months up to T, every actual row included", () => {
    const numbers = calculatePlan(
      planOf(
        halfYear([
          { item: "Bolts", "2027-01": 90_00, "2027-02": 80_00 },
          { item: "Screws", "2027-02": 10_00 }, // not in the plan: still a real sale
        ])
      )
    );
    expect(numbers.actualsThrough).toBe("2027-02");
    expect(numbers.planToDate).toBe(250_00);
    expect(numbers.actualToDate).toBe(180_00);
    expect(numbers.totalFulfillmentToDate).toBeCloseTo(0.72, 12);
  });

  it("forecasts the rest of the plan at the fulfilment to date, rounding only the product", () => {
    // Plan to date 250.00, actual 180.00 (72 %); the rest of the plan 450.00 at 72 % is 324.00.
    const numbers = calculatePlan(
      planOf(halfYear([{ item: "Bolts", "2027-01": 90_00, "2027-02": 90_00 }]))
    );
    expect(numbers.salesPlanTotal).toBe(700_00);
    expect(numbers.forecastTotal).toBe(180_00 + 324_00);
    expect(numbers.forecastGap).toBe(504_00 - 700_00);
  });

  it("rounds the forecast's product half away from zero to the cent", () => {
    // 1/3 fulfilment on a remaining 100.00 → 33.333… → 33.33; on 100.01 → 33.336… → 33.34.
    const spec = (rest: number): PlanSpec => ({
      form: { plan_start: d("2027-01-01"), plan_period: "quarter" },
      tables: {
        SalesPlan: [{ item: "A", "2027-01": 3_00, "2027-02": rest }],
        SalesActual: [{ item: "A", "2027-01": 1_00 }],
      },
    });
    expect(calculatePlan(planOf(spec(100_00))).forecastTotal).toBe(1_00 + 33_33);
    expect(calculatePlan(planOf(spec(100_01))).forecastTotal).toBe(1_00 + 33_34);
  });

  it("at the last month forecasts exactly the actual total", () => {
    const numbers = calculatePlan(
      planOf(halfYear([{ item: "Bolts", "2027-06": 70_00 }], { as_of: d("2027-06-15") }))
    );
    expect(numbers.actualsThrough).toBe("2027-06");
    expect(numbers.planToDate).toBe(700_00);
    expect(numbers.forecastTotal).toBe(70_00);
    expect(numbers.forecastGap).toBe(70_00 - 700_00);
  });

  it("with as_of before the plan's first month count no month: 0 to date, no ratio, no forecast", () => {
    const numbers = calculatePlan(
      planOf(halfYear([{ item: "Bolts", "2027-01": 90_00 }], { as_of: d("2026-12-31") }))
    );
    expect(numbers).toMatchObject({
      actualsThrough: "2026-12",
      planToDate: 0,
      actualToDate: 0,
      totalFulfillmentToDate: null,
      forecastTotal: null,
      forecastGap: null,
    });
    expect(numbers.fulfillmentToDate.total?.q1).toBeNull();
  });

  it("with as_of after the plan's last month count every month", () => {
    const numbers = calculatePlan(
      planOf(halfYear([{ item: "Bolts", "2027-01": 450_00 }], { as_of: d("2028-03-01") }))
    );
    expect(numbers.actualsThrough).toBe("2028-03");
    expect(numbers.planToDate).toBe(700_00);
    expect(numbers.actualToDate).toBe(450_00);
    expect(numbers.totalFulfillmentToDate).toBe(450 / 700);
    expect(numbers.forecastTotal).toBe(450_00);
  });

  it("has a 0 actual count for T and give 0 % to date, not empty", () => {
    const numbers = calculatePlan(planOf(halfYear([{ item: "Bolts", "2027-01": 0 }])));
    expect(numbers.actualsThrough).toBe("2027-01");
    expect(numbers.totalFulfillmentToDate).toBe(0);
    expect(numbers.forecastTotal).toBe(0);
  });
});

describe("block fulfillment to date", () => {
  const numbers = calculatePlan(
    planOf(
      halfYear([
        { item: "Bolts", "2027-01": 100_00, "2027-02": 50_00 },
        { item: "nuts", "2027-01": 25_00 },
      ])
    )
  );

  it("divides over a block's months up to T and leaves blocks not yet started empty", () => {
    // q1 to date: plan 250.00 (Jan 150, Feb 100), actual 175.00.
    expect(numbers.fulfillmentToDate.total).toEqual({
      q1: 175_00 / 250_00,
      q2: null,
      h1: 175_00 / 250_00,
      total: 175_00 / 250_00,
    });
    expect(numbers.rollupsToDate.total).toEqual({ q1: 250_00, q2: 0, h1: 250_00, total: 250_00 });
  });

  it("exists per plan item, keyed by the plan's spelling", () => {
    expect(numbers.fulfillmentToDate.Bolts?.q1).toBe(150_00 / 200_00);
    expect(numbers.fulfillmentToDate.Nuts?.q1).toBe(0.5);
    expect(numbers.fulfillmentToDate.Nuts?.q2).toBeNull();
  });

  it("keeps the whole-block fulfilment of section 4 unchanged", () => {
    expect(numbers.fulfillment.total?.q1).toBe(175_00 / 350_00);
    expect(numbers.fulfillment.total?.q2).toBe(0);
  });
});
