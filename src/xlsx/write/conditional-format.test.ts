import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { buildLayout } from "../../layout/build";
import { PALETTE } from "../../layout/styles";
import { libreOfficeProfile } from "../parity/libreoffice";
import { toExcelConditionalFormat } from "./conditional-format";
import { writeWorkbook } from "./write-workbook";

// LibreOffice headless is part of the test set-up (.ci/run installs libreoffice-calc-nogui): no silent skip.
jest.setTimeout(180_000);

const layout = buildLayout(DEFAULT_CONFIG, {
  lang: "ru",
  start: "2027-01",
  period: "quarter",
  values: {
    form: { plan_start: 46388, plan_period: "Квартал" },
    tables: {
      SalesPlan: [
        { item: "Молоко", "2027-01": 1000, "2027-02": 500 },
        { item: "Сыр", "2027-01": 250.5 },
      ],
      SalesActual: [{ item: "Молоко", "2027-01": 800 }],
    },
    archive: [],
  },
});

describe("data bars in the .xlsx writer", () => {
  it("maps a data bar to an exceljs dataBar rule: solid ARGB colour, 0 … the shared max, or the range min … max", () => {
    const shared = toExcelConditionalFormat(
      { range: "K5:K7", rule: { kind: "dataBar", color: "4472C4", max: "MAX($K$5:$L$7)" } },
      3
    );
    expect(shared).toEqual({
      ref: "K5:K7",
      rules: [
        {
          type: "dataBar",
          priority: 3,
          gradient: false,
          cfvo: [
            { type: "num", value: 0 },
            { type: "formula", value: "MAX($K$5:$L$7)" },
          ],
          color: { argb: "FF4472C4" },
        },
      ],
    });
    const own = toExcelConditionalFormat(
      { range: "A1:A3", rule: { kind: "dataBar", color: "70AD47", max: null } },
      1
    );
    expect(own.rules[0]).toMatchObject({ cfvo: [{ type: "min" }, { type: "max" }] });
  });

  it("writes the ActionPlan block with data bars that LibreOffice opens and computes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kam-bars-"));
    try {
      const file = join(dir, "plan.xlsx");
      writeFileSync(file, await writeWorkbook(layout));
      const sheet1 =
        (await (
          await JSZip.loadAsync(readFileSync(file))
        )
          .file("xl/worksheets/sheet2.xml")
          ?.async("string")) ?? "";
      expect(sheet1).toMatch(
        /<conditionalFormatting sqref="K5:K7"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="num" val="0"\/><cfvo type="formula" val="MAX\(\$K\$5:\$L\$7\)"\/><color rgb="FF4472C4"\/>/
      );
      expect(sheet1).toContain('<conditionalFormatting sqref="L5:L7">');
      // The element order of the schema: sheetProtection, conditionalFormatting, dataValidations.
      expect(sheet1.indexOf("<sheetProtection")).toBeLessThan(
        sheet1.indexOf("<conditionalFormatting")
      );
      expect(sheet1.indexOf("<conditionalFormatting")).toBeLessThan(
        sheet1.indexOf("<dataValidations")
      );

      const args = [
        `-env:UserInstallation=${libreOfficeProfile()}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "ods",
        "--outdir",
        join(dir, "out"),
        file,
      ];
      await promisify(execFile)("soffice", args, { timeout: 150_000 });
      const content =
        (await (
          await JSZip.loadAsync(readFileSync(join(dir, "out", "plan.ods")))
        )
          .file("content.xml")
          ?.async("string")) ?? "";
      const bars = [
        ...content.matchAll(
          /<calcext:conditional-format calcext:target-range-address="([^"]+)"><calcext:data-bar [^>]*calcext:positive-color="([^"]+)"[^>]*>(.*?)<\/calcext:data-bar>/g
        ),
      ];
      expect(bars.map((m) => [m[1], m[2]])).toEqual([
        ["ActionPlan.K5:ActionPlan.K7", `#${PALETTE.planBar.toLowerCase()}`],
        ["ActionPlan.L5:ActionPlan.L7", `#${PALETTE.actualBar.toLowerCase()}`],
      ]);
      expect(bars[0]?.[3]).toContain('calcext:value="=MAX([.$K$5:.$L$7])" calcext:type="formula"');
      // The block's formulas computed by LibreOffice: January plan 1000 + 250.5, actual 800; February plan 500.
      const sheet =
        content.split("<table:table ").find((t) => t.startsWith('table:name="ActionPlan"')) ?? "";
      const rows = [...sheet.matchAll(/<table:table-row[^>]*>(.*?)<\/table:table-row>/g)].map(
        (m) => m[1] ?? ""
      );
      const numbers = (row: string | undefined) =>
        [...(row ?? "").matchAll(/office:value="([^"]+)"/g)].map((m) => Number(m[1]));
      expect(rows[4]).toContain("<text:p>янв 2027</text:p>");
      expect(numbers(rows[4]).slice(-2)).toEqual([1250.5, 800]);
      expect(numbers(rows[5]).slice(-2)).toEqual([500, 0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
