import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { buildLayout } from "../../layout/build";
import { writeWorkbook } from "../write";
import { recalcWithLibreOffice } from "./libreoffice";
import { edgeCases, randomCase } from "./random-plan";
import { runParity } from "./run-parity";

// LibreOffice headless is part of the test set-up (.ci/run installs libreoffice-calc-nogui): no silent skip.
jest.setTimeout(240_000);

describe("formula parity with LibreOffice", () => {
  it("computes every computed cell of 20 random plans and the edge cases exactly as the core, to the cent", async () => {
    const cases = [...edgeCases(), ...Array.from({ length: 20 }, (_, i) => randomCase(1000 + i))];
    const result = await runParity(cases);
    expect(result.plans).toBe(25);
    expect(result.cells).toBeGreaterThan(800);
    expect(result.mismatches).toEqual([]);
  });

  it("opens the template in LibreOffice with its dropdowns, tables and formulas intact", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kam-template-"));
    try {
      const layout = buildLayout(DEFAULT_CONFIG, {
        lang: "en",
        start: "2027-03",
        period: "half_year",
      });
      const file = join(dir, "template.xlsx");
      writeFileSync(file, await writeWorkbook(layout));
      await recalcWithLibreOffice([file], join(dir, "out"));
      const zip = await JSZip.loadAsync(readFileSync(join(dir, "out", "template.xlsx")));
      const names = Object.keys(zip.files);
      expect(names.filter((n) => /^xl\/tables\/.+\.xml$/.test(n)).length).toBe(
        layout.sheets.reduce((sum, s) => sum + s.tables.length, 0)
      );
      const sheet1 = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
      expect(sheet1).toMatch(/<dataValidation[^>]*type="list"/);
      expect(sheet1).toMatch(/<formula1>(\$?Lists|'Lists')!\$[A-Z]+\$2:\$[A-Z]+\$\d+<\/formula1>/);
      // plan_end of a half year from March 2027 computed by LibreOffice: 2027-08-31 = serial 46630.
      const planEnd = layout.names.find((n) => n.name === "plan_end")?.address ?? "";
      expect(sheet1).toMatch(new RegExp(`<c r="${planEnd}"[^>]*>(<f[^>]*>[^<]*</f>)?<v>46630</v>`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
