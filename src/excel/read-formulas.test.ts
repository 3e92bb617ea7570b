import { DEFAULT_CONFIG } from "../domain/config/defaults";
import type { WorkbookSnapshot } from "../domain/snapshot";
import { buildLayout } from "../layout/build";
import { readWorkbookBuffer } from "../xlsx/read";
import { writeWorkbook } from "../xlsx/write";
import { readWorkbook } from "./read";
import { onDouble } from "./testing/on-double";

/** Which cells of the plan sheets hold a formula: `name:plan_end`, `SalesPlan:0:13`, … */
function formulaCells(snapshot: WorkbookSnapshot): string[] {
  const plan = new Set(["ActionPlan", "Dossier"]);
  const names = snapshot.names
    .filter((n) => n.sheet !== null && plan.has(n.sheet) && (n.formula ?? null) !== null)
    .map((n) => `name:${n.name}`);
  const cells = snapshot.tables
    .filter((t) => plan.has(t.sheet))
    .flatMap((t) =>
      (t.formulas ?? []).flatMap((row, r) =>
        row.flatMap((f, c) => (f === null ? [] : [`${t.name}:${r}:${c}`]))
      )
    );
  return [...names, ...cells].sort();
}

jest.setTimeout(30_000);

describe("both readers put formulas into the snapshot the same way (FORMULA_OVERWRITTEN, spec §8)", () => {
  it("the live reader on the double and the file reader find the same formula cells of a built plan", async () => {
    const { actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "half_year" });
      const live = await Excel.run(async (context) => (await readWorkbook(context)).snapshot);
      const layout = buildLayout(DEFAULT_CONFIG, {
        lang: "ru",
        start: "2027-01",
        period: "half_year",
      });
      const file = readWorkbookBuffer(await writeWorkbook(layout), "plan.xlsx");
      const cells = formulaCells(live);
      expect(cells).toContain("name:plan_end");
      expect(cells.some((c) => c.startsWith("SalesPlan:"))).toBe(true);
      expect(cells).toEqual(formulaCells(file));
      const planEnd = (s: WorkbookSnapshot) => s.names.find((n) => n.name === "plan_end");
      expect(planEnd(live)?.formula).toBe(planEnd(file)?.formula);
    } finally {
      restore();
    }
  });
});
