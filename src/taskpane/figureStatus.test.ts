import type { Finding } from "../domain/findings";
import type { CheckReport } from "../domain/report";
import { sampleReport } from "./testing/sampleReport";
import { blockNotStarted, completenessColor, figureStatus } from "./figureStatus";

const finding = (code: Finding["code"], severity: Finding["severity"]): Finding => ({
  severity,
  code,
  sheet: "ActionPlan",
  cell: "B14",
  name: null,
  message: "",
});

function reportWith(findings: readonly Finding[], completeness = 1): CheckReport {
  const base = sampleReport("ru");
  const counts = {
    error: findings.filter((f) => f.severity === "error").length,
    warning: findings.filter((f) => f.severity === "warning").length,
    info: findings.filter((f) => f.severity === "info").length,
  };
  return { ...base, findings, summary: { counts, completeness } };
}

describe("the colour of a figure follows the findings", () => {
  it("shows the budget left and the limit use in danger while their errors are listed", () => {
    const report = reportWith([
      finding("BUDGET_EXCEEDED", "error"),
      finding("CREDIT_LIMIT_EXCEEDED", "error"),
    ]);
    expect(figureStatus(report, "numbers.budgetLeft")).toBe("danger");
    expect(figureStatus(report, "numbers.creditUtilization")).toBe("danger");
    expect(figureStatus(report, "numbers.discountTotal")).toBeNull();
  });

  it("shows every figure plainly when the check found nothing about it", () => {
    const report = reportWith([finding("REQUIRED_MISSING", "error")]);
    expect(figureStatus(report, "numbers.budgetLeft")).toBeNull();
    expect(figureStatus(report, "numbers.creditUtilization")).toBeNull();
  });

  it("never shows a full plan with errors as complete (green)", () => {
    expect(completenessColor(reportWith([finding("KPI_WEIGHTS_NOT_100", "error")], 1))).toBe(
      "warning"
    );
    expect(completenessColor(reportWith([], 1))).toBe("success");
    expect(completenessColor(reportWith([finding("REVIEW_OVERDUE", "warning")], 0.8))).toBe(
      "brand"
    );
  });
});

describe("future periods", () => {
  it("calls a block that starts after today's month not started, the current one started", () => {
    expect(blockNotStarted("2027-04", "2027-03-15")).toBe(true);
    expect(blockNotStarted("2027-03", "2027-03-15")).toBe(false);
    expect(blockNotStarted("2027-01", "2027-03-15")).toBe(false);
    expect(blockNotStarted(undefined, "2027-03-15")).toBe(false);
  });
});
