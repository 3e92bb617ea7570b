import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { text } from "../../domain/text/layout";
import { buildLayout } from "../../layout/build";
import { reviewPlanValues } from "../../layout/testing/review-plan";
import { writeWorkbook } from "../write";
import { isA4Landscape, printWorkbook, type PrintedWorkbook } from "./printed-pages";

// LibreOffice and poppler-utils (pdfinfo) are part of the test set-up (npm test provisions them).
jest.setTimeout(300_000);

describe("printing a filled yearly 15-item plan to PDF with LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "kam-print-"));
  let printed: PrintedWorkbook;

  beforeAll(async () => {
    const layout = buildLayout(DEFAULT_CONFIG, {
      lang: "ru",
      start: "2027-01",
      period: "year",
      values: reviewPlanValues("ru"),
    });
    printed = await printWorkbook(await writeWorkbook(layout), dir);
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints the Summary on exactly one page, ActionPlan on at most 4, Dossier on at most 2", () => {
    expect(printed.bySheet.get("Summary")).toHaveLength(1);
    const actionPlan = printed.bySheet.get("ActionPlan")?.length ?? 0;
    expect(actionPlan).toBeGreaterThanOrEqual(1);
    expect(actionPlan).toBeLessThanOrEqual(4);
    const dossier = printed.bySheet.get("Dossier")?.length ?? 0;
    expect(dossier).toBeGreaterThanOrEqual(1);
    expect(dossier).toBeLessThanOrEqual(2);
  });

  it("prints every page on A4 in landscape", () => {
    expect(printed.pages.length).toBeGreaterThan(0);
    expect(printed.pages.filter((p) => !isA4Landscape(p))).toEqual([]);
    for (const pages of printed.bySheet.values())
      expect(pages.filter((p) => !isA4Landscape(p))).toEqual([]);
  });

  it("prints nothing of the hidden helper sheets", () => {
    const visiblePages = [...printed.bySheet.values()].reduce((sum, p) => sum + p.length, 0);
    expect([...printed.bySheet.keys()]).toEqual(["Summary", "ActionPlan", "Dossier", "Config"]);
    expect(printed.pages).toHaveLength(visiblePages);
    expect(printed.text).toContain(text("reviewTitle", "ru"));
    expect(printed.text).not.toContain(text("calcTitle", "ru"));
    expect(printed.text).not.toContain(text("listsTitle", "ru"));
  });
});
