import { checkWorkbook } from "../domain/check";
import type { FindingCode } from "../domain/codes";
import type { CheckReport } from "../domain/report";
import { aPlan } from "../domain/testing/builders";
import { COMPUTED_FINDING_INPUTS, findingTarget } from "./findingTarget";

const TODAY = "2027-02-01";

function only(report: CheckReport, code: FindingCode) {
  const found = report.findings.filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  return found[0] as (typeof found)[number];
}

describe("the input a finding about a computed value selects", () => {
  it("sends BUDGET_EXCEEDED from the budget formula to the activities' cost column", () => {
    const report = checkWorkbook(
      aPlan()
        .withActivity("Выставка", "2027-02-10", 100_000, "planned")
        .withActivity("Обучение", "2027-03-10", 200_000, "planned")
        .snapshot(),
      { today: TODAY }
    );
    const finding = only(report, "BUDGET_EXCEEDED");
    const budget = report.plan.formRefs["budget_amount"];
    expect({ sheet: finding.sheet, cell: finding.cell }).toEqual(budget);
    const costs = report.plan.tables["Activities"]?.rows.map((r) => r.refs["cost"]) ?? [];
    const first = costs[0];
    const last = costs[costs.length - 1];
    expect(first && last).toBeTruthy();
    expect(findingTarget(finding, report.plan)).toEqual({
      sheet: first?.sheet,
      cell: `${first?.cell ?? ""}:${last?.cell ?? ""}`,
    });
  });

  it("sends CREDIT_LIMIT_EXCEEDED to the credit limit input", () => {
    const report = checkWorkbook(aPlan().set("credit_limit", 1_000).snapshot(), { today: TODAY });
    const finding = only(report, "CREDIT_LIMIT_EXCEEDED");
    expect(findingTarget(finding, report.plan)).toEqual(report.plan.formRefs["credit_limit"]);
  });

  it("sends KPI_WEIGHTS_NOT_100 from the KPI table's header to its weight column", () => {
    const report = checkWorkbook(
      aPlan()
        .rows("KPI", [{ kpi: "Выручка", period: "Квартал", target: 450_000, weight: 0.5 }])
        .snapshot(),
      { today: TODAY }
    );
    const finding = only(report, "KPI_WEIGHTS_NOT_100");
    const weight = report.plan.tables["KPI"]?.rows[0]?.refs["weight"];
    expect(weight).toBeDefined();
    expect(finding.cell).not.toBe(weight?.cell);
    expect(findingTarget(finding, report.plan)).toEqual(weight);
  });

  it("keeps a finding on an input cell where it is (a tier's own rate above the maximum)", () => {
    const report = checkWorkbook(aPlan().withTier("volume", "quarter", 900_000, 0.4).snapshot(), {
      today: TODAY,
    });
    const tier = report.findings.find(
      (f) => f.code === "DISCOUNT_ABOVE_MAX" && f.name === "DiscountTiers"
    );
    expect(tier).toBeDefined();
    if (tier)
      expect(findingTarget(tier, report.plan)).toEqual({ sheet: tier.sheet, cell: tier.cell });
  });

  it("sends a finding of an unlisted code to its own cell, and one without a place nowhere", () => {
    const report = checkWorkbook(aPlan().set("kam_name", null).snapshot(), { today: TODAY });
    const missing = only(report, "REQUIRED_MISSING");
    expect(COMPUTED_FINDING_INPUTS.REQUIRED_MISSING).toBeUndefined();
    expect(findingTarget(missing, report.plan)).toEqual({
      sheet: missing.sheet,
      cell: missing.cell,
    });
    expect(findingTarget({ ...missing, sheet: null, cell: null }, report.plan)).toBeNull();
    expect(findingTarget(missing, null)).toEqual({ sheet: missing.sheet, cell: missing.cell });
  });
});
