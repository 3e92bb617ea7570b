import { whatIfErrorText } from "../text/whatif";
import { parseWhatIfChanges } from "./changes";
import { aWhatIfPlan } from "./testing/whatif-plan";

const plan = aWhatIfPlan();

function errorsOf(input: unknown): string[] {
  const parsed = parseWhatIfChanges(input, plan);
  if (parsed.ok) throw new Error("expected errors");
  return parsed.errors.map((e) => whatIfErrorText(e).en);
}

describe("parsing what-if changes", () => {
  it("takes every kind of change in the forms people type", () => {
    const parsed = parseWhatIfChanges(
      {
        credit_depth_days: "60",
        budget_rate: "4,5%",
        "tier.2.threshold": "350 000",
        "tier.1.rate": "0.025",
        "month.2027-03": "+10%",
        "item.молоко 3,2%": "1 200 000,50",
        scale: "-5",
      },
      plan
    );
    expect(parsed).toEqual({
      ok: true,
      changes: [
        { kind: "credit_depth_days", key: "credit_depth_days", days: 60 },
        { kind: "budget_rate", key: "budget_rate", rate: 0.045 },
        { kind: "tier_threshold", key: "tier.2.threshold", tier: 2, minor: 350_000_00 },
        { kind: "tier_rate", key: "tier.1.rate", tier: 1, rate: 0.025 },
        {
          kind: "month_volume",
          key: "month.2027-03",
          month: "2027-03",
          change: { by: "percent", fraction: 0.1 },
        },
        {
          kind: "item_volume",
          key: "item.молоко 3,2%",
          item: "Молоко 3,2%",
          change: { by: "total", minor: 1_200_000_50 },
        },
        { kind: "scale", key: "scale", fraction: -0.05 },
      ],
    });
  });

  it("takes numbers as well as texts", () => {
    const parsed = parseWhatIfChanges({ credit_depth_days: 45, "tier.1.threshold": 1000.5 }, plan);
    expect(parsed.ok && parsed.changes).toEqual([
      { kind: "credit_depth_days", key: "credit_depth_days", days: 45 },
      { kind: "tier_threshold", key: "tier.1.threshold", tier: 1, minor: 1000_50 },
    ]);
  });

  it("names the key and says what to write for each bad value", () => {
    expect(
      errorsOf({
        credit_depth_days: "sixty",
        budget_rate: "4",
        "tier.1.rate": "-1%",
        "tier.1.threshold": "-5",
        "month.2027-02": "a lot",
        scale: "-150%",
      })
    ).toEqual([
      'credit_depth_days: "sixty" is not a whole number of days from 0 to 365',
      'budget_rate: "4" is above 100%; write a percentage with its sign: 4%',
      'tier.1.rate: "-1%" is not a percentage from 0 to 100 (write 4% or 0.04)',
      'tier.1.threshold: "-5" is not an amount of 0 or more (write 500000 or 500,000.50)',
      'month.2027-02: "a lot" is neither a change in percent (+10%, -5%) nor a new total (1,200,000)',
      'scale: "-150%" is a cut of more than 100%',
    ]);
  });

  it("refuses days outside 0–365 and fractions of a day", () => {
    expect(errorsOf({ credit_depth_days: "366" })).toHaveLength(1);
    expect(errorsOf({ credit_depth_days: "10.5" })).toHaveLength(1);
  });

  it("refuses keys the plan does not have: a tier row, a month, an item, an unknown key", () => {
    const errors = errorsOf({
      "tier.3.rate": "5%",
      "month.2027-09": "+1%",
      "month.March": "+1%",
      "item.Сыр": "+1%",
      discount: "5%",
      "budget_rate ": "",
    });
    expect(errors).toEqual([
      "tier.3.rate: the discount tiers table has no such row (it has 2)",
      "month.2027-09: not a month of the plan (Jan 2027 – Jun 2027)",
      "month.March: write the month as YYYY-MM, e.g. month.2027-03",
      "item.Сыр: no such item in the sales plan; it has: Молоко 3,2%, Кефир 1%",
      "discount: unknown key; allowed: credit_depth_days, budget_rate, tier.N.threshold, tier.N.rate, month.YYYY-MM, item.NAME, scale",
      "budget_rate : no value given",
    ]);
  });

  it("refuses input that is not a set of keys and values (zod)", () => {
    expect(errorsOf(["credit_depth_days=60"])).toEqual(["the changes must be a set of KEY=VALUE"]);
    expect(errorsOf({ credit_depth_days: true })).toHaveLength(1);
  });

  it("gives every message in Russian too", () => {
    const parsed = parseWhatIfChanges({ credit_depth_days: "x" }, plan);
    expect(!parsed.ok && parsed.errors[0] && whatIfErrorText(parsed.errors[0]).ru).toBe(
      "credit_depth_days: «x» — не целое число дней от 0 до 365"
    );
  });
});
