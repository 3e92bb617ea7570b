import { DEFAULT_CONFIG } from "../domain/config/defaults";
import { buildLayout } from "./build";
import { SHEET } from "./sheets";

describe("the Calc sheet", () => {
  it.each(["quarter", "half_year", "year"] as const)(
    "gives every helper cell its own address (%s plan): no block writes over another",
    (period) => {
      const layout = buildLayout(DEFAULT_CONFIG, { lang: "ru", start: "2027-01", period });
      for (const sheet of layout.sheets) {
        const seen = new Map<string, number>();
        for (const cell of sheet.cells) seen.set(cell.address, (seen.get(cell.address) ?? 0) + 1);
        const twice = [...seen].filter(([, count]) => count > 1).map(([address]) => address);
        expect({ sheet: sheet.name, twice }).toEqual({ sheet: sheet.name, twice: [] });
      }
      expect(layout.sheets.some((s) => s.name === SHEET.calc)).toBe(true);
    }
  );
});
