import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Lang } from "../../domain/values";
import { fakeWorkbook, FILLED_STATE, type FakeWorkbook } from "../testing/fakeActions";
import { paneMonth } from "../paneFormat";
import { App, type PaneView } from "./App";

const NBSP = /[\u00a0\u202f]/g;

// jsdom has no ResizeObserver; Fluent's MessageBar watches its own width with one (reflow of actions).
beforeAll(() => {
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: NoResizeObserver });
});

const NOW = new Date(2027, 1, 15, 14, 5);

function renderPane(fake: FakeWorkbook, lang: Lang = "ru", initialView?: PaneView) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App
        actions={fake}
        initialLang={lang}
        today={() => "2027-02-15"}
        now={() => NOW}
        {...(initialView ? { initialView } : {})}
      />
    </FluentProvider>
  );
}

/** Open the header's details (template version, workbook language, pane language). */
function openDetails(lang: Lang = "ru"): void {
  fireEvent.click(screen.getByRole("button", { name: lang === "ru" ? "Подробнее" : "Details" }));
}

async function ready(fake: FakeWorkbook): Promise<void> {
  await waitFor(() => expect(fake.calls.some((c) => c.name === "readState")).toBe(true));
}

describe("task pane header", () => {
  it("shows the client, the plan period and the template version of the workbook", async () => {
    const fake = fakeWorkbook();
    renderPane(fake);
    expect(await screen.findByText("ООО «Ромашка»")).toBeTruthy();
    expect(screen.getByTestId("header-period").textContent).toBe("01.01.2027 – 30.06.2027");
    expect(screen.queryByText("1.0.0")).toBeNull();
    openDetails();
    expect(screen.getByText("1.0.0")).toBeTruthy();
  });

  it("shows a loading state, not the no-data mark, while the workbook is read", async () => {
    const fake = fakeWorkbook();
    let release: () => void = () => undefined;
    fake.hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    renderPane(fake);
    expect(screen.getByTestId("header-loading").textContent).toBe("Читаем книгу…");
    expect(screen.queryByText("—")).toBeNull();
    expect(screen.queryByRole("tabpanel")).toBeNull();
    fake.hold = null;
    await act(async () => {
      release();
      await Promise.resolve();
    });
    expect(await screen.findByTestId("header-client")).toBeTruthy();
    expect(screen.queryByTestId("header-loading")).toBeNull();
  });

  it("opens an empty workbook on building the plan, with one primary action", async () => {
    const fake = fakeWorkbook({ ...FILLED_STATE, hasPlan: false, clientName: null });
    renderPane(fake);
    expect(await screen.findByText("В книге ещё нет плана")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "План" }).getAttribute("aria-selected")).toBe("true");
    await screen.findByRole("button", { name: "Создать шаблон" });
    expect(screen.queryByRole("button", { name: "Проверить план" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Проверка" }));
    expect(screen.getByTestId("no-plan").textContent).toContain("В книге ещё нет плана");
    expect(screen.queryByRole("button", { name: "Проверить план" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Перейти к созданию шаблона" }));
    expect(screen.getByRole("tab", { name: "План" }).getAttribute("aria-selected")).toBe("true");
  });

  it("opens a workbook with a plan on the check", async () => {
    const fake = fakeWorkbook();
    renderPane(fake);
    await screen.findByText("ООО «Ромашка»");
    expect(screen.getByRole("tab", { name: "Проверка" }).getAttribute("aria-selected")).toBe(
      "true"
    );
    expect(screen.getByRole("button", { name: "Проверить план" })).toBeTruthy();
  });
});

describe("Check view", () => {
  it("runs the check and shows counts and findings grouped by severity and sheet", async () => {
    const fake = fakeWorkbook();
    renderPane(fake);
    await ready(fake);
    fireEvent.click(screen.getByRole("button", { name: "Проверить план" }));
    const counts = await screen.findByTestId("check-counts");
    expect(counts.textContent).toContain("Ошибки: 3");
    expect(counts.textContent).toContain("Предупреждения: 1");
    expect(fake.calls).toContainEqual({ name: "check", lang: "ru", today: "2027-02-15" });
    const errors = screen.getByRole("region", { name: "Ошибки (3)" });
    expect(within(errors).getByRole("table", { name: "Ошибки: Лист «ActionPlan»" })).toBeTruthy();
    expect(within(errors).getByRole("table", { name: "Ошибки: Лист «Dossier»" })).toBeTruthy();
    const codes = screen.getAllByTestId("finding").map((row) => row.getAttribute("data-code"));
    expect(codes).toEqual([
      "REQUIRED_MISSING",
      "KPI_WEIGHTS_NOT_100",
      "DMU_NO_DECISION_MAKER",
      "TEAM_NO_EXECUTIVE_SPONSOR",
      "DMU_ROLE_UNCOVERED",
    ]);
    expect(screen.getByText(/Заполненность: 80/)).toBeTruthy();
  });

  it("selects the cell of a finding from its cell button and from a click on the row", async () => {
    const fake = fakeWorkbook();
    renderPane(fake);
    await ready(fake);
    fireEvent.click(screen.getByRole("button", { name: "Проверить план" }));
    fireEvent.click(await screen.findByRole("button", { name: "Перейти к ячейке Dossier!A40" }));
    await waitFor(() =>
      expect(fake.calls).toContainEqual({
        name: "selectCell",
        ref: { sheet: "Dossier", cell: "A40" },
      })
    );
    const row = screen
      .getAllByTestId("finding")
      .find((r) => r.getAttribute("data-code") === "KPI_WEIGHTS_NOT_100");
    fireEvent.click(within(row as HTMLElement).getByText(/Сумма весов KPI/));
    await waitFor(() =>
      expect(fake.calls).toContainEqual({
        name: "selectCell",
        ref: { sheet: "ActionPlan", cell: "G60" },
      })
    );
  });

  it("shows a finding without a cell by its name, with nothing to click", async () => {
    const fake = fakeWorkbook();
    renderPane(fake);
    await ready(fake);
    fireEvent.click(screen.getByRole("button", { name: "Проверить план" }));
    const hint = (await screen.findAllByTestId("finding")).find(
      (r) => r.getAttribute("data-code") === "DMU_ROLE_UNCOVERED"
    ) as HTMLElement;
    expect(within(hint).queryByRole("button")).toBeNull();
    expect(within(hint).getByText("DecisionGroup")).toBeTruthy();
  });

  it("writes the findings in the workbook language, even when the pane is in English", async () => {
    const fake = fakeWorkbook();
    renderPane(fake, "en");
    await ready(fake);
    fireEvent.click(screen.getByRole("button", { name: "Check plan" }));
    await screen.findByTestId("check-counts");
    fireEvent.click(screen.getByRole("button", { name: "Write findings to a sheet" }));
    expect(await screen.findByText("The findings are written to the “Check” sheet.")).toBeTruthy();
    expect(fake.calls.flatMap((c) => (c.name === "check" ? [c.lang] : []))).toEqual(["en", "ru"]);
    expect(fake.calls).toContainEqual({ name: "writeFindingsSheet", lang: "ru", count: 5 });
  });

  it("disables the buttons and shows progress while the check runs", async () => {
    const fake = fakeWorkbook();
    renderPane(fake);
    await ready(fake);
    let release: () => void = () => undefined;
    fake.hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    fireEvent.click(screen.getByRole("button", { name: "Проверить план" }));
    await waitFor(() =>
      expect(
        screen.getByRole<HTMLButtonElement>("button", { name: "Проверить план" }).disabled
      ).toBe(true)
    );
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("Читаем книгу…")).toBeTruthy();
    fake.hold = null;
    await act(async () => {
      release();
      await Promise.resolve();
    });
    await waitFor(() =>
      expect(
        screen.getByRole<HTMLButtonElement>("button", { name: "Проверить план" }).disabled
      ).toBe(false)
    );
    expect(screen.queryByRole("progressbar", { name: /Выполняется/ })).toBeNull();
  });

  it("turns a failed check into a message saying what happened and what to do", async () => {
    const fake = fakeWorkbook();
    renderPane(fake);
    await ready(fake);
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    fake.failNext = {
      method: "check",
      error: Object.assign(new Error("The request payload size has exceeded the limit."), {
        code: "RequestPayloadSizeLimitExceeded",
      }),
    };
    fireEvent.click(screen.getByRole("button", { name: "Проверить план" }));
    const notice = await screen.findByTestId("notice");
    expect(notice.textContent).toContain("Не получилось");
    expect(notice.textContent).toContain(
      "«проверка плана» прервано: RequestPayloadSizeLimitExceeded: The request payload size has exceeded the limit."
    );
    expect(notice.textContent).toContain("Повторите");
    expect(consoleError).toHaveBeenCalled();
    consoleError.mockRestore();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Проверить план" }).disabled).toBe(
      false
    );
  });
});

describe("pane language", () => {
  it("switches the texts to English and re-checks so the findings follow", async () => {
    const fake = fakeWorkbook();
    renderPane(fake);
    await ready(fake);
    fireEvent.click(screen.getByRole("button", { name: "Проверить план" }));
    await screen.findByText("Не заполнено поле «КАМ».");
    openDetails();
    fireEvent.change(screen.getByRole("combobox", { name: "Язык панели" }), {
      target: { value: "en" },
    });
    expect(await screen.findByRole("button", { name: "Check plan" })).toBeTruthy();
    expect(await screen.findByText("The field “KAM” is empty.")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Numbers" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
  });
});

describe("Numbers view", () => {
  it("shows the plan numbers as money and percentages with the plan-vs-actual chart", async () => {
    const fake = fakeWorkbook();
    renderPane(fake, "ru", "numbers");
    await ready(fake);
    // The Numbers view is a lazy chunk: wait for it (generously: the suite runs beside others on 2 cores).
    const slow = { timeout: 10_000 };
    fireEvent.click(await screen.findByRole("button", { name: "Рассчитать показатели" }, slow));
    const blocks = await screen.findByTestId("numbers-blocks", {}, slow);
    const total = blocks.querySelector('[data-block="total"]') as HTMLElement;
    // The currency is said once, in the column headers; the cells carry the numbers.
    expect(total.textContent.replace(NBSP, " ")).toContain("600 000,00");
    expect(total.textContent).not.toContain("₽");
    expect(blocks.querySelector("thead")?.textContent).toContain("План, ₽");
    // Fulfillment to date (spec §9): 270 000 of the 300 000 planned through March, not of the whole plan.
    expect(total.textContent.replace(NBSP, " ")).toContain("90 %");
    expect(screen.getByTestId("numbers.netSales").textContent.replace(NBSP, " ")).toBe(
      "582 000,00 ₽"
    );
    expect(screen.getByTestId("numbers.creditLimit").textContent.replace(NBSP, " ")).toBe(
      "80 000,00 ₽"
    );
    expect(screen.getByTestId("numbers.creditUtilization").textContent.replace(NBSP, " ")).toBe(
      "125 %"
    );
    // As of the reporting month (spec §9): to-date figures and the forecast at the same pace.
    expect(screen.getByTestId("numbers.actualsThrough").textContent).toBe(
      paneMonth("2027-03", "ru")
    );
    expect(screen.getByTestId("numbers.planToDate").textContent.replace(NBSP, " ")).toBe(
      "300 000,00 ₽"
    );
    expect(screen.getByTestId("numbers.forecast").textContent.replace(NBSP, " ")).toBe(
      "540 000,00 ₽"
    );
    expect(screen.queryByText(/Факта ещё нет/)).toBeNull();
    // Overspent: said in words, the amount over without a minus.
    expect(screen.getByText("Перерасход бюджета")).toBeTruthy();
    expect(screen.getByTestId("numbers.budgetLeft").textContent.replace(NBSP, " ")).toBe(
      "3 000,00 ₽"
    );
    // The second quarter starts after today (2027-02-15): no actual, no fulfillment.
    const q2 = blocks.querySelector('[data-block="q2"]') as HTMLElement;
    expect(q2.getAttribute("data-future")).toBe("true");
    expect(q2.textContent.replace(NBSP, " ")).not.toContain("0,00 ₽ ");
    expect(within(q2).getAllByRole("cell")[1]?.textContent).toBe("");
    const chart = screen.getByRole("img", { name: "План и факт продаж по месяцам" });
    // Six plan bars, actual bars only for the months that started (January, February), two legend keys.
    expect(chart.querySelectorAll("rect[height]").length).toBe(10);
    const axis = [...chart.querySelectorAll("text")].map((node) => node.textContent);
    expect(axis).toContain(paneMonth("2027-01", "ru"));
    expect(axis.some((label) => /^\d\d-\d\d$/.test(label))).toBe(false);
  });
});

describe("Plan view", () => {
  it("builds the template with the chosen language, start month and period", async () => {
    const fake = fakeWorkbook({
      ...FILLED_STATE,
      hasPlan: false,
      planStart: null,
      planPeriod: null,
      language: null,
    });
    renderPane(fake, "ru", "plan");
    await ready(fake);
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Создать шаблон" })).toBeTruthy()
    );
    fireEvent.change(screen.getByLabelText("Язык книги"), { target: { value: "en" } });
    fireEvent.change(screen.getByLabelText(/Начало плана/), { target: { value: "2027-04" } });
    fireEvent.change(screen.getByLabelText("Период плана"), { target: { value: "quarter" } });
    fireEvent.click(screen.getByRole("button", { name: "Создать шаблон" }));
    expect(await screen.findByText("Шаблон создан.")).toBeTruthy();
    expect(fake.calls).toContainEqual({
      name: "buildTemplate",
      options: { lang: "en", start: "2027-04", period: "quarter", uiLang: "ru" },
    });
  });

  it("refuses a start that is not a month and says how to write it", async () => {
    const fake = fakeWorkbook({ ...FILLED_STATE, hasPlan: false });
    renderPane(fake, "en", "plan");
    await ready(fake);
    const input = screen.getByLabelText<HTMLInputElement>(/Plan start/);
    await waitFor(() => expect(input.value).toBe("2027-01"));
    input.setAttribute("type", "text");
    fireEvent.change(input, { target: { value: "2027-13" } });
    fireEvent.click(screen.getByRole("button", { name: "Build template" }));
    expect(await screen.findByText("Enter a month as YYYY-MM, e.g. 2027-01.")).toBeTruthy();
    expect(fake.calls.some((c) => c.name === "buildTemplate")).toBe(false);
  });

  it("offers Add rows only when the plan sheets are protected, and runs it", async () => {
    const open = fakeWorkbook();
    renderPane(open, "en", "plan");
    await ready(open);
    expect(screen.queryByRole("button", { name: "Add rows" })).toBeNull();
    cleanup();
    const fake = fakeWorkbook({ ...FILLED_STATE, sheetsProtected: true });
    renderPane(fake, "en", "plan");
    fireEvent.click(await screen.findByRole("button", { name: "Add rows" }));
    await waitFor(() => expect(fake.calls).toContainEqual({ name: "addRows" }));
    expect((await screen.findByTestId("notice")).textContent).toContain(
      "5 empty rows were added to every table."
    );
  });

  it("offers the upgrade of an outdated template", async () => {
    const fake = fakeWorkbook({ ...FILLED_STATE, templateVersion: "0.9.0", outdated: true });
    renderPane(fake, "en", "plan");
    fireEvent.click(await screen.findByRole("button", { name: /Upgrade the template to version/ }));
    await waitFor(() => expect(fake.calls).toContainEqual({ name: "upgradeTemplate" }));
  });
});

describe("Configuration view", () => {
  it("shows CONFIG_INVALID findings of a refused apply, clickable like the others", async () => {
    const fake = fakeWorkbook();
    fake.applyResult = {
      ok: false,
      reason: "config_invalid",
      message: "",
      findings: [
        {
          severity: "error",
          code: "CONFIG_INVALID",
          sheet: "Config",
          cell: "E12",
          name: "Fields",
          message: "Unknown type “moneyy”.",
        },
      ],
    };
    renderPane(fake, "en", "config");
    await ready(fake);
    fireEvent.click(screen.getByRole("button", { name: "Apply configuration" }));
    expect((await screen.findByTestId("notice")).textContent).toContain(
      "The Config sheet has errors; the workbook is unchanged."
    );
    fireEvent.click(screen.getByRole("button", { name: "Go to cell Config!E12" }));
    await waitFor(() =>
      expect(fake.calls).toContainEqual({
        name: "selectCell",
        ref: { sheet: "Config", cell: "E12" },
      })
    );
  });

  it("opens the Config sheet and reports a valid Config", async () => {
    const fake = fakeWorkbook();
    renderPane(fake, "en", "config");
    await ready(fake);
    fireEvent.click(screen.getByRole("button", { name: "Open the Config sheet" }));
    await waitFor(() => expect(fake.calls).toContainEqual({ name: "openConfig" }));
    fireEvent.click(screen.getByRole("button", { name: "Validate the Config sheet" }));
    expect(
      await screen.findByText("The Config sheet is valid: 1 sections, 0 fields, 0 lists.")
    ).toBeTruthy();
  });

  it("tells how many values went to Archive after an apply", async () => {
    const fake = fakeWorkbook();
    fake.applyResult = { ok: true, archived: 3, syncs: 4 };
    renderPane(fake, "ru", "config");
    await ready(fake);
    fireEvent.click(screen.getByRole("button", { name: "Применить конфигурацию" }));
    expect((await screen.findByTestId("notice")).textContent).toContain(
      "Значения удалённых полей (3) перенесены на лист Archive."
    );
  });
});

describe("finding rows", () => {
  it("hides the code in the row's tooltip, marks the clicked row, and says when the check ran", async () => {
    const fake = fakeWorkbook();
    renderPane(fake);
    await ready(fake);
    fireEvent.click(screen.getByRole("button", { name: "Проверить план" }));
    const rows = await screen.findAllByTestId("finding");
    const first = rows[0] as HTMLElement;
    expect(first.textContent).not.toContain("REQUIRED_MISSING");
    expect(first.getAttribute("title")).toBe("Код замечания: REQUIRED_MISSING");
    expect(screen.getByTestId("check-stamp").textContent).toBe("Проверено в 14:05");
    const link = within(first).getByRole("button", { name: "Перейти к ячейке ActionPlan!C4" });
    link.focus();
    fireEvent.click(link);
    await waitFor(() => expect(first.getAttribute("data-marked")).toBe("true"));
    expect(first.getAttribute("aria-current")).toBe("true");
    expect(document.activeElement).toBe(link);
    expect(rows.filter((r) => r.getAttribute("data-marked") === "true")).toHaveLength(1);
  });

  it("marks the results stale after a person edits the workbook, fresh after a new check", async () => {
    const fake = fakeWorkbook();
    renderPane(fake);
    await ready(fake);
    fireEvent.click(screen.getByRole("button", { name: "Проверить план" }));
    await screen.findByTestId("check-stamp");
    act(() => fake.editByUser());
    await waitFor(() =>
      expect(screen.getByTestId("check-stamp").getAttribute("data-stale")).toBe("true")
    );
    expect(screen.getByTestId("check-stamp").textContent).toBe(
      "Книга изменилась после проверки в 14:05. Проверьте снова."
    );
    fireEvent.click(screen.getByRole("button", { name: "Проверить план" }));
    await waitFor(() =>
      expect(screen.getByTestId("check-stamp").getAttribute("data-stale")).toBe("false")
    );
  });

  it("does not colour the completeness green while there are errors", async () => {
    const fake = fakeWorkbook();
    renderPane(fake);
    await ready(fake);
    fireEvent.click(screen.getByRole("button", { name: "Проверить план" }));
    const bar = await screen.findByTestId("check-completeness");
    expect(bar.getAttribute("data-color")).toBe("warning");
  });
});

describe("messages", () => {
  it("clears an action's message when the person switches tabs", async () => {
    const fake = fakeWorkbook();
    fake.applyResult = { ok: true, archived: 0, syncs: 4 };
    renderPane(fake, "ru", "config");
    await ready(fake);
    fireEvent.click(screen.getByRole("button", { name: "Применить конфигурацию" }));
    expect(await screen.findByTestId("notice")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Проверка" }));
    expect(screen.queryByTestId("notice")).toBeNull();
  });

  it("says honestly that a workbook has no Config sheet when asked to validate it", async () => {
    const fake = fakeWorkbook({ ...FILLED_STATE, hasPlan: false });
    fake.hasConfigSheet = false;
    renderPane(fake, "ru", "config");
    await ready(fake);
    fireEvent.click(screen.getByRole("button", { name: "Проверить лист Config" }));
    expect((await screen.findByTestId("config-missing")).textContent).toContain(
      "В книге нет листа Config"
    );
    expect(screen.queryByText(/Исправьте ячейки из списка ниже/)).toBeNull();
  });
});

describe("keyboard", () => {
  it("moves between the views with the arrow keys, Home and End (one tab stop)", async () => {
    const fake = fakeWorkbook();
    renderPane(fake);
    await ready(fake);
    const check = screen.getByRole("tab", { name: "Проверка" });
    expect(check.getAttribute("aria-selected")).toBe("true");
    expect(screen.getAllByRole("tab").map((tab) => tab.tabIndex)).toEqual([-1, 0, -1, -1]);
    fireEvent.keyDown(check, { key: "ArrowRight" });
    expect(screen.getByRole("tab", { name: "Показатели" }).getAttribute("aria-selected")).toBe(
      "true"
    );
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Показатели" }));
    fireEvent.keyDown(document.activeElement as Element, { key: "End" });
    expect(screen.getByRole("tab", { name: "Настройка" }).getAttribute("aria-selected")).toBe(
      "true"
    );
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowRight" });
    expect(screen.getByRole("tab", { name: "План" }).getAttribute("aria-selected")).toBe("true");
    expect(
      await screen.findByRole("button", { name: "Пересоздать шаблон с сохранением данных" })
    ).toBeTruthy();
  });
});

describe("task pane header on an Excel that lacks a requirement set", () => {
  it("says in Russian and in English what this Excel lacks", async () => {
    for (const [lang, text] of [
      ["ru", /В этом Excel нет группировки отмены \(ExcelApi 1\.20\)/],
      ["en", /This Excel cannot group undo steps \(ExcelApi 1\.20\)/],
    ] as const) {
      const fake = fakeWorkbook({ ...FILLED_STATE, missingFeatures: ["undo_group"] });
      const view = renderPane(fake, lang);
      expect((await screen.findByText(text)).getAttribute("role")).toBe("note");
      view.unmount();
    }
  });
});
