/**
 * Task-pane load times in headless Chromium on the production preview page (the real pane on the
 * Excel double), each the median of several loads:
 *
 * - `taskpane_first_render_ms`: warm (one browser context, cache filled by a warm-up load), an empty
 *   workbook (`?empty=1`), no throttling: navigation start until the pane is interactive (the workbook
 *   state read, no action running, its primary button enabled).
 * - `taskpane_cold_4x_ms`: a cold browser context per load (empty cache), the sample plan, the CPU
 *   slowed 4× through the DevTools protocol (`Emulation.setCPUThrottlingRate`): navigation start until
 *   the client's name shows in the header. Target ≤ 800 ms.
 *
 * Times are `performance.now()` in the page, polled every animation frame. `KAM_WARM_LOADS` /
 * `KAM_COLD_LOADS` change the number of loads (7 each); `KAM_BENCH_VERBOSE=1` prints every load with
 * the preview's own marks (`kam:preview-start`, `kam:sample-built`, `kam:sample-filled`) and the
 * resource timings, to see where the time goes.
 */
import type { Page } from "playwright-core";
import { launchChromiumBrowser } from "../src/preview/e2e/chromium";
import { startPreviewSession } from "../src/preview/e2e/session";
import { SAMPLE_PLAN } from "../src/preview/samplePlan";

const LOADS = Number(process.env["KAM_WARM_LOADS"] ?? 7);
const COLD_LOADS = Number(process.env["KAM_COLD_LOADS"] ?? 7);
const CPU_SLOWDOWN = 4;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? NaN) * 10) / 10;
}

/** Milliseconds from navigation start until the pane is idle with its primary button enabled. */
async function untilInteractive(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const pane = document.querySelector('[data-testid="task-pane"] main[data-busy="false"]');
      const reading = document.querySelector('[data-testid="task-pane"] header[aria-busy="true"]');
      const primary = [...document.querySelectorAll("button")].find(
        (b) => b.textContent === "Создать шаблон"
      );
      return pane && !reading && primary && !primary.disabled ? performance.now() : false;
    },
    undefined,
    { polling: "raf", timeout: 60_000 }
  );
  return (await handle.jsonValue()) as number;
}

/** Milliseconds from navigation start until the header shows `client`. */
async function untilClientShows(page: Page, client: string): Promise<number> {
  const handle = await page.waitForFunction(
    (name) =>
      document.querySelector('[data-testid="header-client"]')?.textContent === name
        ? performance.now()
        : false,
    client,
    { polling: "raf", timeout: 120_000 }
  );
  return (await handle.jsonValue()) as number;
}

/** Bench rows of the task pane. */
export async function run(): Promise<Record<string, number>> {
  const session = await startPreviewSession("bench-preview", "production");
  const client = String(SAMPLE_PLAN.form["client_name"]);
  try {
    const page = await session.browser.context.newPage();
    const warm: number[] = [];
    for (let i = 0; i <= LOADS; i += 1) {
      await page.goto(`${session.url}?empty=1`);
      const ms = await untilInteractive(page);
      if (i > 0) warm.push(ms);
    }

    const browser = await launchChromiumBrowser();
    const cold: number[] = [];
    try {
      // One load first so that the browser process itself is not what is measured.
      for (let i = 0; i <= COLD_LOADS; i += 1) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
        const fresh = await context.newPage();
        const cdp = await context.newCDPSession(fresh);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
        await fresh.goto(session.url);
        const ms = await untilClientShows(fresh, client);
        if (i > 0) cold.push(ms);
        if (process.env["KAM_BENCH_VERBOSE"])
          console.log(
            Math.round(ms),
            await fresh.evaluate(() =>
              performance
                .getEntriesByType("mark")
                .concat(performance.getEntriesByType("resource"))
                .map(
                  (e) =>
                    `${e.name.replace(/^.*\//, "")}@${String(Math.round(e.startTime))}+${String(Math.round(e.duration))}`
                )
                .join(" ")
            )
          );
        await context.close();
      }
    } finally {
      await browser.close();
    }
    if (process.env["KAM_BENCH_VERBOSE"]) console.log({ warm, cold });
    return { taskpane_first_render_ms: median(warm), taskpane_cold_4x_ms: median(cold) };
  } finally {
    await session.close();
  }
}
