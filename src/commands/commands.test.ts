import { fakeWorkbook } from "../taskpane/testing/fakeActions";
import { runCheckPlan } from "./commands";

describe("ribbon Check plan", () => {
  it("checks in the workbook language and writes the findings sheet", async () => {
    const fake = fakeWorkbook();
    const outcome = await runCheckPlan(fake, "2027-03-15", "en");
    expect(outcome).toEqual({ ok: true, counts: { error: 3, warning: 1, info: 1 } });
    expect(fake.calls).toContainEqual({ name: "check", lang: undefined, today: "2027-03-15" });
    expect(fake.calls).toContainEqual({ name: "writeFindingsSheet", lang: "ru", count: 5 });
  });

  it("turns a refused write into a message saying what happened and what to do", async () => {
    const fake = fakeWorkbook();
    fake.failNext = {
      method: "writeFindingsSheet",
      error: Object.assign(new Error("The cell is being edited."), {
        code: "InvalidOperationInCellEditMode",
      }),
    };
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const outcome = await runCheckPlan(fake, "2027-03-15", "ru");
    consoleError.mockRestore();
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? "" : outcome.message).toBe(
      "Действие «проверка плана» прервано: InvalidOperationInCellEditMode: The cell is being edited. Книга не изменена сверх того, что уже показано. Повторите; если не поможет, перезапустите надстройку."
    );
  });
});
