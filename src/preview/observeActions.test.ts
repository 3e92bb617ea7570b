import { fakeWorkbook } from "../taskpane/testing/fakeActions";
import { observeActions } from "./observeActions";

describe("observeActions", () => {
  it("passes calls through and reports each finished action", async () => {
    const fake = fakeWorkbook();
    const settled: string[] = [];
    const observed = observeActions(fake, (m) => settled.push(m));
    await observed.selectCell({ sheet: "ActionPlan", cell: "C5" });
    const report = await observed.check({ today: "2027-03-15", lang: "en" });
    expect(report.language).toBe("en");
    expect(fake.calls).toContainEqual({
      name: "selectCell",
      ref: { sheet: "ActionPlan", cell: "C5" },
    });
    expect(settled).toEqual(["selectCell", "check"]);
  });

  it("passes the what-if's applyInputs through and reports it", async () => {
    const settled: string[] = [];
    const observed = observeActions(fakeWorkbook(), (m) => settled.push(m));
    expect(await observed.applyInputs?.([], "ru")).toMatchObject({ ok: true, written: 0 });
    expect(settled).toEqual(["applyInputs"]);
  });

  it("reports a failed action too and lets the error through", async () => {
    const fake = fakeWorkbook();
    fake.failNext = { method: "openConfig", error: new Error("ItemNotFound") };
    const settled: string[] = [];
    await expect(observeActions(fake, (m) => settled.push(m)).openConfig()).rejects.toThrow(
      "ItemNotFound"
    );
    expect(settled).toEqual(["openConfig"]);
  });
});
