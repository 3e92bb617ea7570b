import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import type { AxeResults } from "axe-core";
import { buildPreview, REPO_ROOT } from "./buildPreview";
import { launchChromium, type LaunchedBrowser } from "./chromium";
import { serveDirectory, type StaticServer } from "./staticServer";

/** A built and served preview with a browser on it. */
export interface PreviewSession {
  /** `http://127.0.0.1:<port>/preview.html` */
  readonly url: string;
  readonly browser: LaunchedBrowser;
  close(): Promise<void>;
}

/**
 * Build the preview with the project's webpack config into `.tmp/<name>`, serve it on 127.0.0.1 and
 * launch the system Chromium. Everything a browser test, the screenshots and the bench need.
 */
export async function startPreviewSession(
  name: string,
  mode: "development" | "production" = "development"
): Promise<PreviewSession> {
  const outDir = path.join(REPO_ROOT, ".tmp", name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await buildPreview(outDir, mode);
  let server: StaticServer | null = null;
  let browser: LaunchedBrowser | null = null;
  try {
    server = await serveDirectory(outDir);
    browser = await launchChromium();
  } catch (error) {
    await server?.close();
    throw error;
  }
  const opened = { server, browser };
  return {
    url: `${opened.server.url}preview.html`,
    browser: opened.browser,
    close: async () => {
      await opened.browser.close();
      await opened.server.close();
    },
  };
}

/** Open the preview with `query` and wait until the pane shows the workbook; a preview that failed to start throws its error. */
export async function openPreview(page: Page, url: string, query = ""): Promise<void> {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${url}${query}`);
  await page.waitForFunction(() => window.kamPreview !== undefined, undefined, { timeout: 60_000 });
  const error = await page.evaluate(() => window.kamPreview?.error ?? null);
  if (error !== null)
    throw new Error(`The preview did not start: ${error} ${problems.join(" | ")}`);
  await page
    .locator('[data-testid="header-client"], [data-testid="header-noplan"]')
    .first()
    .waitFor();
}

/** Wait until the pane has read the workbook and runs no action. */
export async function waitForIdlePane(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="task-pane"] main[data-busy="false"]') !== null
  );
}

/**
 * Serious and critical axe-core violations of the page, as `rule: target…` lines (empty when clean).
 * Fluent's focus manager (tabster) puts `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` sentinels
 * at the edges of a TabList to redirect Tab presses; they hold no content and pass focus on at once,
 * so they are left out of the audit (axe reports them as aria-hidden-focus).
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Audit a settled pane: no action running and Fluent's colour transitions (~200 ms) finished, so no
  // half-faded colour is measured.
  await waitForIdlePane(page);
  await page.waitForTimeout(400);
  const present = await page.evaluate(() => "axe" in window);
  if (!present) await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<AxeResults> } })
      .axe;
    return axe.run({ include: [["body"]], exclude: [["[data-tabster-dummy]"]] });
  });
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact ?? ""}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(", ")}`
    );
}
