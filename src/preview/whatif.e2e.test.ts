/**
 * The What-if view end to end in real Chromium (the preview: the real pane bundle on the Excel
 * test double with the sample plan): change the deferral, see the credit need move at once,
 * nothing written; then Apply to plan writes the one changed cell.
 */
import type { Page } from "playwright-core";
import { paneAmount } from "../taskpane/paneFormat";
import {
  openPreview,
  seriousAxeViolations,
  startPreviewSession,
  waitForIdlePane,
  type PreviewSession,
} from "./e2e/session";

jest.setTimeout(240_000);

let session: PreviewSession | undefined;
let page: Page;

beforeAll(async () => {
  const started = await startPreviewSession("whatif-e2e");
  session = started;
  page = await started.browser.context.newPage();
  await openPreview(page, started.url, "?width=320");
}, 240_000);

afterAll(async () => {
  await session?.close();
});

/** Every cell of every sheet with its address, read through the Excel API. */
async function workbookCells(): Promise<string[]> {
  return page.evaluate(async () =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const ranges = sheets.items.map((s) => s.getUsedRange(true).load("values,formulas,address"));
      await context.sync();
      return ranges.flatMap((r) =>
        r.formulas.flatMap((row, i) => row.map((v, j) => `${r.address}[${i},${j}]=${String(v)}`))
      );
    })
  );
}

/** The sample plan sells 1 550 000 ₽ a month; February (28 days) needs the most credit: S / 28 × days. */
const need = (days: number): string =>
  paneAmount(Math.round((1_550_000_00 / 28) * days), "ru", "RUB") ?? "";

describe("the What-if view in Chromium", () => {
  it("moves the credit need with the deferral at once, writing nothing, within 320 px", async () => {
    await page.getByRole("tab", { name: "Показатели" }).click();
    await page.getByRole("button", { name: "Рассчитать показатели" }).click();
    await page.getByRole("button", { name: "Что если…" }).click();
    await page.getByTestId("whatif-view").waitFor();
    await waitForIdlePane(page);
    const before = await workbookCells();

    const deferral = page.getByTestId("whatif-deferral");
    expect(await deferral.inputValue()).toBe("30");
    await deferral.fill("60");
    const after = page.getByTestId("whatif-after-credit_required");
    await after.waitFor();
    expect(await after.textContent()).toBe(need(60));
    const row = page.locator('[data-key="credit_required"]');
    expect(await row.textContent()).toContain(need(30));

    expect(await workbookCells()).toEqual(before);
    // Nothing of the view reaches past the pane's right edge at 320 px.
    const overflow = await page.evaluate(() => {
      const view = document.querySelector('[data-testid="whatif-view"]');
      const pane = document.querySelector('[data-testid="task-pane"]');
      if (view === null || pane === null) return -1;
      const right = pane.getBoundingClientRect().right;
      return Math.max(
        ...[view, ...view.querySelectorAll("*")].map((e) => e.getBoundingClientRect().right - right)
      );
    });
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("Apply to plan writes the changed deferral and computes the numbers again", async () => {
    const before = await workbookCells();
    await page.getByTestId("whatif-apply").click();
    await page.getByTestId("notice").filter({ hasText: "Записано ячеек: 1." }).waitFor();
    const after = await workbookCells();
    const changed = after.filter((cell, i) => cell !== before[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/=60$/);
    // The form starts again from the workbook, which now holds 60 days.
    expect(await page.getByTestId("whatif-deferral").inputValue()).toBe("60");
  });
});
