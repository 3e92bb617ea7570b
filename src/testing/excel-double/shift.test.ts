import { chartLines } from "./charts";
import { ExcelDouble } from "./index";
import { offsetFormula, shiftFormula } from "./a1-shift";
import { deleteColumnInFormula, renameColumnInFormula } from "./references";

/**
 * What Excel does to references when cells are inserted or deleted, when a table column is added,
 * deleted or renamed, and when a sheet is copied or a range copied from another: each rule with its
 * documentation page in the module it lives in (a1-shift.ts, shift.ts, references.ts, copy.ts).
 */

async function workbook(): Promise<ExcelDouble> {
  const double = new ExcelDouble();
  const ctx = double.createContext();
  const plan = ctx.workbook.worksheets.getItem("Sheet1");
  plan.name = "ActionPlan";
  const user = ctx.workbook.worksheets.add("My Notes");
  plan.getRange("A1:B6").values = [
    ["Client", "ООО Ромашка"],
    ["", ""],
    ["Item", "Amount"],
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ];
  plan.tables.add("A3:B6", true).name = "SalesPlan";
  plan.getRange("D4").formulas = [["=B4*2"]];
  user.getRange("A1:D1").formulas = [
    ["=ActionPlan!B1", "=SUM(ActionPlan!B4:B6)", "=SUM(SalesPlan[Amount])", "=ActionPlan!B5"],
  ];
  user.getRange("E1").dataValidation.rule = {
    list: { inCellDropDown: true, source: "=ActionPlan!$A$4:$A$6" },
  };
  ctx.workbook.names.add("user_client", plan.getRange("B1"));
  user.charts.add("ColumnClustered", plan.getRange("A3:B6"), "Columns");
  await ctx.sync();
  return double;
}

async function formulas(double: ExcelDouble, sheet: string, address: string): Promise<unknown[]> {
  const ctx = double.createContext();
  const r = ctx.workbook.worksheets.getItem(sheet).getRange(address).load("formulas");
  await ctx.sync();
  return r.formulas.flat();
}

async function nameFormula(double: ExcelDouble, name: string): Promise<string> {
  const ctx = double.createContext();
  const n = ctx.workbook.names.getItem(name).load("formula");
  await ctx.sync();
  return n.formula;
}

async function run(
  double: ExcelDouble,
  queue: (ctx: ReturnType<ExcelDouble["createContext"]>) => void
) {
  const ctx = double.createContext();
  queue(ctx);
  await ctx.sync();
}

describe("A1 references when rows and columns are inserted or deleted (a1-shift.ts)", () => {
  const rows = (at: number, count: number) =>
    ({ sheet: "P", axis: "row", at, count, band: null }) as const;

  it("inserting rows moves references at or below the insertion and grows ranges that span it", () => {
    expect(shiftFormula("=P!B4+P!B2+SUM(P!B3:B6)", "X", rows(3, 2))).toBe(
      "=P!B6+P!B2+SUM(P!B3:B8)"
    );
    expect(shiftFormula("=$B$4+B2", "P", rows(3, 1))).toBe("=$B$5+B2");
    expect(shiftFormula('=Q!B4&"P!B4"&SalesPlan[B4]', "P", rows(0, 1))).toBe(
      '=Q!B4&"P!B4"&SalesPlan[B4]'
    );
  });

  it("deleting rows moves references below up, shrinks ranges, and turns references to deleted cells into #REF!", () => {
    expect(shiftFormula("=P!B6+SUM(P!B3:B8)+P!B4", "X", rows(3, -2))).toBe(
      "=P!B4+SUM(P!B3:B6)+P!#REF!"
    );
    expect(shiftFormula("=B4", "P", rows(3, -1))).toBe("=#REF!");
  });

  it("a shift in a band of columns moves only the references inside the band", () => {
    const band = { sheet: "P", axis: "col", at: 1, count: 1, band: { from: 2, to: 5 } } as const;
    expect(shiftFormula("=P!B4+P!B1+P!C3:D6", "X", band)).toBe("=P!C4+P!B1+P!D3:E6");
  });

  it("a pasted formula's relative parts move by the offset, absolute parts stay", () => {
    expect(offsetFormula("=B4+$B$4+B$4+$B4", "P", 2, 1)).toBe("=C6+$B$4+C$4+$B6");
  });
});

describe("Range.insert / Range.delete on the double (shift.ts)", () => {
  it("inserting whole rows shifts formulas of the same and of other sheets, names, validations and chart series", async () => {
    const double = await workbook();
    await run(double, (ctx) => {
      ctx.workbook.worksheets.getItem("ActionPlan").getRange("2:3").insert("Down");
    });
    expect(await formulas(double, "My Notes", "A1:D1")).toEqual([
      "=ActionPlan!B1",
      "=SUM(ActionPlan!B6:B8)",
      "=SUM(SalesPlan[Amount])",
      "=ActionPlan!B7",
    ]);
    expect(await formulas(double, "ActionPlan", "D6")).toEqual(["=B6*2"]);
    expect(await nameFormula(double, "user_client")).toBe("=ActionPlan!$B$1");
    const user = double.model.sheets.find((s) => s.name === "My Notes");
    expect(user?.cells.get(4)?.validation?.rule.list?.source).toBe("=ActionPlan!$A$6:$A$8");
    expect(chartLines(double.model)[0]).toContain("ActionPlan!A5:B8");
    expect(double.model.tables[0]?.rect).toEqual({ row: 4, col: 0, rows: 4, cols: 2 });
  });

  it("whole rows inserted inside a table's body grow the table", async () => {
    const double = await workbook();
    await run(double, (ctx) => {
      ctx.workbook.worksheets.getItem("ActionPlan").getRange("5:6").insert("Down");
    });
    expect(double.model.tables[0]?.rect).toEqual({ row: 2, col: 0, rows: 6, cols: 2 });
    expect(await formulas(double, "My Notes", "B1")).toEqual(["=SUM(ActionPlan!B4:B8)"]);
  });

  it("deleting rows turns references to the deleted cells into #REF! and moves the rest up", async () => {
    const double = await workbook();
    await run(double, (ctx) => {
      ctx.workbook.worksheets.getItem("ActionPlan").getRange("5:5").delete("Up");
    });
    expect(await formulas(double, "My Notes", "A1:D1")).toEqual([
      "=ActionPlan!B1",
      "=SUM(ActionPlan!B4:B5)",
      "=SUM(SalesPlan[Amount])",
      "=ActionPlan!#REF!",
    ]);
    expect(double.model.tables[0]?.rect).toEqual({ row: 2, col: 0, rows: 3, cols: 2 });
  });

  it("deleting every row of a table deletes it: its structured references become #REF!", async () => {
    const double = await workbook();
    await run(double, (ctx) => {
      ctx.workbook.worksheets.getItem("ActionPlan").getRange("3:6").delete("Up");
    });
    expect(double.model.tables).toEqual([]);
    expect(await formulas(double, "My Notes", "C1")).toEqual(["=SUM(#REF!)"]);
  });

  it("a name whose cells are deleted becomes #REF!", async () => {
    const double = await workbook();
    await run(double, (ctx) => {
      ctx.workbook.worksheets.getItem("ActionPlan").getRange("1:1").delete("Up");
    });
    expect(await nameFormula(double, "user_client")).toBe("=#REF!");
  });

  it("inserting columns shifts references right; a partial shift through a table is refused", async () => {
    const double = await workbook();
    await run(double, (ctx) => {
      ctx.workbook.worksheets.getItem("ActionPlan").getRange("A:A").insert("Right");
    });
    expect(await formulas(double, "My Notes", "A1:B1")).toEqual([
      "=ActionPlan!C1",
      "=SUM(ActionPlan!C4:C6)",
    ]);
    const ctx = double.createContext();
    ctx.workbook.worksheets.getItem("ActionPlan").getRange("B4:B5").insert("Right");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

describe("table columns on the double", () => {
  it("adding a column inserts cells in the table's rows: references right of it move", async () => {
    const double = await workbook();
    await run(double, (ctx) => {
      ctx.workbook.tables.getItem("SalesPlan").columns.add(1, undefined, "Note");
    });
    expect(double.model.tables[0]?.rect).toEqual({ row: 2, col: 0, rows: 4, cols: 3 });
    expect(await formulas(double, "ActionPlan", "A3:C3")).toEqual(["Item", "Note", "Amount"]);
    expect(await formulas(double, "My Notes", "A1:D1")).toEqual([
      "=ActionPlan!B1",
      "=SUM(ActionPlan!C4:C6)",
      "=SUM(SalesPlan[Amount])",
      "=ActionPlan!C5",
    ]);
    expect(await formulas(double, "ActionPlan", "E4")).toEqual(["=C4*2"]);
  });

  it("deleting a column makes structured and A1 references to it #REF!", async () => {
    const double = await workbook();
    await run(double, (ctx) => {
      ctx.workbook.tables.getItem("SalesPlan").columns.getItem("Amount").delete();
    });
    expect(await formulas(double, "My Notes", "B1:D1")).toEqual([
      "=SUM(ActionPlan!#REF!)",
      "=SUM(#REF!)",
      "=ActionPlan!#REF!",
    ]);
    expect(deleteColumnInFormula("=SalesPlan[[#This Row],[Amount]]+1", "SalesPlan", "amount")).toBe(
      "=#REF!+1"
    );
  });

  it("renaming a column (writing its header) rewrites structured references to it", async () => {
    const double = await workbook();
    await run(double, (ctx) => {
      ctx.workbook.worksheets.getItem("ActionPlan").getRange("B3").values = [["Sum [RUB]"]];
    });
    expect(await formulas(double, "My Notes", "C1")).toEqual(["=SUM(SalesPlan[Sum '[RUB']])"]);
    expect(
      renameColumnInFormula("=SalesPlan[[#This Row],[a]]+Other[a]", "SalesPlan", "a", "b")
    ).toBe("=SalesPlan[[#This Row],[b]]+Other[a]");
  });
});

describe("Worksheet.copy and Range.copyFrom on the double (copy.ts)", () => {
  it("a copy of a sheet holds its cells and tables under new names, and steals no reference", async () => {
    const double = await workbook();
    await run(double, (ctx) => {
      const copy = ctx.workbook.worksheets.getItem("ActionPlan").copy("End");
      copy.visibility = "VeryHidden";
    });
    const names = double.model.sheets.map((s) => `${s.name}:${s.visibility}`);
    expect(names).toEqual(["ActionPlan:Visible", "My Notes:Visible", "ActionPlan (2):VeryHidden"]);
    expect(double.model.tables.map((t) => t.name)).toEqual(["SalesPlan", "SalesPlan2"]);
    expect(await formulas(double, "ActionPlan (2)", "B1:D4")).toContain("=B4*2");
    expect(await formulas(double, "My Notes", "A1:D1")).toEqual([
      "=ActionPlan!B1",
      "=SUM(ActionPlan!B4:B6)",
      "=SUM(SalesPlan[Amount])",
      "=ActionPlan!B5",
    ]);
    expect(await nameFormula(double, "user_client")).toBe("=ActionPlan!$B$1");
  });

  it("copyFrom copies contents and formats to the destination, adjusting relative references", async () => {
    const double = await workbook();
    await run(double, (ctx) => {
      const plan = ctx.workbook.worksheets.getItem("ActionPlan");
      plan.getRange("A1").numberFormat = [["@"]];
      plan.getRange("F1").copyFrom("ActionPlan!A1:D4");
    });
    expect(await formulas(double, "ActionPlan", "F1:I1")).toEqual([
      "Client",
      "ООО Ромашка",
      "",
      "",
    ]);
    expect(await formulas(double, "ActionPlan", "I4")).toEqual(["=G4*2"]);
    const ctx = double.createContext();
    const f = ctx.workbook.worksheets.getItem("ActionPlan").getRange("F1").load("numberFormat");
    await ctx.sync();
    expect(f.numberFormat).toEqual([["@"]]);
  });
});
