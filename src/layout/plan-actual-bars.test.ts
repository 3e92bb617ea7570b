import { DEFAULT_CONFIG } from "../domain/config/defaults";
import { buildLayout } from "./build";
import { PALETTE } from "./styles";
import type { WorkbookLayout } from "./types";

function sheet(layout: WorkbookLayout, name: string) {
  const found = layout.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("the plan-vs-actual block with data bars on ActionPlan", () => {
  it("shows the Calc sheet monthly plan and actual per month in J–L, with data bars on one scale", () => {
    const layout = buildLayout(DEFAULT_CONFIG, { lang: "en", start: "2027-04", period: "quarter" });
    const plan = sheet(layout, "ActionPlan");
    const at = (address: string) => plan.cells.find((c) => c.address === address);
    expect([at("J3"), at("J4"), at("K4"), at("L4")].map((c) => c?.content)).toEqual([
      { kind: "value", value: "Plan and actual by month" },
      { kind: "value", value: "Month" },
      { kind: "value", value: "Plan" },
      { kind: "value", value: "Actual" },
    ]);
    expect([at("J5"), at("J7")].map((c) => c?.content)).toEqual([
      { kind: "value", value: "Apr 2027" },
      { kind: "value", value: "Jun 2027" },
    ]);
    expect(at("J8")).toBeUndefined();
    // K/L show Calc's S_m / A_m: the month's sums of SalesPlan / SalesActual.
    expect(at("K5")?.content).toEqual({ kind: "formula", formula: "Calc!$E$13" });
    expect(at("L7")?.content).toEqual({ kind: "formula", formula: "Calc!$F$15" });
    const calc = sheet(layout, "Calc").cells;
    expect(calc.find((c) => c.address === "E13")?.content).toEqual({
      kind: "formula",
      formula: expect.stringContaining("SalesPlan[[2027-04]]") as unknown,
    });
    expect(calc.find((c) => c.address === "F15")?.content).toEqual({
      kind: "formula",
      formula: expect.stringContaining("SalesActual[[2027-06]]") as unknown,
    });
    expect(at("K5")?.locked).toBe(true);
    expect(plan.conditionalFormats).toEqual([
      { range: "K5:K7", rule: { kind: "dataBar", color: PALETTE.planBar, max: "MAX($K$5:$L$7)" } },
      {
        range: "L5:L7",
        rule: { kind: "dataBar", color: PALETTE.actualBar, max: "MAX($K$5:$L$7)" },
      },
    ]);
    for (const column of ["J", "K", "L"])
      expect(plan.columnWidths.find((w) => w.column === column)?.width).toBe(16);
    expect(sheet(layout, "Dossier").conditionalFormats).toBeUndefined();
  });

  it("keeps the tables below the block when the form is short", () => {
    const short = {
      ...DEFAULT_CONFIG,
      fields: DEFAULT_CONFIG.fields.map((f) =>
        f.section === "PlanHeader" && f.key !== "client_name" ? { ...f, hidden: true } : f
      ),
    };
    const layout = buildLayout(short, { lang: "ru", start: "2027-01", period: "year" });
    const plan = sheet(layout, "ActionPlan");
    const tableTops = plan.tables.map((t) => Number(t.topLeft.slice(1)));
    expect(Math.min(...tableTops)).toBeGreaterThan(16);
    expect(plan.conditionalFormats?.map((f) => f.range)).toEqual(["K5:K16", "L5:L16"]);
  });
});
