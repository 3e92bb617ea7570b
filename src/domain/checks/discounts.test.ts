import { cleanWith, findingsOf, plain, withCode } from "./testing/fixture";

type Tier = {
  tier?: string;
  condition: string | null;
  basis_period: string | null;
  threshold: number | null;
  rate: number | null;
};
const tier = (
  threshold: number,
  rate: number,
  condition = "volume",
  basis_period = "quarter"
): Tier => ({ tier: `T${threshold}`, condition, basis_period, threshold, rate });
const withTiers = (tiers: readonly Tier[], settings = {}) =>
  cleanWith({}, { DiscountTiers: tiers }, { settings });

describe("DISCOUNT_TIERS_NOT_MONOTONIC", () => {
  it("flags a higher threshold with a lower rate, at the higher tier’s rate cell", () => {
    const findings = withCode(
      findingsOf(withTiers([tier(300_000_00, 0.03), tier(400_000_00, 0.02)])),
      "DISCOUNT_TIERS_NOT_MONOTONIC"
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", name: "DiscountTiers" });
    expect(findings[0]?.cell).toMatch(/^E\d+$/);
    expect(plain(findings[0]?.message)).toContain(
      "порог 400 000,00 ₽ даёт скидку 2 %, а меньший порог 300 000,00 ₽ — 3 %"
    );
    expect(findings[0]?.message).toContain("За объём / квартал (3 мес.)");
  });

  it("judges each group on its own and in threshold order, not sheet order", () => {
    const tiers = [
      tier(400_000_00, 0.03),
      tier(300_000_00, 0.02),
      tier(100_00, 0.5, "promo", "month"),
    ];
    expect(
      withCode(findingsOf(withTiers(tiers, { maxDiscount: 1 })), "DISCOUNT_TIERS_NOT_MONOTONIC")
    ).toEqual([]);
  });

  it("reports equal thresholds only as DUPLICATE_VALUE, judging monotony over the tiers that apply", () => {
    const findings = findingsOf(
      withTiers([tier(300_000_00, 0.03), tier(300_000_00, 0.01), tier(400_000_00, 0.04)])
    );
    expect(withCode(findings, "DISCOUNT_TIERS_NOT_MONOTONIC")).toEqual([]);
    const [dup] = withCode(findings, "DUPLICATE_VALUE");
    expect(dup).toMatchObject({ severity: "error", name: "DiscountTiers" });
    expect(dup?.cell).toMatch(/^D\d+$/);
    expect(plain(dup?.message)).toContain("порог 300 000,00 ₽ уже есть");
  });

  it("leaves incomplete tiers out of both rules", () => {
    const tiers: Tier[] = [
      tier(300_000_00, 0.03),
      { condition: "volume", basis_period: "quarter", threshold: 400_000_00, rate: null },
      { condition: null, basis_period: "quarter", threshold: 300_000_00, rate: 0.01 },
    ];
    const findings = findingsOf(withTiers(tiers));
    expect(withCode(findings, "DISCOUNT_TIERS_NOT_MONOTONIC")).toEqual([]);
    expect(withCode(findings, "DUPLICATE_VALUE")).toEqual([]);
  });
});

describe("DISCOUNT_ABOVE_MAX", () => {
  it("flags a tier rate above max_discount at its rate cell", () => {
    const [f] = withCode(findingsOf(withTiers([tier(10_000_000_00, 0.3)])), "DISCOUNT_ABOVE_MAX");
    expect(f).toMatchObject({ severity: "error", name: "DiscountTiers" });
    expect(f?.message).toBe(
      "Ставка скидки 30\u00a0% выше допустимой 25\u00a0% (max_discount). Уменьшите ставку."
    );
  });

  it("flags stacked groups whose effective rate is above max_discount, naming discount_total", () => {
    const tiers = [tier(0, 0.15, "volume", "half_year"), tier(0, 0.15, "promo", "half_year")];
    const [f] = withCode(findingsOf(withTiers(tiers)), "DISCOUNT_ABOVE_MAX");
    expect(f).toMatchObject({ name: "discount_total", sheet: "ActionPlan" });
    expect(plain(f?.message)).toContain("270 000,00 ₽ при плане продаж 900 000,00 ₽, то есть 30 %");
  });

  it('compares the effective rate in whole basis points: cent rounding never makes 25 % "above 25 %"', () => {
    // 1 000,02 × 25 % = 250,005 → ROUND → 250,01: effective 25,0005 %, which is 2500 basis points
    const one = {
      SalesPlan: [{ item: "A", "2027-01": 1000_02 }],
      Assortment: [{ item: "A" }],
      SalesActual: [],
    };
    const spec = cleanWith(
      { opportunity_1y: 0 },
      { ...one, DiscountTiers: [tier(0, 0.25, "volume", "half_year")] }
    );
    expect(withCode(findingsOf(spec), "DISCOUNT_ABOVE_MAX")).toEqual([]);
    const sales = one;
    const rounding = cleanWith(
      {},
      {
        ...sales,
        SalesPlan: [{ item: "A", "2027-01": 3, "2027-02": 0 }],
        DiscountTiers: [tier(0, 0.25, "volume", "month")],
      }
    );
    // ROUND(0.03 × 0.25, 2) = ROUND(0.0075, 2) = 0.01 → 33 % effective: above, as the sheet shows
    expect(withCode(findingsOf(rounding), "DISCOUNT_ABOVE_MAX")).toHaveLength(1);
  });

  it("accepts a rate equal to max_discount", () => {
    expect(
      withCode(findingsOf(withTiers([tier(10_000_000_00, 0.25)])), "DISCOUNT_ABOVE_MAX")
    ).toEqual([]);
  });
});

describe("DISCOUNT_BASIS_LONGER_THAN_PLAN", () => {
  it("flags a yearly basis on a half-year plan at the basis cell", () => {
    const [f] = withCode(
      findingsOf(withTiers([tier(0, 0.01, "volume", "year")])),
      "DISCOUNT_BASIS_LONGER_THAN_PLAN"
    );
    expect(f).toMatchObject({ severity: "error", name: "DiscountTiers" });
    expect(f?.cell).toMatch(/^C\d+$/);
    expect(f?.message).toContain("за год (12 мес.), а план на полугодие (6 мес.)");
  });

  it("accepts a basis as long as the plan", () => {
    expect(
      withCode(
        findingsOf(withTiers([tier(0, 0.01, "volume", "half_year")])),
        "DISCOUNT_BASIS_LONGER_THAN_PLAN"
      )
    ).toEqual([]);
  });
});
