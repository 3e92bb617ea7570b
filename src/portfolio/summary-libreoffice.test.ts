import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseCsvText } from "../domain/portfolio/csv";
import { summarizePortfolio } from "../domain/portfolio/summary";
import { writeSummaryWorkbook } from "./summary-xlsx";
import { aPlan, aReport, someNumbers } from "../domain/portfolio/testing/plans";

jest.setTimeout(120_000);

/**
 * The summary opens in a real spreadsheet engine: LibreOffice (Debian's
 * libreoffice-calc-nogui, installed by .ci/run) loads summary.xlsx and
 * computes the totals row, including the columns written without a cached value.
 */
it("opens in LibreOffice, which computes the totals row", async () => {
  const dir = await mkdtemp(join(tmpdir(), "kam-summary-lo-"));
  try {
    const plan = (client: string, limit: number) =>
      aPlan({ client_name: client, credit_limit: limit });
    const n = (plan: number, actual: number, credit: number) =>
      someNumbers({
        months: ["2027-01"],
        monthlyPlan: { "2027-01": plan },
        monthlyActual: { "2027-01": actual },
        salesPlanTotal: plan,
        creditRequired: credit,
        // As the core gives them with actuals in January (spec §9).
        actualsThrough: "2027-01",
        planToDate: plan,
        actualToDate: actual,
        totalFulfillmentToDate: actual / plan,
      });
    const summary = summarizePortfolio(
      [
        { file: "a.xlsx", report: aReport(plan("Альфа", 100000), n(100000, 80000, 30000)) },
        { file: "b.xlsx", report: aReport(plan("Бета", 250050), n(300000, 330000, 12345)) },
        { file: "c.xlsx", error: "не ZIP" },
      ],
      "2027-01-31"
    );
    await writeFile(join(dir, "summary.xlsx"), await writeSummaryWorkbook(summary, "en"));
    await promisify(execFile)(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false,false,false",
        "--outdir",
        join(dir, "out"),
        join(dir, "summary.xlsx"),
      ],
      { timeout: 110_000 }
    );
    const [csvName] = (await readdir(join(dir, "out"))).filter((f) => f.endsWith(".csv"));
    const rows = parseCsvText(
      await readFile(join(dir, "out", csvName ?? ""), "utf8"),
      "utf-8",
      ","
    ).rows.map((r) => r.cells);
    const header = rows[0] ?? [];
    const totals = rows[rows.length - 1] ?? [];
    // LibreOffice writes the cells as shown: percents with a % sign.
    const at = (name: string): number => {
      const text = totals[header.indexOf(name)] ?? "";
      return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
    };
    expect(totals[0]).toBe("Total");
    expect(at("Sales plan")).toBe(4000);
    expect(at("Actual to date")).toBeCloseTo(4100, 9);
    expect(at("Fulfillment to date")).toBeCloseTo(1.025, 9);
    expect(at("Credit required")).toBeCloseTo(423.45, 9);
    expect(at("Credit limit")).toBeCloseTo(3500.5, 9);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
