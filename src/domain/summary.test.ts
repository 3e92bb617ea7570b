import { aPlan, aSnapshot } from "./testing/builders";
import { summarize } from "./summary";

describe("summarize", () => {
  it("counts findings by severity", () => {
    const { plan, findings } = aPlan()
      .set("kam_name", null)
      .withExtraColumn("Team", "Телефон")
      .read();
    expect(summarize(plan, findings).counts).toEqual({ error: 1, warning: 1, info: 0 });
  });

  it("is complete for the complete plan", () => {
    const { plan, findings } = aPlan().read();
    expect(summarize(plan, findings)).toEqual({
      counts: { error: 0, warning: 0, info: 0 },
      completeness: 1,
    });
  });

  it("counts the empty template: 8 required form fields and 3 required tables, none filled", () => {
    const { plan, findings } = aSnapshot().read();
    expect(summarize(plan, findings).completeness).toBe(0);
  });

  it("is the share of filled required cells; a wrong value counts as filled, an empty one not", () => {
    const full = aPlan().read();
    const base = summarize(full.plan, full.findings);
    expect(base.completeness).toBe(1);
    const required = 8 + 2 * 2 + 2 + 2 + 1 + 2 * 4 + 1 + 1 + 2 * 4 + 1 + 1 + 4 * 2 + 4 * 2; // form + rows' required cells (+ 1: the SalesActual row)
    const missing = aPlan().set("kam_name", null).read();
    expect(summarize(missing.plan, missing.findings).completeness).toBeCloseTo(
      (required - 1) / required,
      12
    );
    const wrong = aPlan().set("plan_period", "декада").read();
    expect(summarize(wrong.plan, wrong.findings).completeness).toBe(1);
  });

  it("counts an empty required table as one unfilled cell", () => {
    const { plan, findings } = aPlan().emptyTable("KPI").read();
    const required = 8 + 4 + 2 + 2 + 1 + 8 + 1 + 1 + 1 + 1 + 8 + 8 + 1; // KPI's 8 cells replaced by 1
    expect(summarize(plan, findings).completeness).toBeCloseTo((required - 1) / required, 12);
  });
});
