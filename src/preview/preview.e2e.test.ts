/**
 * End to end in real Chromium (Debian's /usr/bin/chromium through playwright-core): the preview page
 * runs the real task-pane bundle against the Excel test double seeded with the sample plan.
 */
import type { Page } from "playwright-core";
import {
  openPreview,
  seriousAxeViolations,
  startPreviewSession,
  type PreviewSession,
} from "./e2e/session";
import { SAMPLE_FINDING_CODES, SAMPLE_PLAN } from "./samplePlan";

jest.setTimeout(240_000);

const SAMPLE_CLIENT = "ООО «Северный ветер»";

let session: PreviewSession | undefined;
let page: Page;

beforeAll(async () => {
  const started = await startPreviewSession("preview-e2e");
  session = started;
  page = await started.browser.context.newPage();
  await openPreview(page, started.url);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

async function findingCodes(): Promise<string[]> {
  return page
    .getByTestId("finding")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-code") ?? ""));
}

/** Every cell text of every sheet, read through the Excel API (as the adapter sees the workbook). */
async function workbookTexts(): Promise<string[]> {
  return page.evaluate(async () =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const ranges = sheets.items.map((s) => s.getUsedRange(true).load("values"));
      await context.sync();
      return ranges.flatMap((r) => r.values.flat().map((v) => String(v)));
    })
  );
}

describe("the preview in Chromium", () => {
  it("opens with the sample plan in the header and passes axe on the Check view", async () => {
    // The header fills in once the pane has read the workbook: wait for that read, then assert what it shows.
    await page
      .getByTestId("header-client")
      .filter({ hasText: SAMPLE_CLIENT })
      .waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("header-client").textContent()).toBe(SAMPLE_CLIENT);
    expect(await page.getByTestId("header-period").textContent()).toBe("01.01.2027 – 30.06.2027");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("rebuilds the template from the Plan view keeping the data", async () => {
    await page.getByRole("tab", { name: "План" }).click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Пересоздать шаблон с сохранением данных" }).click();
    await page
      .getByTestId("notice")
      .filter({ hasText: "Шаблон пересоздан, данные сохранены." })
      .waitFor();
    await page
      .getByTestId("header-client")
      .filter({ hasText: SAMPLE_CLIENT })
      .waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("header-client").textContent()).toBe(SAMPLE_CLIENT);
  });

  it("checks the plan and lists exactly the findings the sample must produce", async () => {
    await page.getByRole("tab", { name: "Проверка" }).click();
    await page.getByRole("button", { name: "Проверить план" }).click();
    await page.getByTestId("check-counts").waitFor();
    expect([...new Set(await findingCodes())].sort()).toEqual([...SAMPLE_FINDING_CODES].sort());
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("selects the cell of a clicked finding and the sheet view highlights it", async () => {
    const row = page.locator('[data-testid="finding"][data-code="KPI_WEIGHTS_NOT_100"]').first();
    const button = row.getByRole("button");
    const label = (await button.getAttribute("aria-label")) ?? "";
    const ref = /(\S+)!(\S+)$/.exec(label);
    expect(ref).not.toBeNull();
    await button.click();
    const selected = page.locator('[data-testid="sheets-view"] td[data-selected="true"]');
    await selected.first().waitFor();
    expect(await selected.first().getAttribute("data-address")).toBe(ref?.[2]);
    expect(await page.locator('[data-testid="sheets-view"] table').getAttribute("data-sheet")).toBe(
      ref?.[1]
    );

    // Enter on the next finding's cell button does the same (keyboard only).
    const other = page
      .locator('[data-testid="finding"][data-code="CREDIT_LIMIT_EXCEEDED"]')
      .first()
      .getByRole("button");
    const otherRef = /(\S+)!(\S+)$/.exec((await other.getAttribute("aria-label")) ?? "");
    await other.focus();
    await page.keyboard.press("Enter");
    await page
      .locator(
        `[data-testid="sheets-view"] td[data-selected="true"][data-address="${otherRef?.[2] ?? ""}"]`
      )
      .waitFor();
  });

  it("shows the numbers with the plan-vs-actual chart, and passes axe", async () => {
    await page.getByRole("tab", { name: "Показатели" }).click();
    const total = page.locator('[data-testid="numbers-blocks"] [data-block="total"]');
    await total.filter({ hasText: "9" }).waitFor({ timeout: 30_000 });
    expect((await total.textContent())?.replace(/[\u00a0\u202f]/g, " ")).toContain(
      "9 300 000,00 ₽"
    );
    expect(await page.getByRole("img", { name: "План и факт продаж по месяцам" }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("switches the pane to English: texts and findings change", async () => {
    await page.getByRole("combobox", { name: "Язык панели" }).selectOption("en");
    await page.getByRole("tab", { name: "Numbers" }).waitFor();
    await page.getByRole("tab", { name: "Check" }).click();
    await page.getByRole("button", { name: "Check plan" }).waitFor();
    await page.getByTestId("check-counts").filter({ hasText: "Errors:" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect([...new Set(await findingCodes())].sort()).toEqual([...SAMPLE_FINDING_CODES].sort());
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("applies a Config change: the sheets change and no value is lost", async () => {
    const before = new Set(await workbookTexts());
    const sampleValues = [
      ...Object.values(SAMPLE_PLAN.form),
      ...Object.values(SAMPLE_PLAN.tables).flatMap((rows) => rows.flatMap((r) => Object.values(r))),
    ]
      .filter((v) => typeof v === "string")
      .map(String);
    for (const value of sampleValues)
      expect({ value, present: before.has(value) }).toEqual({ value, present: true });

    // A SKAM relabels the KAM field (Russian label) on the Config sheet's Fields table.
    await page.evaluate(async () =>
      Excel.run(async (context) => {
        const fields = context.workbook.tables.getItem("Fields");
        const header = fields.getHeaderRowRange().load("values");
        const body = fields.getDataBodyRange().load("values");
        await context.sync();
        const columns = (header.values[0] ?? []).map(String);
        const keyCol = columns.indexOf("key");
        const labelCol = columns.indexOf("label_ru");
        const row = body.values.findIndex((r) => r[keyCol] === "kam_name");
        if (row < 0 || labelCol < 0) throw new Error("kam_name not found on the Config sheet");
        body.getCell(row, labelCol).values = [["Менеджер по ключевому клиенту"]];
        await context.sync();
      })
    );
    await page.getByRole("tab", { name: "Configuration" }).click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Apply configuration" }).click();
    await page.getByTestId("notice").filter({ hasText: "The configuration is applied" }).waitFor();

    const after = new Set(await workbookTexts());
    expect(after.has("Менеджер по ключевому клиенту")).toBe(true);
    for (const value of sampleValues)
      expect({ value, present: after.has(value) }).toEqual({ value, present: true });
    await page.locator('[data-testid="sheets-view"] [role="tab"][data-sheet="ActionPlan"]').click();
    await page
      .locator('[data-testid="sheets-view"] td', { hasText: "Менеджер по ключевому клиенту" })
      .first()
      .waitFor();
  });

  it("shows CONFIG_INVALID findings of a broken Config, clickable to their Config cell", async () => {
    await page.evaluate(async () =>
      Excel.run(async (context) => {
        const fields = context.workbook.tables.getItem("Fields");
        const header = fields.getHeaderRowRange().load("values");
        const body = fields.getDataBodyRange().load("values");
        await context.sync();
        const columns = (header.values[0] ?? []).map(String);
        const row = body.values.findIndex(
          (r) => r[columns.indexOf("key")] === "client_description"
        );
        body.getCell(row, columns.indexOf("type")).values = [["moneyy"]];
        await context.sync();
      })
    );
    await page.getByRole("button", { name: "Apply configuration" }).click();
    await page.getByTestId("notice").filter({ hasText: "The Config sheet has errors" }).waitFor();
    const finding = page.locator('[data-testid="finding"][data-code="CONFIG_INVALID"]').first();
    const button = finding.getByRole("button");
    const ref = /(\S+)!(\S+)$/.exec((await button.getAttribute("aria-label")) ?? "");
    expect(ref?.[1]).toBe("Config");
    await button.click();
    await page
      .locator(
        `[data-testid="sheets-view"] td[data-selected="true"][data-address="${ref?.[2] ?? ""}"]`
      )
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
