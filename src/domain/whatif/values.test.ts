import { calculatePlan } from "../calc/calculate";
import { computedValues, snakeCase } from "./values";
import { aWhatIfPlan } from "./testing/whatif-plan";

describe("computed values", () => {
  const values = computedValues(calculatePlan(aWhatIfPlan()));

  it("lists every computed value once, keyed in snake_case with nested keys as they are", () => {
    const keys = values.map((v) => v.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        "plan_end",
        "sales_plan_total",
        "credit_required",
        "credit_need.2027-03",
        "rollups.Молоко 3,2%.q1",
        "fulfillment.total.h1",
        "discounts.1.tier_row",
        "kpi_fulfillment.0",
        "next_review",
      ])
    );
    expect(keys.some((k) => k.startsWith("months") || k.startsWith("blocks"))).toBe(false);
  });

  it("gives every value of a full plan a declared unit (a new value needs one in values.ts)", () => {
    const undeclared = values.filter((v) => v.unit === "number").map((v) => v.key);
    expect(undeclared).toEqual([]);
    expect(values.find((v) => v.key === "credit_utilization")?.unit).toBe("ratio");
    expect(values.find((v) => v.key === "plan_end")?.unit).toBe("date");
    expect(values.find((v) => v.key === "discounts.0.base")?.unit).toBe("amount");
  });

  it("reads records inside lists by their field names, whatever the calculators add", () => {
    const added = computedValues({
      nextTier: [
        { condition: "volume", blockStart: "2027-04", threshold: 1_00, gap: 50, rate: 0.04 },
      ],
      somethingNew: 3,
    });
    expect(added.map((v) => [v.key, v.unit])).toEqual([
      ["next_tier.0.condition", "text"],
      ["next_tier.0.block_start", "month"],
      ["next_tier.0.threshold", "amount"],
      ["next_tier.0.gap", "amount"],
      ["next_tier.0.rate", "ratio"],
      ["something_new", "number"],
    ]);
    expect(snakeCase("discountEarned")).toBe("discount_earned");
  });
});
