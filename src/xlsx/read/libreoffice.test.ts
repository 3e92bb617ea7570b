import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import { readWorkbookBuffer, readWorkbookFile } from "./read-workbook";
import { resaveWithLibreOffice } from "./testing/soffice";
import { planLikeWorkbook } from "./testing/fixtures";
import { checkWorkbook } from "../../domain/check";
import { completePlanValues, workbookWith } from "../../cli/testing/plans";

/** A workbook re-saved by LibreOffice 7.4 (drops table styles, rewrites validations) reads like the original. */
describe("a workbook re-saved by LibreOffice", () => {
  let folder: string;
  let original: WorkbookSnapshot;
  let resaved: WorkbookSnapshot;
  let resavedBytes: Buffer;
  let planOriginal: WorkbookSnapshot;
  let planResaved: WorkbookSnapshot;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "kam-reader-test-"));
    const bytes = await planLikeWorkbook();
    await writeFile(join(folder, "plan.xlsx"), bytes);
    const complete = await workbookWith(completePlanValues());
    await writeFile(join(folder, "complete.xlsx"), complete);
    await resaveWithLibreOffice(
      [join(folder, "plan.xlsx"), join(folder, "complete.xlsx")],
      join(folder, "out")
    );
    planOriginal = readWorkbookBuffer(complete, "complete.xlsx");
    planResaved = await readWorkbookFile(join(folder, "out", "complete.xlsx"));
    original = readWorkbookBuffer(bytes, "plan.xlsx");
    resavedBytes = await readFile(join(folder, "out", "plan.xlsx"));
    resaved = await readWorkbookFile(join(folder, "out", "plan.xlsx"));
  }, 120_000);

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("is really LibreOffice output", async () => {
    const zip = await JSZip.loadAsync(resavedBytes);
    expect(await zip.file("docProps/app.xml")?.async("string")).toMatch(/LibreOffice/);
  });

  it("keeps sheets, visibility and tables", () => {
    expect(resaved.sheets).toEqual(original.sheets);
    expect(resaved.tables).toEqual(original.tables);
  });

  it("keeps every defined name at its cell, and computes the formula that had no cached value", () => {
    // Formulas are compared apart: LibreOffice stores a typed TRUE or #DIV/0! as a formula (`TRUE()`).
    const byName = (s: WorkbookSnapshot): Record<string, unknown> =>
      Object.fromEntries(
        s.names.map((n) => [
          n.name,
          { name: n.name, sheet: n.sheet, address: n.address, value: n.value },
        ])
      );
    const expected = {
      ...byName(original),
      kpi_score: { name: "kpi_score", sheet: "ActionPlan", address: "C6", value: 0.1 },
    };
    expect(byName(resaved)).toEqual(expected);
    const kpi = (s: WorkbookSnapshot) => s.names.find((n) => n.name === "kpi_score")?.formula;
    expect(kpi(resaved)).toBe(kpi(original));
    expect(kpi(original)).toBe("C4*2");
  });

  it("reads our own filled template after LibreOffice: same tables, same findings of the check", () => {
    // Input columns only: LibreOffice fills computed columns (rollups, KPI fulfillment) with their results, also in spare rows.
    const computedTables = new Set(["SalesPlan", "SalesActual", "KPI"]);
    const inputs = (s: WorkbookSnapshot) =>
      s.tables.map((t) => ({
        name: t.name,
        headers: t.headers,
        rows: t.rows
          .map((r) => (computedTables.has(t.name) ? r.slice(0, 1) : r))
          .filter((r) => r.some((c) => c !== null)),
      }));
    expect(inputs(planResaved)).toEqual(inputs(planOriginal));
    const check = (s: WorkbookSnapshot) => checkWorkbook(s, { today: "2027-01-10" }).findings;
    expect(check(planResaved)).toEqual(check(planOriginal));
    expect(check(planResaved)).toEqual([]);
  });

  it("gets the values LibreOffice computed for the computed fields", () => {
    const value = (name: string) => planResaved.names.find((n) => n.name === name)?.value;
    expect(value("sales_plan_total")).toBeCloseTo(1850000.5, 2);
    expect(value("discount_total")).toBeCloseTo(51800.02, 2);
  });
});
