import { fakeWorkbook } from "../taskpane/testing/fakeActions";
import { onDouble } from "../excel/testing/on-double";
import { runCheckPlan, showNoticeThenComplete, type NoticeUi } from "./commands";

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

describe("ribbon failure notice (showNoticeThenComplete)", () => {
  type Handler = (arg: unknown) => void;
  const OfficeStub = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
  };
  beforeAll(() => {
    Object.assign(globalThis, { Office: OfficeStub });
  });
  afterAll(() => {
    Reflect.deleteProperty(globalThis, "Office");
  });

  /** A fake `Office.context.ui` whose dialog records its handlers and whether it was closed. */
  function fakeUi(opens: boolean) {
    const handlers = new Map<string, Handler>();
    const dialog = {
      closed: false,
      addEventHandler: (type: string, handler: Handler) => handlers.set(type, handler),
      close() {
        this.closed = true;
      },
    };
    const ui = {
      displayDialogAsync: (_url: string, _options: unknown, callback: (r: unknown) => void) => {
        callback(
          opens
            ? { status: "succeeded", value: dialog }
            : { status: "failed", error: { code: 12007, message: "blocked" } }
        );
      },
    } as unknown as NoticeUi;
    return { ui, handlers, dialog };
  }

  it("completes the command only after the person closes the notice with its button", () => {
    const { ui, handlers, dialog } = fakeUi(true);
    const complete = jest.fn();
    showNoticeThenComplete(ui, "https://localhost/commands.html#notice=x", "x", complete);
    expect(complete).not.toHaveBeenCalled();
    handlers.get("dialogMessageReceived")?.({ message: "close" });
    expect(dialog.closed).toBe(true);
    expect(complete).toHaveBeenCalledTimes(1);
  });

  it("completes the command when the dialog's own close (12006) ends it, once", () => {
    const { ui, handlers } = fakeUi(true);
    const complete = jest.fn();
    showNoticeThenComplete(ui, "https://localhost/commands.html#notice=x", "x", complete);
    handlers.get("dialogEventReceived")?.({ error: 12006 });
    handlers.get("dialogEventReceived")?.({ error: 12006 });
    expect(complete).toHaveBeenCalledTimes(1);
  });

  it("completes at once (and logs the message) when the dialog cannot open", () => {
    const { ui } = fakeUi(false);
    const complete = jest.fn();
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    showNoticeThenComplete(ui, "https://localhost/commands.html#notice=x", "x", complete);
    expect(consoleError).toHaveBeenCalledWith(
      "[kam] could not show the failure notice",
      expect.anything(),
      "x"
    );
    consoleError.mockRestore();
    expect(complete).toHaveBeenCalledTimes(1);
  });
});

describe("ribbon Check plan on the Excel double", () => {
  it("writes the findings sheet and leaves it active: the result shows in the workbook", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      const outcome = await runCheckPlan(actions, "2027-02-01", "en");
      expect(outcome.ok).toBe(true);
      const active = double.model.sheets.find((s) => s.id === double.model.activeSheetId);
      expect(active?.name).toBe("Check");
    } finally {
      restore();
    }
  });
});
