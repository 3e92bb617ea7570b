import { DEFAULT_CONFIG } from "../domain/config/defaults";
import { buildLayout } from "./build";
import { monthLabel } from "./chart";
import type { WorkbookLayout } from "./types";

function sheet(layout: WorkbookLayout, name: string) {
  const found = layout.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("the plan-vs-actual chart", () => {
  it("sits on ActionPlan, right of the form and the data-bar block, over a Calc block of formulas that follow SalesPlan / SalesActual", () => {
    const layout = buildLayout(DEFAULT_CONFIG, { lang: "en", start: "2027-04", period: "quarter" });
    const charts = sheet(layout, "ActionPlan").charts ?? [];
    expect(charts).toEqual([
      {
        name: "PlanActualChart",
        kind: "columnClustered",
        title: "Sales plan and actual by month",
        source: { sheet: "Calc", range: "K12:M15" },
        seriesBy: "columns",
        from: "N3",
        to: expect.stringMatching(/^U\d+$/) as unknown,
      },
    ]);
    const calc = sheet(layout, "Calc");
    const at = (address: string) => calc.cells.find((c) => c.address === address)?.content;
    expect([at("K12"), at("L12"), at("M12")]).toEqual([
      undefined,
      { kind: "value", value: "Plan" },
      { kind: "value", value: "Actual" },
    ]);
    expect([at("K13"), at("L13"), at("M13"), at("K15")]).toEqual([
      { kind: "value", value: "Apr 2027" },
      { kind: "formula", formula: "E13" },
      { kind: "formula", formula: "F13" },
      { kind: "value", value: "Jun 2027" },
    ]);
    // E13 / F13 are the month's sums of the SalesPlan / SalesActual columns.
    expect(at("E13")).toEqual({
      kind: "formula",
      formula: expect.stringContaining("SalesPlan[[2027-04]]") as unknown,
    });
    expect(at("F13")).toEqual({
      kind: "formula",
      formula: expect.stringContaining("SalesActual[[2027-04]]") as unknown,
    });
    expect(at("K16")).toBeUndefined();
    // The chart spans the form and the sales summary rows.
    const summaryLast = Math.max(
      ...sheet(layout, "ActionPlan")
        .cells.filter((c) => c.content.kind === "formula" && c.content.formula.startsWith("Calc!"))
        .map((c) => Number(c.address.replace(/^[A-Z]+/, "")))
    );
    expect(charts[0]?.to).toBe(`U${summaryLast}`);
  });

  it("labels months in the workbook language", () => {
    expect(monthLabel("2027-05", "ru")).toBe("май 2027");
    expect(monthLabel("2028-12", "en")).toBe("Dec 2028");
  });
});
