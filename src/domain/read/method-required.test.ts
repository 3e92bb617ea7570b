import type { FindingCode } from "../codes";
import type { Finding } from "../findings";
import { checkWorkbook } from "../check";
import { aPlan, type WorkbookBuilder } from "../testing/builders";

const only = (b: WorkbookBuilder, code: FindingCode): Finding[] =>
  b.read().findings.filter((f) => f.code === code);

describe("the budget field of the chosen method is required (spec §7)", () => {
  it("flags an empty budget_rate with percent_of_turnover, at its cell", () => {
    const b = aPlan().set("budget_rate", null).set("budget_fixed", 50_000);
    const found = only(b, "REQUIRED_MISSING");
    expect(found.map((f) => f.name)).toEqual(["budget_rate"]);
    expect(found[0]?.message).toMatch(/обязательное поле «Бюджет, % от оборота»/);
    expect(found[0]?.cell).not.toBeNull();
  });

  it("flags an empty budget_fixed with fixed, whatever budget_rate holds", () => {
    const b = aPlan()
      .set("budget_method", b0().label("budget_methods", "fixed"))
      .set("budget_rate", 0.03)
      .set("budget_fixed", null);
    expect(only(b, "REQUIRED_MISSING").map((f) => f.name)).toEqual(["budget_fixed"]);
  });

  it("does not ask for the other method's field, nor for either without a method", () => {
    const fixed = aPlan()
      .set("budget_method", b0().label("budget_methods", "fixed"))
      .set("budget_rate", null)
      .set("budget_fixed", 50_000);
    expect(only(fixed, "REQUIRED_MISSING")).toEqual([]);
    const none = aPlan().set("budget_method", null).set("budget_rate", null);
    expect(only(none, "REQUIRED_MISSING").map((f) => f.name)).toEqual(["budget_method"]);
  });

  it("leaves a wrong value to its own finding (no REQUIRED_MISSING beside TYPE_INVALID)", () => {
    const b = aPlan().set("budget_rate", "три процента");
    expect(b.read().findings.map((f) => f.code)).toEqual(["TYPE_INVALID"]);
  });
});

function b0(): WorkbookBuilder {
  return aPlan();
}

describe("credit_depth_days bounds (spec §7)", () => {
  it("is OUT_OF_RANGE outside 0–365 and, above max_credit_depth_days, also CREDIT_DEPTH_ABOVE_MAX", () => {
    const report = checkWorkbook(aPlan().set("credit_depth_days", 400).snapshot(), {
      today: "2027-02-01",
    });
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain("OUT_OF_RANGE");
    expect(codes).toContain("CREDIT_DEPTH_ABOVE_MAX");
    const inRange = checkWorkbook(aPlan().set("credit_depth_days", 120).snapshot(), {
      today: "2027-02-01",
    }).findings.map((f) => f.code);
    expect(inRange).not.toContain("OUT_OF_RANGE");
    expect(inRange).toContain("CREDIT_DEPTH_ABOVE_MAX");
  });
});
