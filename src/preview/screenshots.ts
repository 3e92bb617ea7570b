/**
 * `npm run screenshots` (tsx src/preview/screenshots.ts): the task pane of the preview in headless
 * Chromium at Excel's narrowest pane width (350 px), Russian and English, light and dark: an empty
 * workbook (the start), the sample plan after a check (Check view, a finding clicked), on the
 * Numbers view and on the What-if view (deferral and volumes changed), saved as PNG into
 * docs/screenshots/ for the README. Then a filled yearly 15-item plan printed by LibreOffice:
 * the Summary sheet's page and the printed ActionPlan's first page (pdftoppm).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildLayout } from "../layout/build";
import { REVIEW_PLAN_CONFIG, reviewPlanValues } from "../layout/testing/review-plan";
import { printWorkbook } from "../xlsx/print/printed-pages";
import { writeWorkbook } from "../xlsx/write";
import { REPO_ROOT } from "./e2e/buildPreview";
import { openPreview, startPreviewSession, waitForIdlePane } from "./e2e/session";

const OUT = path.join(REPO_ROOT, "docs", "screenshots");

const TEXT = {
  ru: {
    check: "Проверить план",
    build: "Создать шаблон",
    numbersTab: "Показатели",
    whatIf: "Что если…",
  },
  en: { check: "Check plan", build: "Build template", numbersTab: "Numbers", whatIf: "What if…" },
} as const;

/** Excel's task pane is 350 px wide at its narrowest. */
const PANE_WIDTH = 350;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const session = await startPreviewSession("screenshots-preview");
  try {
    for (const lang of ["ru", "en"] as const) {
      for (const theme of ["light", "dark"] as const) {
        const query = `?lang=${lang}&theme=${theme}&width=${String(PANE_WIDTH)}`;
        const empty = await session.browser.context.newPage();
        // The pane's window is the pane: its narrow-width styles apply as they do in Excel.
        await empty.setViewportSize({ width: PANE_WIDTH, height: 1100 });
        await openPreview(empty, session.url, `${query}&empty=1`);
        await empty.getByRole("button", { name: TEXT[lang].build }).waitFor();
        await waitForIdlePane(empty);
        await empty.waitForTimeout(300);
        const start = path.join(OUT, `start-${lang}-${theme}.png`);
        await empty.getByTestId("task-pane").screenshot({ path: start });
        await empty.close();

        const page = await session.browser.context.newPage();
        await page.setViewportSize({ width: PANE_WIDTH, height: 1100 });
        await openPreview(page, session.url, query);
        await page.getByRole("button", { name: TEXT[lang].check }).click();
        await page.getByTestId("check-counts").waitFor();
        await waitForIdlePane(page);
        // A clicked finding: its row stays marked.
        await page
          .locator('[data-testid="finding"][data-code="BUDGET_EXCEEDED"]')
          .getByRole("button")
          .click();
        await waitForIdlePane(page);
        await page.waitForTimeout(500); // Fluent's colour transitions after the buttons are enabled again
        const check = path.join(OUT, `check-${lang}-${theme}.png`);
        await page.getByTestId("task-pane").screenshot({ path: check });
        await page.getByRole("tab", { name: TEXT[lang].numbersTab }).click();
        await page.getByTestId("plan-actual-chart").waitFor();
        // The view is long: a taller window shows it down to the promos and the credit line.
        await page.setViewportSize({ width: PANE_WIDTH, height: 1900 });
        await page.waitForTimeout(300);
        const numbers = path.join(OUT, `numbers-${lang}-${theme}.png`);
        await page.getByTestId("task-pane").screenshot({ path: numbers });
        // What-if: 60 days of deferral instead of 30 and all volumes +10 %, before Apply.
        await page.getByRole("button", { name: TEXT[lang].whatIf }).click();
        await page.getByTestId("whatif-deferral").fill("60");
        await page.getByTestId("whatif-scale").fill("10");
        await page.getByTestId("whatif-after-credit_required").waitFor();
        // The view is long: a taller window shows the inputs and the results in one picture.
        await page.setViewportSize({ width: PANE_WIDTH, height: 1500 });
        await page.waitForTimeout(300);
        const whatIf = path.join(OUT, `whatif-${lang}-${theme}.png`);
        await page.getByTestId("task-pane").screenshot({ path: whatIf });
        console.log(
          [start, check, numbers, whatIf].map((p) => path.relative(REPO_ROOT, p)).join("\n")
        );
        await page.close();
      }
    }
  } finally {
    await session.close();
  }
}

/** The Summary page and the printed ActionPlan's first page as PNG (LibreOffice's PDF through pdftoppm, 110 dpi). */
async function printedPages(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "kam-screenshots-print-"));
  try {
    const layout = buildLayout(REVIEW_PLAN_CONFIG, {
      lang: "ru",
      start: "2027-01",
      period: "year",
      values: reviewPlanValues("ru"),
    });
    const printed = await printWorkbook(await writeWorkbook(layout), dir);
    for (const [sheet, name] of [
      ["Summary", "summary-sheet"],
      ["ActionPlan", "actionplan-print"],
    ] as const) {
      const pdf = printed.pdfBySheet.get(sheet);
      if (pdf === undefined) throw new Error(`${sheet} printed nothing`);
      const png = path.join(OUT, name);
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "110",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        pdf,
        png,
      ]);
      console.log(path.relative(REPO_ROOT, `${png}.png`));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main()
  .then(printedPages)
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
