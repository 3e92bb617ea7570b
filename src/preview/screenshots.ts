/**
 * `npm run screenshots` (tsx src/preview/screenshots.ts): the task pane of the preview in headless
 * Chromium at Excel's narrowest pane width (350 px), Russian and English, light and dark: an empty
 * workbook (the start), the sample plan after a check (Check view, a finding clicked), on the
 * Numbers view and on the What-if view (deferral and volumes changed), saved as PNG into
 * docs/screenshots/ for the README.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
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
        await openPreview(empty, session.url, `${query}&empty=1`);
        await empty.getByRole("button", { name: TEXT[lang].build }).waitFor();
        await waitForIdlePane(empty);
        await empty.waitForTimeout(300);
        const start = path.join(OUT, `start-${lang}-${theme}.png`);
        await empty.getByTestId("task-pane").screenshot({ path: start });
        await empty.close();

        const page = await session.browser.context.newPage();
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
        await page.waitForTimeout(300);
        const numbers = path.join(OUT, `numbers-${lang}-${theme}.png`);
        await page.getByTestId("task-pane").screenshot({ path: numbers });
        // What-if: 60 days of deferral instead of 30 and all volumes +10 %, before Apply.
        await page.getByRole("button", { name: TEXT[lang].whatIf }).click();
        await page.getByTestId("whatif-deferral").fill("60");
        await page.getByTestId("whatif-scale").fill("10");
        await page.getByTestId("whatif-after-credit_required").waitFor();
        // The view is long: a taller window shows the inputs and the results in one picture.
        await page.setViewportSize({ width: 1280, height: 1500 });
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

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
