import { cleanWith, findingsOf, plain, withCode } from "./testing/fixture";

describe("CREDIT_LIMIT_EXCEEDED", () => {
  it("flags a need above the limit, naming credit_limit and the peak month", () => {
    // S_m = 150 000 per month; 30 days of deferral: January 145 161,29, February 160 714,29
    const [f] = withCode(
      findingsOf(cleanWith({ credit_limit: 150_000_00 })),
      "CREDIT_LIMIT_EXCEEDED"
    );
    expect(f).toMatchObject({ severity: "error", name: "credit_limit", sheet: "ActionPlan" });
    expect(plain(f?.message)).toContain(
      "Потребность в кредите 160 714,29 ₽ выше кредитного лимита 150 000,00 ₽ (пик — фев 2027)"
    );
  });

  it("treats a limit of 0 as no credit line: any need is too much", () => {
    const [f] = withCode(findingsOf(cleanWith({ credit_limit: 0 })), "CREDIT_LIMIT_EXCEEDED");
    expect(f?.message).toContain("Кредитной линии нет (лимит 0)");
    expect(
      withCode(
        findingsOf(cleanWith({ credit_limit: 0, credit_depth_days: null })),
        "CREDIT_LIMIT_EXCEEDED"
      )
    ).toEqual([]);
  });

  it("never flags an empty limit, nor a need equal to the limit", () => {
    expect(
      withCode(findingsOf(cleanWith({ credit_limit: null })), "CREDIT_LIMIT_EXCEEDED")
    ).toEqual([]);
    expect(
      withCode(findingsOf(cleanWith({ credit_limit: 160_714_29 })), "CREDIT_LIMIT_EXCEEDED")
    ).toEqual([]);
  });
});

describe("CREDIT_DEPTH_ABOVE_MAX", () => {
  it("flags a deferral above max_credit_depth_days", () => {
    const [f] = withCode(
      findingsOf(cleanWith({ credit_depth_days: 120 })),
      "CREDIT_DEPTH_ABOVE_MAX"
    );
    expect(f).toMatchObject({ severity: "error", name: "credit_depth_days" });
    expect(f?.message).toBe(
      "Отсрочка платежа 120 дн. больше допустимой 90 дн. (max_credit_depth_days). Сократите отсрочку или согласуйте исключение."
    );
  });

  it("accepts the maximum itself and follows the setting", () => {
    expect(
      withCode(findingsOf(cleanWith({ credit_depth_days: 90 })), "CREDIT_DEPTH_ABOVE_MAX")
    ).toEqual([]);
    expect(
      withCode(
        findingsOf(
          cleanWith({ credit_depth_days: 90 }, {}, { settings: { maxCreditDepthDays: 60 } })
        ),
        "CREDIT_DEPTH_ABOVE_MAX"
      )
    ).toHaveLength(1);
  });
});
