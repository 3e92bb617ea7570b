import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Lang } from "../../domain/values";
import { fakeWorkbook, type FakeWorkbook } from "../testing/fakeActions";
import { App } from "./App";

const NBSP = /[\u00a0\u202f]/g;

beforeAll(() => {
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: NoResizeObserver });
});

// A range copied from Excel (tab-separated): a title line, headers, rows, an unknown item, a month outside the plan, bad rows.
const COPIED = [
  "Продажи за период",
  "Номенклатура\tПериод\tСумма",
  "Молоко 3,2%\t2027-01\t1 234,56",
  "кефир\t02.2027\t500",
  "Сметана\t2027-03\t100",
  "Кефир\t2027-09\t70",
  "\t2027-02\t5",
  "Кефир\tмарт\t10",
  "Итого\t\t1 919,56",
].join("\r\n");

function renderNumbers(fake: FakeWorkbook, lang: Lang = "ru") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App actions={fake} initialLang={lang} today={() => "2027-02-15"} initialView="numbers" />
    </FluentProvider>
  );
}

async function paste(text: string, label = "Скопированный диапазон"): Promise<void> {
  const area = await screen.findByLabelText(label);
  fireEvent.change(area, { target: { value: text } });
}

describe("Actual sales section (Numbers view)", () => {
  it("previews the pasted range, pre-selects the columns, imports and reports every row not imported with its line", async () => {
    const fake = fakeWorkbook();
    renderNumbers(fake);
    await paste(COPIED);
    const preview = screen.getByRole("table", { name: "Первые строки вставленного диапазона" });
    const headers = within(preview)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual(["Строка", "Номенклатура", "Период", "Сумма"]);
    expect(
      within(preview)
        .getAllByRole("rowheader")
        .map((h) => h.textContent)
    ).toEqual(["3", "4", "5", "6", "7"]);
    expect(screen.getByLabelText<HTMLSelectElement>("Столбец позиции").value).toBe("0");
    expect(screen.getByLabelText<HTMLSelectElement>("Столбец месяца").value).toBe("1");
    expect(screen.getByLabelText<HTMLSelectElement>("Столбец суммы").value).toBe("2");

    fireEvent.click(screen.getByRole("button", { name: "Загрузить факт" }));
    const report = await screen.findByTestId("actuals-report");
    expect(fake.calls).toContainEqual({
      name: "importActuals",
      rows: 9,
      columns: { item: 0, month: 1, amount: 2 },
      headerRow: 1,
    });
    const text = report.textContent.replace(NBSP, " ");
    expect(text).toContain("Факт загружен");
    expect(text).toContain("Строк загружено: 4 на сумму 1 904,56 ₽; ячеек записано: 3");
    expect(text).toContain(
      "Позиций нет в плане продаж — они всё равно добавлены в факт: Сметана — 100,00 ₽ (строки 5)"
    );
    expect(text).toContain("Месяцы вне периода плана не записаны: 2027-09 — 70,00 ₽ (строки 6)");
    const bad = within(screen.getByTestId("actuals-bad-rows"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(bad).toEqual([
      "строка 7: не указана позиция",
      "строка 8: не удалось прочитать месяц «март»",
      "строка 9: строка итога «Итого» пропущена",
    ]);
    // The workbook changed: the numbers are computed again.
    await waitFor(() => expect(fake.calls.some((c) => c.name === "check")).toBe(true));
    expect(screen.getByTestId("actuals-report")).toBeTruthy();
  });

  it("lets the user map the columns and keeps Import disabled until three different columns are chosen", async () => {
    const fake = fakeWorkbook();
    renderNumbers(fake);
    await paste("Клиент\tДата\tКод\tНаименование\tВыручка\nРомашка\t15.01.2027\t001\tКефир\t300");
    const button = screen.getByRole("button", { name: "Загрузить факт" });
    expect(screen.getByLabelText<HTMLSelectElement>("Столбец позиции").value).toBe("3");
    fireEvent.change(screen.getByLabelText("Столбец суммы"), { target: { value: "1" } });
    expect(button.hasAttribute("disabled")).toBe(true);
    expect(
      screen.getAllByText("Позиция, месяц и сумма должны быть в разных столбцах.").length
    ).toBe(2);
    fireEvent.change(screen.getByLabelText("Столбец суммы"), { target: { value: "" } });
    expect(screen.getByText("Столбец не найден по заголовку: выберите его.")).toBeTruthy();
    expect(button.hasAttribute("disabled")).toBe(true);
    fireEvent.change(screen.getByLabelText("Столбец суммы"), { target: { value: "4" } });
    expect(button.hasAttribute("disabled")).toBe(false);
    fireEvent.click(button);
    await screen.findByTestId("actuals-report");
    expect(fake.calls).toContainEqual({
      name: "importActuals",
      rows: 2,
      columns: { item: 3, month: 1, amount: 4 },
      headerRow: 0,
    });
  });

  it("disables Import and shows progress while the import runs", async () => {
    const fake = fakeWorkbook();
    let release: () => void = () => undefined;
    renderNumbers(fake);
    await paste(COPIED);
    fake.hold = new Promise((resolve) => (release = resolve));
    const button = screen.getByRole("button", { name: "Загрузить факт" });
    fireEvent.click(button);
    await waitFor(() => expect(button.hasAttribute("disabled")).toBe(true));
    expect(within(screen.getByTestId("actuals-section")).getByRole("progressbar")).toBeTruthy();
    fake.hold = null;
    await act(async () => {
      release();
      await Promise.resolve();
    });
    await screen.findByTestId("actuals-report");
    await waitFor(() => expect(button.hasAttribute("disabled")).toBe(false));
  });

  it("shows a refusal in the pane language and does not recompute", async () => {
    const fake = fakeWorkbook();
    fake.importResult = { ok: false, reason: "no_months", findings: [], message: "" };
    renderNumbers(fake, "en");
    await paste(COPIED, "Copied range");
    fireEvent.click(screen.getByRole("button", { name: "Import actuals" }));
    const report = await screen.findByTestId("actuals-report");
    expect(report.textContent).toContain("That did not work");
    expect(report.textContent).toContain("The plan start or period is empty");
    expect(fake.calls.some((c) => c.name === "check")).toBe(false);
  });

  it("reports an import that wrote nothing as a warning, in English", async () => {
    const fake = fakeWorkbook();
    renderNumbers(fake, "en");
    await paste("Item;Month;Amount\nKefir;2026-12;5\n", "Copied range");
    fireEvent.click(screen.getByRole("button", { name: "Import actuals" }));
    const report = await screen.findByTestId("actuals-report");
    expect(report.textContent).toContain("The workbook is unchanged");
    expect(report.textContent).toContain(
      "Months outside the plan period, not written: 2026-12 — RUB\u00a05.00 (lines 2)"
    );
    expect(fake.calls.some((c) => c.name === "check")).toBe(false);
  });

  it("says so when the adapter cannot import actuals", async () => {
    const fake = fakeWorkbook();
    const { importActuals, ...rest } = fake;
    expect(typeof importActuals).toBe("function");
    render(
      <FluentProvider theme={webLightTheme}>
        <App actions={rest} initialLang="ru" today={() => "2027-02-15"} initialView="numbers" />
      </FluentProvider>
    );
    expect(await screen.findByText("Загрузка факта недоступна в этом окружении.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Загрузить факт" }).hasAttribute("disabled")).toBe(
      true
    );
  });
});
