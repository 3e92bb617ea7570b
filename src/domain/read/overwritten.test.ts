import { DEFAULT_CONFIG } from "../config/defaults";
import type { WorkbookSnapshot } from "../snapshot";
import { aPlan } from "../testing/builders";
import { overwrittenFormulaFindings } from "./overwritten";

/** The plan's snapshot as a reader that read formulas gives it: every computed cell holds its formula. */
function withFormulas(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    names: snapshot.names.map((n) => ({ ...n, formula: `=${n.name}_formula()` })),
    tables: snapshot.tables.map((t) => ({
      ...t,
      formulas: t.rows.map((r) => r.map(() => "=1")),
    })),
  };
}

describe("FORMULA_OVERWRITTEN: a computed cell that holds a typed value (spec §8)", () => {
  it("names the computed form field's cell whose formula was typed over", () => {
    const snapshot = withFormulas(aPlan().snapshot());
    const typedOver: WorkbookSnapshot = {
      ...snapshot,
      names: snapshot.names.map((n) =>
        n.name === "sales_plan_total" ? { ...n, formula: null, value: 1_000_000 } : n
      ),
    };
    const findings = overwrittenFormulaFindings(typedOver, DEFAULT_CONFIG, "en");
    const place = snapshot.names.find((n) => n.name === "sales_plan_total");
    expect(findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ["FORMULA_OVERWRITTEN", "error", place?.sheet, place?.address],
    ]);
    expect(findings[0]?.message).toContain("1000000");
  });

  it("says nothing while every computed cell holds a formula, or where no formulas were read", () => {
    expect(
      overwrittenFormulaFindings(withFormulas(aPlan().snapshot()), DEFAULT_CONFIG, "ru")
    ).toEqual([]);
    expect(overwrittenFormulaFindings(aPlan().snapshot(), DEFAULT_CONFIG, "ru")).toEqual([]);
  });
});
