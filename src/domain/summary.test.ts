import { completenessSections } from "./completeness";
import { DEFAULT_CONFIG } from "./config/defaults";
import { aPlan, aSnapshot } from "./testing/builders";
import { summarize } from "./summary";

const sections = completenessSections(DEFAULT_CONFIG);
const inputsOf = (key: string): number =>
  sections.find((s) => s.section.key === key)?.fields.length ?? Number.NaN;
const completeness = (b: ReturnType<typeof aPlan>): number => {
  const { plan, findings } = b.read();
  return summarize(plan, findings).completeness;
};

describe("summarize", () => {
  it("counts findings by severity", () => {
    const { plan, findings } = aPlan()
      .set("kam_name", null)
      .withExtraColumn("Team", "Телефон")
      .read();
    expect(summarize(plan, findings).counts).toEqual({ error: 1, warning: 1, info: 0 });
  });

  it("averages over every section with visible input fields, computed fields left out", () => {
    expect(sections.map((s) => s.section.key)).toEqual(DEFAULT_CONFIG.sections.map((s) => s.key));
    expect(sections.flatMap((s) => s.fields).some((f) => f.type.kind === "computed")).toBe(false);
  });

  it("is 0 for the empty template", () => {
    const { plan, findings } = aSnapshot().read();
    expect(summarize(plan, findings).completeness).toBe(0);
  });
});

describe("completeness (spec §10)", () => {
  it("counts a table 1 with a data row and 0 without: emptying one table costs one section", () => {
    const full = completeness(aPlan());
    expect(completeness(aPlan().emptyTable("Risks"))).toBeCloseTo(full - 1 / sections.length, 12);
    expect(completeness(aPlan().without("Risks"))).toBeCloseTo(full - 1 / sections.length, 12);
  });

  it("counts a form section as its share of filled visible fields", () => {
    const full = completeness(aPlan());
    const expected = full - 1 / inputsOf("PlanHeader") / sections.length;
    expect(completeness(aPlan().set("kam_name", null))).toBeCloseTo(expected, 12);
    expect(completeness(aPlan().set("credit_limit", null))).toBeCloseTo(expected, 12);
  });

  it("counts a wrong value as filled", () => {
    expect(completeness(aPlan().set("plan_period", "декада"))).toBe(completeness(aPlan()));
  });

  it("no longer calls a plan with an empty dossier, no risks and no activities complete", () => {
    const dossier = DEFAULT_CONFIG.fields.filter(
      (f) => f.section === "ClientProfile" && f.type.kind !== "computed"
    );
    let b = aPlan()
      .emptyTable("Risks")
      .emptyTable("Activities")
      .emptyTable("Environment")
      .emptyTable("History")
      .emptyTable("DecisionGroup")
      .emptyTable("Competitors");
    for (const field of dossier) b = b.set(field.key, null);
    const value = completeness(b);
    expect(value).toBeLessThan(0.75);
    // Left: PlanHeader (its share) + the ActionPlan tables the fixture fills and this test keeps.
    const { plan } = b.read();
    const kept = sections.filter(
      (s) => s.section.kind === "table" && (plan.tables[s.section.key]?.rows.length ?? 0) > 0
    ).length;
    expect(kept).toBeGreaterThanOrEqual(5);
    const header = sections.find((s) => s.section.key === "PlanHeader")?.fields ?? [];
    const headerShare = header.filter((f) => plan.form[f.key] !== null).length / header.length;
    expect(value).toBeCloseTo((headerShare + kept) / sections.length, 12);
  });
});
