import { fakeWorkbook } from "./testing/fakeActions";
import { createWorkbookActions } from "./workbookActions";

describe("createWorkbookActions", () => {
  it("loads the adapter once, on the first call, and forwards every call", async () => {
    const fake = fakeWorkbook();
    let loads = 0;
    const actions = createWorkbookActions(() => {
      loads += 1;
      return Promise.resolve(fake);
    });
    expect(loads).toBe(0);
    await actions.selectCell({ sheet: "Dossier", cell: "B7" });
    await actions.readState();
    expect(loads).toBe(1);
    expect(fake.calls).toEqual([
      { name: "selectCell", ref: { sheet: "Dossier", cell: "B7" } },
      { name: "readState" },
    ]);
  });

  it("forwards importActuals to the adapter", async () => {
    const fake = fakeWorkbook();
    const actions = createWorkbookActions(() => Promise.resolve(fake));
    const result = await actions.importActuals?.(
      [
        ["Товар", "Месяц", "Сумма"],
        ["Кефир", "2027-02", "5"],
      ],
      { item: 0, month: 1, amount: 2 },
      { headerRow: 0 }
    );
    expect(result).toMatchObject({ ok: true, written: true, report: { cellsWritten: 1 } });
    expect(fake.calls).toEqual([
      { name: "importActuals", rows: 2, columns: { item: 0, month: 1, amount: 2 }, headerRow: 0 },
    ]);
  });

  it("forwards applyInputs (the what-if's Apply to plan) to the adapter", async () => {
    const fake = fakeWorkbook();
    const actions = createWorkbookActions(() => Promise.resolve(fake));
    const writes = [
      { ref: { sheet: "ActionPlan", cell: "C16" }, expected: 30, value: 60, tolerance: 1e-9 },
    ];
    expect(await actions.applyInputs?.(writes, "en")).toEqual({ ok: true, written: 1, syncs: 2 });
    expect(fake.calls).toEqual([{ name: "applyInputs", writes }]);
  });

  it("tries the load again after a failed one", async () => {
    const fake = fakeWorkbook();
    let loads = 0;
    const actions = createWorkbookActions(() => {
      loads += 1;
      return loads === 1 ? Promise.reject(new Error("ChunkLoadError")) : Promise.resolve(fake);
    });
    await expect(actions.openConfig()).rejects.toThrow("ChunkLoadError");
    await actions.openConfig();
    expect(loads).toBe(2);
  });
});
