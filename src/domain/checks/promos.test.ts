import { cleanWith, d, findingsOf, plain, withCode } from "./testing/fixture";

// The clean plan's actuals: Молоко 3,2% 90 000 in 2027-01 only. A promo in March on it:
// baseline over Jan–Feb with actuals = Jan 90 000; March actual 60 000 → incremental −30 000.
const actuals = (march: number) => ({
  SalesActual: [{ item: "Молоко 3,2%", "2027-01": 90_000_00, "2027-03": march }],
});
const promo = (cost: number | null) => ({
  Activities: [
    {
      activity: "Дегустация",
      kind: "promo",
      item: "Молоко 3,2%",
      date: d("2027-03-10"),
      cost,
      owner: "Анна Смирнова",
      status: "done",
    },
  ],
});

describe("PROMO_UNPROFITABLE", () => {
  it("flags a promo whose incremental × gross margin falls short of its cost, naming the cost cell", () => {
    // incremental 150 000 − 90 000 = 60 000; × 25 % = 15 000 < 20 000.
    const spec = cleanWith(
      {},
      { ...actuals(150_000_00), ...promo(20_000_00) },
      {
        settings: { grossMargin: 0.25 },
      }
    );
    const [f, ...rest] = withCode(findingsOf(spec, "2027-04-01"), "PROMO_UNPROFITABLE");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "warning", sheet: "ActionPlan", name: "Activities" });
    expect(plain(f?.message)).toContain("прирост продаж 60 000,00 ₽");
    expect(plain(f?.message)).toContain("на 5 000,00 ₽");
  });

  it("accepts a promo that pays back, and says nothing without a gross margin or before the effect is over", () => {
    const paying = cleanWith(
      {},
      { ...actuals(150_000_00), ...promo(15_000_00) },
      {
        settings: { grossMargin: 0.25 },
      }
    );
    expect(withCode(findingsOf(paying, "2027-04-01"), "PROMO_UNPROFITABLE")).toEqual([]);
    const noMargin = cleanWith({}, { ...actuals(100_000_00), ...promo(20_000_00) });
    expect(withCode(findingsOf(noMargin, "2027-04-01"), "PROMO_UNPROFITABLE")).toEqual([]);
    // No March actual yet: T is January, the effect is not over.
    const early = cleanWith(
      {},
      { SalesActual: [{ item: "Молоко 3,2%", "2027-01": 1 }], ...promo(20_000_00) },
      {
        settings: { grossMargin: 0.25 },
      }
    );
    expect(withCode(findingsOf(early, "2027-04-01"), "PROMO_UNPROFITABLE")).toEqual([]);
  });
});
