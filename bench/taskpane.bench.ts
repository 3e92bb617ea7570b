/**
 * `taskpane_first_render_ms`: headless Chromium opens the production preview page (an empty workbook
 * on the Excel double, `?empty=1`, so no sample is seeded) and the time from navigation start until the
 * pane is interactive (its Check button is enabled, the workbook state has been read) is taken from
 * `performance.now()` in the page. Median of 7 loads, after one warm-up load.
 */
import { startPreviewSession } from "../src/preview/e2e/session";

const LOADS = 7;

/** Bench rows of the task pane. */
export async function run(): Promise<Record<string, number>> {
  const session = await startPreviewSession("bench-preview", "production");
  try {
    const page = await session.browser.context.newPage();
    const times: number[] = [];
    for (let i = 0; i <= LOADS; i += 1) {
      await page.goto(`${session.url}?empty=1`);
      const ms = await page.waitForFunction(
        () => {
          const button = [...document.querySelectorAll("button")].find(
            (b) => b.textContent === "Проверить план"
          );
          const stateRead =
            document.querySelector('[data-testid="task-pane"] header dl[aria-busy="true"]') ===
            null;
          return button && !button.disabled && stateRead ? performance.now() : false;
        },
        undefined,
        { polling: "raf", timeout: 60_000 }
      );
      const value = (await ms.jsonValue()) as number;
      if (i > 0) times.push(value);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? NaN;
    return { taskpane_first_render_ms: Math.round(median * 10) / 10 };
  } finally {
    await session.close();
  }
}
