import fc from "fast-check";
import { FINDING_CODES } from "./codes";
import { checkPlan, checkWorkbook, sortFindings } from "./check";
import { planOf } from "./calc/testing/plan-fixture";
import type { Finding } from "./findings";
import { aPlan, aSnapshot, serial } from "./testing/builders";

const TODAY = { today: "2027-02-01" } as const;

describe("checkWorkbook", () => {
  it("finds nothing in the complete plan of the builders and computes its numbers", () => {
    const report = checkWorkbook(aPlan().snapshot(), TODAY);
    expect(report.findings).toEqual([]);
    expect(report.language).toBe("ru");
    expect(report.numbers.salesPlanTotal).toBe(900_000_00);
    expect(report.numbers.months).toHaveLength(6);
    expect(report.summary.counts).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it("joins structural, type and rule findings, errors first, then by sheet and cell", () => {
    const report = checkWorkbook(
      aPlan()
        .set("credit_depth_days", 120)
        .set("last_review", serial("2026-01-10"))
        .withKpi("Звонки", "month", 10, 0)
        .set("client_name", null)
        .snapshot(),
      TODAY
    );
    const codes = report.findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "REQUIRED_MISSING",
        "CREDIT_DEPTH_ABOVE_MAX",
        "KPI_SHORTER_THAN_CHECKPOINT",
        "REVIEW_OVERDUE",
      ])
    );
    const severities = report.findings.map((f) => ["error", "warning", "info"].indexOf(f.severity));
    expect([...severities].sort((a, b) => a - b)).toEqual(severities);
    expect(report.summary.counts.error).toBe(
      report.findings.filter((f) => f.severity === "error").length
    );
  });

  it("writes messages in the language asked for", () => {
    const report = checkWorkbook(aPlan().set("credit_depth_days", 120).snapshot(), {
      ...TODAY,
      lang: "en",
    });
    expect(report.language).toBe("en");
    expect(report.findings[0]?.message).toContain("The payment deferral of 120 days");
  });

  it("checks an empty template without throwing, every finding with a place", () => {
    const report = checkWorkbook(aSnapshot().snapshot(), TODAY);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(f.cell !== null || f.name !== null).toBe(true);
  });

  it("refuses a malformed today (a caller’s bug)", () => {
    expect(() => checkWorkbook(aPlan().snapshot(), { today: "01.02.2027" })).toThrow(/YYYY-MM-DD/);
  });
});

describe("checkWorkbook: a deleted Config sheet (issue #11, case 9)", () => {
  it("is SHEET_MISSING for Config, an error, naming how to repair it", () => {
    const report = checkWorkbook(aPlan().withoutSheet("Config").snapshot(), TODAY);
    expect(report.findings.map((f) => [f.code, f.severity, f.sheet])).toEqual([
      ["SHEET_MISSING", "error", "Config"],
    ]);
    expect(report.findings[0]?.message).toMatch(/Нет листа «Config»/);
  });

  it("is not reported when the sheet is there (in any case, as Excel matches names)", () => {
    const snapshot = aPlan().snapshot();
    const upper = {
      ...snapshot,
      sheets: snapshot.sheets.map((s) => ({ ...s, name: s.name.toUpperCase() })),
    };
    expect(checkWorkbook(upper, TODAY).findings).toEqual([]);
  });
});

describe("checkPlan", () => {
  it("runs calculators and rule checks on a typed plan", () => {
    const plan = planOf({
      form: { plan_start: serial("2027-01-01"), plan_period: "year" },
      tables: { Team: [{ member: "A", role: "finance" }] },
    });
    const { numbers, findings } = checkPlan(plan, TODAY);
    expect(numbers.months).toHaveLength(12);
    expect(findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(["TEAM_NO_KAM", "CHECKPOINTS_MISSING"])
    );
  });
});

describe("sortFindings", () => {
  const f = (
    severity: Finding["severity"],
    sheet: string | null,
    cell: string | null,
    name: string | null = null
  ): Finding => ({ severity, code: "TEAM_NO_KAM", sheet, cell, name, message: "" });

  it("orders by severity, then sheet, then row and column", () => {
    const input = [
      f("info", "ActionPlan", "A1"),
      f("warning", "Dossier", "B2"),
      f("error", "Dossier", "A1"),
      f("error", "ActionPlan", "B10"),
      f("error", "ActionPlan", "C2"),
      f("error", "ActionPlan", "AA2"),
      f("error", null, null, "Team"),
      f("error", "Config", "D14"),
      f("warning", "ActionPlan", null, "KPI"),
    ];
    const order = sortFindings(input).map(
      (x) => `${x.severity}:${x.sheet ?? "-"}:${x.cell ?? x.name ?? ""}`
    );
    expect(order).toEqual([
      "error:ActionPlan:C2",
      "error:ActionPlan:AA2",
      "error:ActionPlan:B10",
      "error:Dossier:A1",
      "error:Config:D14",
      "error:-:Team",
      "warning:ActionPlan:KPI",
      "warning:Dossier:B2",
      "info:ActionPlan:A1",
    ]);
  });

  it("keeps every finding", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            severity: fc.constantFrom("error", "warning", "info"),
            sheet: fc.option(fc.constantFrom("ActionPlan", "Dossier", "Other")),
            cell: fc.option(fc.constantFrom("A1", "B2", "Z99", "AB3")),
          })
        ),
        (rows) => {
          const findings = rows.map((r) => f(r.severity, r.sheet, r.cell, "n"));
          expect(sortFindings(findings)).toHaveLength(findings.length);
        }
      ),
      { numRuns: 200 }
    );
    expect(Object.keys(FINDING_CODES)).toContain("TEAM_NO_KAM");
  });
});
