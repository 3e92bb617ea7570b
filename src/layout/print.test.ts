import { DEFAULT_CONFIG } from "../domain/config/defaults";
import { parseA1 } from "../domain/read/a1";
import { buildLayout } from "./build";
import { printSetup, REPEAT_HEADER_FROM_ROWS } from "./print";
import { heightOf, linesOf, wrappedRowHeights } from "./row-heights";
import { reviewPlanValues } from "./testing/review-plan";
import type { SheetLayout } from "./types";

const layout = buildLayout(DEFAULT_CONFIG, {
  lang: "ru",
  start: "2027-01",
  period: "year",
  values: reviewPlanValues("ru"),
});
const sheet = (name: string): SheetLayout => {
  const found = layout.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

describe("print set-up of the layout", () => {
  it("prints every visible sheet A4 landscape one page wide, and no hidden sheet", () => {
    for (const s of layout.sheets) {
      if (s.visibility === "visible")
        expect(s.print).toMatchObject({ paper: "A4", orientation: "landscape", fitWidth: 1 });
      else expect(s.print).toBeUndefined();
    }
    expect(sheet("ActionPlan").print?.fitHeight).toBeNull();
  });

  it("repeats the header of a table that runs over several pages, not of short ones", () => {
    const config = sheet("Config");
    const fields = config.tables.find((t) => t.name === "Fields");
    expect(fields && fields.rows.length).toBeGreaterThanOrEqual(REPEAT_HEADER_FROM_ROWS);
    const header = (parseA1(fields?.topLeft ?? "A1")?.row ?? 0) + 1;
    expect(config.print?.titleRows).toEqual({ first: header, last: header });
    expect(sheet("Dossier").print?.titleRows).toBeNull();
  });

  it("breaks pages only above a table block's title row, never inside a table", () => {
    for (const s of layout.sheets.filter((x) => x.print)) {
      const titleRows = s.tables.map((t) => parseA1(t.topLeft)?.row ?? 0);
      for (const row of s.print?.rowBreaks ?? []) expect(titleRows).toContain(row);
    }
    expect(sheet("Dossier").print?.rowBreaks.length).toBeGreaterThan(0);
  });

  it("puts no break on a sheet that fits on one page", () => {
    const small: SheetLayout = { ...sheet("Dossier"), tables: [], rowHeights: [] };
    expect(printSetup(small).rowBreaks).toEqual([]);
  });
});

describe("row heights of wrapped text", () => {
  it("gives a long dossier text the lines it needs, and leaves one-line rows to Excel", () => {
    const dossier = sheet("Dossier");
    const heights = wrappedRowHeights(dossier);
    const description = layout.names.find((n) => n.name === "client_description");
    const row = (parseA1(description?.address ?? "B1")?.row ?? 0) + 1;
    const height = heights.find((h) => h.row === row)?.height ?? 0;
    expect(height).toBeGreaterThan(4 * 15);
    const kam = layout.names.find((n) => n.name === "kam_name");
    const kamRow = (parseA1(kam?.address ?? "B1")?.row ?? 0) + 1;
    expect(wrappedRowHeights(sheet("ActionPlan")).some((h) => h.row === kamRow)).toBe(false);
  });

  it("counts lines per paragraph and narrower for bold text", () => {
    expect(linesOf("a".repeat(10), 20, "input")).toBe(1);
    expect(linesOf("a".repeat(40), 20, "longInput")).toBe(3);
    expect(linesOf("one\ntwo\nthree", 20, "longInput")).toBe(3);
    expect(linesOf("a".repeat(17), 20, "header")).toBeGreaterThan(
      linesOf("a".repeat(17), 20, "input")
    );
    expect(heightOf(1, "input")).toBeGreaterThanOrEqual(15);
    expect(heightOf(3, "longInput")).toBeGreaterThanOrEqual(45);
  });
});
