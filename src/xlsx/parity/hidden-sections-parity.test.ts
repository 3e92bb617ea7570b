import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { presetConfig } from "../../domain/config/presets";
import { randomCase } from "./random-plan";
import { runParity } from "./run-parity";

// LibreOffice headless is part of the test set-up (.ci/run installs libreoffice-calc-nogui): no silent skip.
jest.setTimeout(240_000);

describe("formula parity with LibreOffice when sections are hidden (spec §11)", () => {
  it("computes the values of a minimal plan (tiers, activities, profile hidden, their values still in the workbook) as the core, to the cent", async () => {
    const cases = Array.from({ length: 4 }, (_, i) => randomCase(7000 + i));
    const minimal = await runParity(cases, presetConfig("minimal"));
    expect(minimal.cells).toBeGreaterThan(100);
    expect(minimal.mismatches).toEqual([]);

    const noSales = await runParity(cases.slice(0, 2), {
      ...DEFAULT_CONFIG,
      sections: DEFAULT_CONFIG.sections.map((s) => ({
        ...s,
        hidden: s.key === "SalesPlan" || s.key === "KPI",
      })),
    });
    expect(noSales.mismatches).toEqual([]);
  });
});
