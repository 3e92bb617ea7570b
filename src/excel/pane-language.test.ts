import { onDouble } from "./testing/on-double";

const CYRILLIC = /[А-Яа-яЁё]/;

describe("the adapter reports in the pane's language", () => {
  it("says a finding's sheet is missing in the pane's language only", async () => {
    const { actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
      const en = actions.selectCell({ sheet: "Nope", cell: "A1" }, "en");
      await expect(en).rejects.toThrow("Sheet Nope is missing or hidden");
      await expect(en).rejects.not.toThrow(CYRILLIC);
      await expect(actions.selectCell({ sheet: "Nope", cell: "A1" }, "ru")).rejects.toThrow(
        /^Лист «Nope» не найден или скрыт[^/]*$/
      );
    } finally {
      restore();
    }
  });

  it("refuses to rebuild over data in the pane's language, not the workbook's", async () => {
    const { actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
      await Excel.run(async (context) => {
        context.workbook.names.getItem("client_name").getRange().values = [["ООО «Ромашка»"]];
        await context.sync();
      });
      const refused = await actions.buildTemplate({
        lang: "ru",
        start: "2027-01",
        period: "year",
        uiLang: "en",
      });
      expect(refused).toMatchObject({ ok: false, reason: "plan_exists" });
      if (refused.ok) throw new Error("expected a refusal");
      expect(refused.message).toMatch(/^The workbook already holds a plan/);
    } finally {
      restore();
    }
  });

  it("reports a workbook without Config in the pane's language when opening and applying it", async () => {
    const { actions, restore } = onDouble();
    try {
      await expect(actions.openConfig("en")).rejects.toThrow(/^The workbook has no ActionPlan/);
      await expect(actions.openConfig("ru")).rejects.toThrow(/^В книге нет листов плана/);
      const applied = await actions.applyConfiguration({ uiLang: "en" });
      expect(applied).toMatchObject({ ok: false, reason: "no_plan" });
      if (applied.ok) throw new Error("expected a refusal");
      expect(applied.message).not.toMatch(CYRILLIC);
    } finally {
      restore();
    }
  });
});
