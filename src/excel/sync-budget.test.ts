import { ExcelDouble } from "../testing/excel-double";
import { onDouble } from "./testing/on-double";
import { writeFilledPlan } from "./testing/filled-plan";

/** The sync budget of the README: build ≤ 3, check ≤ 2, apply ≤ 4, the same at 10 and 1,000 items. */
describe("syncs per action on the Excel double", () => {
  it.each([10, 1000])(
    "stays within budget with %i sales items",
    async (items) => {
      const { double, actions, restore } = onDouble(new ExcelDouble());
      // onDouble installs the double as the Excel global; `actions` runs on whatever is installed.
      try {
        double.resetStats();
        expect(
          await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "year" })
        ).toMatchObject({ ok: true });
        expect(double.syncCount).toBeLessThanOrEqual(3);
        // The filled plan is written into a fresh workbook, then takes the place of the built one.
        const filled = new ExcelDouble();
        const back = onDouble(filled);
        await writeFilledPlan(items).finally(back.restore);
        double.model = filled.model;
        const again = onDouble(double);
        double.resetStats();
        expect(
          await actions.buildTemplate({
            lang: "ru",
            start: "2027-01",
            period: "year",
            overwrite: true,
          })
        ).toMatchObject({ ok: true });
        expect(double.syncCount).toBeLessThanOrEqual(3);
        double.resetStats();
        await actions.check({ today: "2027-02-01" });
        expect(double.syncCount).toBeLessThanOrEqual(2);
        double.resetStats();
        expect(await actions.applyConfiguration()).toMatchObject({ ok: true });
        expect(double.syncCount).toBeLessThanOrEqual(4);
        again.restore();
      } finally {
        restore();
      }
    },
    60_000
  );
});
