/**
 * End to end in real Chromium (Debian's /usr/bin/chromium through playwright-core): the preview page
 * runs the real task-pane bundle against the Excel test double seeded with the sample plan.
 */
import type { Page } from "playwright-core";
import {
  openPreview,
  seriousAxeViolations,
  startPreviewSession,
  waitForIdlePane,
  type PreviewSession,
} from "./e2e/session";
import {
  paneAmount,
  paneCurrency,
  paneDate,
  paneMoneyNumber,
  paneMonth,
} from "../taskpane/paneFormat";
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
    // The KPI weights finding selects the weight column (a range): its first cell is highlighted first.
    expect(await selected.first().getAttribute("data-address")).toBe(ref?.[2]?.split(":")[0]);
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
    expect((await total.textContent())?.replace(/[\u00a0\u202f]/g, " ")).toContain("9 300 000,00");
    expect(await page.getByRole("img", { name: "План и факт продаж по месяцам" }).count()).toBe(1);
    // The sample's February promo on coffee: 1 020 000 sold against a January baseline of 950 000.
    const promos = page.getByRole("region", { name: "Промоакции" });
    expect((await promos.textContent())?.replace(/[\u00a0\u202f]/g, " ")).toContain("70 000,00 ₽");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("switches the pane to English: texts and findings change", async () => {
    await page.getByRole("button", { name: "Подробнее" }).click();
    await page.getByRole("combobox", { name: "Язык панели" }).selectOption("en");
    await page.getByRole("button", { name: "Details", exact: true }).click();
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

/** A fresh page on the preview with `query` (the pane and its double start afresh). */
async function openPage(query: string): Promise<Page> {
  if (!session) throw new Error("no preview session");
  const fresh = await session.browser.context.newPage();
  await openPreview(fresh, session.url, query);
  return fresh;
}

/** The value of a Fluent token (a CSS variable of the pane's FluentProvider) as `rgb(r, g, b)`. */
async function tokenColor(on: Page, token: string): Promise<string> {
  return on.evaluate((name) => {
    const provider = document.querySelector('[data-testid="task-pane"] .fui-FluentProvider');
    const probe = document.createElement("span");
    probe.style.color = `var(--${name})`;
    (provider ?? document.body).appendChild(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, token);
}

async function colorOf(on: Page, testId: string): Promise<string> {
  return on.getByTestId(testId).evaluate((node) => getComputedStyle(node).color);
}

async function runCheck(on: Page, name = "Проверить план"): Promise<void> {
  await on.getByRole("button", { name }).click();
  await on.getByTestId("check-counts").waitFor();
  await waitForIdlePane(on);
}

const NBSP_RE = /[\u00a0\u202f]/g;
const plain = (text: string | null): string => (text ?? "").replace(NBSP_RE, " ");

describe("the pane as a KAM meets it (issue 17)", () => {
  it("1. opens an empty workbook on building the plan, with one primary action", async () => {
    const empty = await openPage("?empty=1&width=350");
    try {
      await empty.getByRole("button", { name: "Создать шаблон" }).waitFor();
      expect(await empty.getByRole("tab", { name: "План" }).getAttribute("aria-selected")).toBe(
        "true"
      );
      expect(await empty.getByRole("button", { name: "Проверить план" }).count()).toBe(0);
      // One primary (brand-coloured) button in the pane.
      const brand = await tokenColor(empty, "colorBrandBackground");
      const primaries = await empty
        .locator('[data-testid="task-pane"] button')
        .evaluateAll(
          (buttons, color) =>
            buttons.filter((b) => getComputedStyle(b).backgroundColor === color).length,
          brand
        );
      expect(primaries).toBe(1);
      expect(await seriousAxeViolations(empty)).toEqual([]);

      // "Validate the Config sheet" without a Config sheet says so, not "fix the cells below".
      await empty.getByRole("tab", { name: "Настройка" }).click();
      await empty.getByRole("button", { name: "Проверить лист Config" }).click();
      expect(plain(await empty.getByTestId("config-missing").textContent())).toContain(
        "В книге нет листа Config"
      );
      expect(await empty.getByText("Исправьте ячейки из списка ниже").count()).toBe(0);

      // Building the plan then opens the way to the check.
      await empty.getByRole("tab", { name: "План" }).click();
      await empty.getByRole("button", { name: "Создать шаблон" }).click();
      await empty.getByTestId("notice").filter({ hasText: "Шаблон создан." }).waitFor();
      await empty.getByTestId("header-client").waitFor();
    } finally {
      await empty.close();
    }
  });

  it("2. colours the budget and limit figures in danger and never shows completeness green with errors", async () => {
    const fresh = await openPage("");
    try {
      await runCheck(fresh);
      expect(await fresh.getByTestId("check-completeness").getAttribute("data-color")).not.toBe(
        "success"
      );
      await fresh.getByRole("tab", { name: "Показатели" }).click();
      await fresh.getByTestId("numbers.budgetLeft").waitFor();
      const danger = await tokenColor(fresh, "colorStatusDangerForeground1");
      const neutral = await colorOf(fresh, "numbers.creditLimit");
      expect(danger).not.toBe(neutral);
      expect(await colorOf(fresh, "numbers.budgetLeft")).toBe(danger);
      expect(await colorOf(fresh, "numbers.creditUtilization")).toBe(danger);
      expect(await colorOf(fresh, "numbers.creditRequired")).toBe(danger);
      expect(await fresh.getByText("Перерасход бюджета").count()).toBe(1);
      expect(plain(await fresh.getByTestId("numbers.budgetLeft").textContent())).not.toContain("-");
      expect(plain(await fresh.getByTestId("numbers.creditUtilization").textContent())).toContain(
        "выше лимита"
      );
      // Today is 2027-03-15: the second quarter has not started, so it shows nothing.
      const q2 = fresh.locator('[data-testid="numbers-blocks"] [data-block="q2"]');
      expect(await q2.getAttribute("data-future")).toBe("true");
      expect(await q2.locator("td").nth(1).textContent()).toBe("");
      expect(await q2.locator("td").nth(2).textContent()).toBe("");
      expect(await seriousAxeViolations(fresh)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it("3. formats amounts, percentages and months through the formatter in both languages", async () => {
    for (const lang of ["ru", "en"] as const) {
      const fresh = await openPage(`?lang=${lang}`);
      try {
        await fresh.getByRole("tab", { name: lang === "ru" ? "Показатели" : "Numbers" }).click();
        await fresh
          .getByRole("button", {
            name: lang === "ru" ? "Рассчитать показатели" : "Compute numbers",
          })
          .click();
        const total = fresh.locator('[data-testid="numbers-blocks"] [data-block="total"]');
        await total.waitFor();
        const text = plain(await total.textContent());
        expect(text).toContain(plain(paneMoneyNumber(930_000_000, lang)));
        expect(await fresh.locator('[data-testid="numbers-blocks"] thead').textContent()).toContain(
          paneCurrency(lang, "RUB")
        );
        expect(plain(await fresh.getByTestId("numbers.creditLimit").textContent())).toBe(
          plain(paneAmount(50_000_000, lang, "RUB"))
        );
        const axis = await fresh
          .getByTestId("plan-actual-chart")
          .locator("text")
          .evaluateAll((nodes) => nodes.map((n) => n.textContent));
        expect(axis).toContain(paneMonth("2027-01", lang));
        expect(axis.some((label) => /^\d\d-\d\d$/.test(label))).toBe(false);
        expect(plain(await fresh.getByTestId("header-period").textContent())).toBe(
          `${paneDate("2027-01-01", lang) ?? ""} – ${paneDate("2027-06-30", lang) ?? ""}`
        );
      } finally {
        await fresh.close();
      }
    }
  });

  it("5. keeps the header compact and the action and counts pinned at 350 px", async () => {
    const narrow = await openPage("?width=350");
    try {
      const pane = narrow.getByTestId("task-pane");
      // The tabs stay on one line: every tab has the same top, "Настройка" included.
      const tops = await pane
        .getByRole("tab")
        .evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      const config = await narrow.getByRole("tab", { name: "Настройка" }).boundingBox();
      const paneBox = await pane.boundingBox();
      expect(config && paneBox).toBeTruthy();
      if (config && paneBox) expect(config.x + config.width).toBeLessThanOrEqual(paneBox.x + 350);
      const header = await narrow.locator('[data-testid="task-pane"] header').boundingBox();
      expect(header?.height ?? 999).toBeLessThanOrEqual(80);

      await runCheck(narrow);
      await pane.evaluate((node) => node.scrollTo(0, node.scrollHeight));
      await narrow.waitForTimeout(100);
      expect(await pane.evaluate((node) => node.scrollTop)).toBeGreaterThan(100);
      const box = await pane.boundingBox();
      for (const locator of [
        narrow.getByRole("button", { name: "Проверить план" }),
        narrow.getByTestId("check-counts"),
      ]) {
        const shown = await locator.boundingBox();
        expect(shown && box).toBeTruthy();
        if (shown && box) {
          expect(shown.y).toBeGreaterThanOrEqual(box.y - 1);
          expect(shown.y + shown.height).toBeLessThanOrEqual(box.y + box.height);
        }
      }
      expect(await seriousAxeViolations(narrow)).toEqual([]);
    } finally {
      await narrow.close();
    }
  });

  it("6, 8. hides the code, marks the row, selects the input of a computed finding, keeps the focus, marks a stale check", async () => {
    const fresh = await openPage("?width=350");
    try {
      await runCheck(fresh);
      const row = fresh.locator('[data-testid="finding"][data-code="BUDGET_EXCEEDED"]');
      expect(await row.textContent()).not.toContain("BUDGET_EXCEEDED");
      expect(await row.getAttribute("title")).toContain("BUDGET_EXCEEDED");
      const link = row.getByRole("button");
      const ref = /(\S+)!(\S+)$/.exec((await link.getAttribute("aria-label")) ?? "");
      const [from, to] = (ref?.[2] ?? "").split(":");
      // The finding sits on the budget formula; its link goes to the activities' cost cells.
      expect(to).toBeDefined();
      expect(await link.evaluate((node) => getComputedStyle(node).textDecorationLine)).toBe(
        "underline"
      );
      await link.focus();
      await fresh.keyboard.press("Enter");
      const selected = fresh.locator('[data-testid="sheets-view"] td[data-selected="true"]');
      await fresh
        .locator(
          `[data-testid="sheets-view"] td[data-selected="true"][data-address="${from ?? ""}"]`
        )
        .waitFor();
      await waitForIdlePane(fresh);
      // The cost cell of every activity the sample fills.
      expect(await selected.count()).toBe(SAMPLE_PLAN.tables["Activities"]?.length);
      expect(await selected.last().getAttribute("data-address")).toBe(to);
      expect(await row.getAttribute("data-marked")).toBe("true");
      expect(await link.evaluate((node) => node === document.activeElement)).toBe(true);
      expect(await fresh.locator('[data-testid="finding"][data-marked="true"]').count()).toBe(1);

      // The check says when it ran; a person's edit makes it stale.
      const stamp = fresh.getByTestId("check-stamp");
      expect(await stamp.getAttribute("data-stale")).toBe("false");
      expect(await stamp.textContent()).toMatch(/^Проверено в \d\d:\d\d$/);
      await fresh.evaluate(() => window.kamPreview?.typeAsUser("kam_name", "Ольга Орлова"));
      await fresh.locator('[data-testid="check-stamp"][data-stale="true"]').waitFor();
      await runCheck(fresh);
      expect(await stamp.getAttribute("data-stale")).toBe("false");
    } finally {
      await fresh.close();
    }
  });

  it("7. shows a loading state, keeps the buttons in place while working, drops messages on a tab switch", async () => {
    const slow = await session?.browser.context.newPage();
    if (!slow || !session) throw new Error("no preview session");
    try {
      await slow.goto(`${session.url}?latency=300`);
      await slow.getByTestId("header-loading").waitFor();
      expect(await slow.getByTestId("task-pane").getByText("—").count()).toBe(0);
      await slow.getByTestId("header-client").waitFor({ timeout: 60_000 });
      await waitForIdlePane(slow);
      const button = slow.getByRole("button", { name: "Проверить план" });
      const before = await button.boundingBox();
      await button.click();
      await slow.getByRole("progressbar", { name: "Выполняется" }).waitFor();
      const during = await button.boundingBox();
      expect(during?.y).toBe(before?.y);
      await slow.getByTestId("check-counts").waitFor({ timeout: 60_000 });
      await waitForIdlePane(slow);
      await slow.getByRole("button", { name: "Записать замечания на лист" }).click();
      await slow.getByTestId("notice").waitFor({ timeout: 60_000 });
      await slow.getByRole("tab", { name: "Показатели" }).click();
      expect(await slow.getByTestId("notice").count()).toBe(0);
    } finally {
      await slow.close();
    }
  });
});

/**
 * Every element of the task pane wider than the pane, or reaching past its edges (a cut-off column),
 * and the pane itself when it scrolls sideways: `tag.class "text…" (left–right)` lines; empty when
 * everything fits.
 */
async function overflowingElements(on: Page): Promise<string[]> {
  return on.evaluate(() => {
    const pane = document.querySelector('[data-testid="task-pane"]');
    if (!pane) return ["no task pane"];
    const box = pane.getBoundingClientRect();
    const found: string[] = [];
    if (pane.scrollWidth > pane.clientWidth + 1)
      found.push(`task pane scrolls sideways: ${pane.scrollWidth} > ${pane.clientWidth}`);
    for (const element of Array.from(pane.querySelectorAll("*"))) {
      if (element.closest("[data-tabster-dummy]")) continue;
      const r = element.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || style.position === "fixed") continue;
      if (r.width > box.width + 1 || r.left < box.left - 1 || r.right > box.right + 1) {
        const text = (element.textContent as string | null)?.trim().slice(0, 30) ?? "";
        found.push(
          `${element.tagName.toLowerCase()}.${element.getAttribute("class")?.slice(0, 20) ?? ""} "${text}" (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`
        );
      }
    }
    return found;
  });
}

describe("the pane at 320 px (issue 13)", () => {
  it.each([
    ["ru", "", ["Проверка", "План", "Показатели", "Настройка"], "Проверить план"],
    ["en", "&lang=en", ["Check", "Plan", "Numbers", "Configuration"], "Check plan"],
  ])(
    "fits every view into a 320 px viewport with nothing cut off on the right (%s)",
    async (_lang, query, tabs, check) => {
      const narrow = await openPage(`?width=320${query}`);
      try {
        await narrow.setViewportSize({ width: 320, height: 800 });
        await waitForIdlePane(narrow);
        const pane = await narrow.getByTestId("task-pane").boundingBox();
        expect(pane?.width ?? 0).toBeLessThanOrEqual(320);
        for (const tab of tabs) {
          await narrow.getByRole("tab", { name: tab, exact: true }).click();
          await waitForIdlePane(narrow);
          if (tab === tabs[0]) await runCheck(narrow, check);
          await narrow.waitForTimeout(300);
          expect({ tab, overflowing: await overflowingElements(narrow) }).toEqual({
            tab,
            overflowing: [],
          });
        }
      } finally {
        await narrow.close();
      }
    }
  );
});
