import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadWithExcelJs } from "../testing/exceljs-load";
import { summarizePortfolio } from "../domain/portfolio/summary";
import { writeSummaryWorkbook } from "./summary-xlsx";
import { aPlan, aReport, someNumbers } from "../domain/portfolio/testing/plans";
import { columnLetter } from "../domain/read/a1";
import { SUMMARY_COLUMNS } from "../domain/text/summary";

/** The 1-based column of a summary column key. */
const at = (key: string): number => SUMMARY_COLUMNS.findIndex((c) => c.key === key) + 1;

/** The written workbook as exceljs reads it (loadWithExcelJs), and its parts as written. */
async function load(buffer: Buffer): Promise<{ workbook: ExcelJS.Workbook; zip: JSZip }> {
  return { workbook: await loadWithExcelJs(buffer), zip: await JSZip.loadAsync(buffer) };
}

describe("writeSummaryWorkbook", () => {
  const plan = aPlan(
    {
      client_name: "@SUM(1)",
      kam_name: "-Иванов",
      client_segment: "strategic",
      plan_period: "year",
      plan_start: 46388,
    },
    { Team: [{ member: "A", time_share: 0.9 }] }
  );
  const other = aPlan({ client_name: "Beta" }, { Team: [{ member: "a", time_share: 0.2 }] });
  const numbers = someNumbers({
    months: ["2027-01"],
    monthlyPlan: { "2027-01": 100000 },
    monthlyActual: { "2027-01": 50000 },
    salesPlanTotal: 100000,
    actualsThrough: "2027-01",
    planToDate: 100000,
    actualToDate: 50000,
    totalFulfillmentToDate: 0.5,
  });
  const summary = summarizePortfolio(
    [
      {
        file: "a.xlsx",
        report: aReport(plan, numbers, [
          {
            severity: "warning",
            code: "REVIEW_OVERDUE",
            sheet: "Dossier",
            cell: "B20",
            name: "next_review",
            message: "+пора",
          },
        ]),
      },
      { file: "b.xlsx", report: aReport(other, numbers) },
      { file: "x.xlsx", error: "не ZIP" },
    ],
    "2027-01-20"
  );

  it("writes the Summary table with labels, money in currency units and a totals row", async () => {
    const { workbook } = await load(await writeSummaryWorkbook(summary, "ru"));
    const sheet = workbook.getWorksheet("Сводка");
    expect(sheet?.getRow(2).getCell(2).value).toBe("@SUM(1)");
    expect(sheet?.getRow(2).getCell(3).value).toBe("-Иванов");
    expect(sheet?.getRow(2).getCell(4).value).toBe("Стратегический");
    expect(sheet?.getRow(2).getCell(at("status")).value).toBe("Черновик");
    expect(sheet?.getRow(2).getCell(at("salesPlanTotal")).value).toBe(1000);
    expect(sheet?.getRow(2).getCell(at("actualsThrough")).value).toBe("2027-01");
    expect(sheet?.getRow(2).getCell(at("fulfillment")).value).toBe(0.5);
    expect(sheet?.getRow(4).getCell(at("note")).value).toBe("не ZIP");
    expect(sheet?.getRow(5).getCell(1).value).toBe("Итого");
    expect(sheet?.getRow(5).getCell(at("fulfillment")).value).toMatchObject({
      formula:
        'IFERROR(SUBTOTAL(109,Summary[Факт на дату])/SUBTOTAL(109,Summary[План на дату]),"")',
      result: 0.5,
    });
  });

  it("gives every custom total its <totalsRowFormula>, as Excel needs", async () => {
    const { zip } = await load(await writeSummaryWorkbook(summary, "ru"));
    const table = (await zip.file("xl/tables/table1.xml")?.async("string")) ?? "";
    const custom = [
      ...table.matchAll(/<tableColumn [^>]*totalsRowFunction="custom"[^>]*>(.*?)<\/tableColumn>/g),
    ];
    expect(custom.map((m) => m[1])).toEqual([
      "<totalsRowFormula>IFERROR(SUBTOTAL(109,Summary[Факт на дату])/SUBTOTAL(109,Summary[План на дату]),&quot;&quot;)</totalsRowFormula>",
      "<totalsRowFormula>IFERROR(SUBTOTAL(109,Summary[Затраты])/SUBTOTAL(109,Summary[Бюджет]),&quot;&quot;)</totalsRowFormula>",
      "<totalsRowFormula>COUNTIF(Summary[Пересмотр просрочен],&quot;да&quot;)</totalsRowFormula>",
    ]);
  });

  it("colours with conditional formats and draws data bars; text is never a formula", async () => {
    const { zip } = await load(await writeSummaryWorkbook(summary, "en"));
    const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(xml.match(/<conditionalFormatting /g)?.length).toBe(11);
    expect(xml.match(/<dataBar>/g)?.length).toBe(3);
    const f = columnLetter(at("fulfillment") - 1);
    expect(xml).toContain(`AND(ISNUMBER(${f}2),${f}2&lt;0.8)`);
    const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1] ?? "");
    expect(formulas.every((f) => /^(SUBTOTAL|IFERROR|COUNTIF)\(/.test(f))).toBe(true);
  });

  it("lists findings and team load in their own tables", async () => {
    const { workbook } = await load(await writeSummaryWorkbook(summary, "en"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Summary", "Findings", "Team load"]);
    expect(workbook.getWorksheet("Findings")?.getRow(2).values).toEqual([
      undefined,
      "a.xlsx",
      "@SUM(1)",
      "Warning",
      "REVIEW_OVERDUE",
      "Dossier",
      "B20",
      "next_review",
      "+пора",
    ]);
    expect(workbook.getWorksheet("Team load")?.getRow(2).getCell(1).value).toBe("A");
    expect(workbook.getWorksheet("Team load")?.getRow(2).getCell(2).value).toBeCloseTo(1.1, 12);
  });

  it("writes a valid workbook for an empty portfolio", async () => {
    const { workbook } = await load(
      await writeSummaryWorkbook(summarizePortfolio([], "2027-01-01"), "ru")
    );
    expect(workbook.getWorksheet("Замечания")?.getRow(2).getCell(8).value).toBe("Замечаний нет");
    expect(workbook.getWorksheet("Загрузка команды")?.getRow(2).getCell(1).value).toBe(
      "Никто не загружен больше чем на 100\u00a0%"
    );
  });
});
