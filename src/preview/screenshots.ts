/**
 * `npm run screenshots` (tsx src/preview/screenshots.ts): the preview in headless Chromium, Russian
 * and English, light and dark, after a check (Check view) and on the Numbers view, saved as PNG into
 * docs/screenshots/ for the README.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./e2e/buildPreview";
import { openPreview, startPreviewSession } from "./e2e/session";

const OUT = path.join(REPO_ROOT, "docs", "screenshots");

const TEXT = {
  ru: { check: "Проверить план", write: "Записать замечания на лист", numbersTab: "Показатели" },
  en: { check: "Check plan", write: "Write findings to a sheet", numbersTab: "Numbers" },
} as const;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const session = await startPreviewSession("screenshots-preview");
  try {
    for (const lang of ["ru", "en"] as const) {
      for (const theme of ["light", "dark"] as const) {
        const page = await session.browser.context.newPage();
        await openPreview(page, session.url, `?lang=${lang}&theme=${theme}`);
        await page.getByRole("button", { name: TEXT[lang].check }).click();
        await page.getByTestId("check-counts").waitFor();
        await page.getByRole("button", { name: TEXT[lang].write, disabled: false }).waitFor();
        await page.waitForTimeout(500); // Fluent's colour transitions after the buttons are enabled again
        const check = path.join(OUT, `check-${lang}-${theme}.png`);
        await page.screenshot({ path: check });
        await page.getByRole("tab", { name: TEXT[lang].numbersTab }).click();
        await page.getByTestId("plan-actual-chart").waitFor();
        await page.waitForTimeout(300);
        const numbers = path.join(OUT, `numbers-${lang}-${theme}.png`);
        await page.screenshot({ path: numbers });
        console.log(`${path.relative(REPO_ROOT, check)}\n${path.relative(REPO_ROOT, numbers)}`);
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
