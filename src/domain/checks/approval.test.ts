import { DEFAULT_CONFIG } from "../config/defaults";
import { calculatePlan } from "../calc/calculate";
import { planOf } from "../calc/testing/plan-fixture";
import { ruleFindings } from ".";
import { cleanWith, d, findingsOf, withCode } from "./testing/fixture";

describe("APPROVAL_INCOMPLETE", () => {
  it("warns on an approved plan without an approver, at approved_by", () => {
    const [f, ...rest] = withCode(
      findingsOf(cleanWith({ approved_by: null })),
      "APPROVAL_INCOMPLETE"
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "warning", name: "approved_by", sheet: "ActionPlan" });
    expect(f?.message).toContain("Статус плана «Утверждён», но не заполнено: «Утвердил».");
  });

  it("names both fields when both are empty, at the first", () => {
    const [f] = withCode(
      findingsOf(cleanWith({ approved_by: null, approved_on: null }), "2027-02-01", "en"),
      "APPROVAL_INCOMPLETE"
    );
    expect(f?.name).toBe("approved_by");
    expect(f?.message).toContain("“Approved by”, “Approved on” are empty");
  });

  it("says nothing when approver and date are given, or the plan is not approved", () => {
    expect(withCode(findingsOf(cleanWith()), "APPROVAL_INCOMPLETE")).toEqual([]);
    expect(
      withCode(
        findingsOf(cleanWith({ plan_status: "on_review", approved_by: null, approved_on: null })),
        "APPROVAL_INCOMPLETE"
      )
    ).toEqual([]);
  });
});

describe("PLAN_NOT_APPROVED", () => {
  it("informs from the plan's first day on while the plan is a draft or on review", () => {
    for (const status of ["draft", "on_review"]) {
      const [f] = withCode(
        findingsOf(cleanWith({ plan_status: status }), "2027-01-01"),
        "PLAN_NOT_APPROVED"
      );
      expect(f).toMatchObject({ severity: "info", name: "plan_status" });
      expect(f?.message).toContain("План начался 01.01.2027");
    }
  });

  it("takes an empty status as the default draft", () => {
    const [f] = withCode(
      findingsOf(cleanWith({ plan_status: null }), "2027-02-01", "en"),
      "PLAN_NOT_APPROVED"
    );
    expect(f?.message).toContain("still “Draft”");
  });

  it("says nothing before the plan starts, nor for an approved or archived plan", () => {
    expect(
      withCode(findingsOf(cleanWith({ plan_status: "draft" }), "2026-12-31"), "PLAN_NOT_APPROVED")
    ).toEqual([]);
    for (const status of ["approved", "archived"])
      expect(withCode(findingsOf(cleanWith({ plan_status: status })), "PLAN_NOT_APPROVED")).toEqual(
        []
      );
  });

  it("says nothing for a workbook whose Config has no plan_status (built before §9)", () => {
    const plan = planOf(cleanWith({ plan_status: null }));
    const old = {
      ...plan,
      config: {
        ...plan.config,
        fields: DEFAULT_CONFIG.fields.filter(
          (f) => !["plan_status", "approved_by", "approved_on"].includes(f.key)
        ),
      },
    };
    const findings = ruleFindings(old, calculatePlan(old), { lang: "ru", today: d("2027-03-01") });
    expect(withCode(findings, "PLAN_NOT_APPROVED")).toEqual([]);
    expect(withCode(findings, "APPROVAL_INCOMPLETE")).toEqual([]);
  });
});
