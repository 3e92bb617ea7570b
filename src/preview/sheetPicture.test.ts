import { cellForWrite, newWorkbook } from "../testing/excel-double/model";
import { cellText, sheetPicture } from "./sheetPicture";

describe("sheetPicture", () => {
  it("shows the used range from A1 with the selected cell marked and formulas as written", () => {
    const model = newWorkbook("Лист1");
    const sheet = model.sheets[0];
    if (!sheet) throw new Error("no sheet");
    cellForWrite(sheet, 0, 0).value = "Клиент";
    const formula = cellForWrite(sheet, 2, 1);
    formula.formula = "=SUM(B1:B2)";
    model.selection = { sheetId: sheet.id, rect: { row: 2, col: 1, rows: 1, cols: 1 } };
    const picture = sheetPicture(model, sheet.id);
    expect(picture?.columns).toEqual(["A", "B"]);
    expect(picture?.rows.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(picture?.rows[0]?.cells[0]).toEqual({
      address: "A1",
      text: "Клиент",
      isFormula: false,
      selected: false,
    });
    expect(picture?.rows[2]?.cells[1]).toEqual({
      address: "B3",
      text: "=SUM(B1:B2)",
      isFormula: true,
      selected: true,
    });
  });

  it("caps a large sheet and says so", () => {
    const model = newWorkbook();
    const sheet = model.sheets[0];
    if (!sheet) throw new Error("no sheet");
    cellForWrite(sheet, 500, 40).value = 1;
    const picture = sheetPicture(model, sheet.id, 10, 5);
    expect(picture?.rows.length).toBe(10);
    expect(picture?.columns.length).toBe(5);
    expect(picture?.clipped).toBe(true);
  });

  it("is null for an unknown sheet", () => {
    expect(sheetPicture(newWorkbook(), "nope")).toBeNull();
  });
});

describe("cellText", () => {
  it("shows dates, percentages and amounts by their number format", () => {
    expect(cellText(46388, "dd.mm.yyyy")).toBe("2027-01-01");
    expect(cellText(0.025, "0.00%")).toBe("2.5%");
    expect(cellText(1500, "#,##0.00")).toBe("1500.00");
    expect(cellText(true, "General")).toBe("true");
    expect(cellText(null, "General")).toBe("");
  });
});
