import { chartLines } from "./charts";
import { ExcelDouble } from "./index";
import { deleteSheetInFormula, renameSheetInFormula, renameTableInFormula } from "./references";

describe("formula text rewriting (Excel's rename and delete rules)", () => {
  it("renames plain and quoted sheet references, case-insensitively, not inside strings", () => {
    expect(renameSheetInFormula("=ActionPlan!B4+actionplan!$C$5", "ActionPlan", "My Plan")).toBe(
      "='My Plan'!B4+'My Plan'!$C$5"
    );
    expect(renameSheetInFormula("='My Plan'!A1*2", "My Plan", "Plan")).toBe("=Plan!A1*2");
    expect(renameSheetInFormula("='O''Brien'!A1", "O'Brien", "X")).toBe("=X!A1");
    expect(renameSheetInFormula('=IF(A1="ActionPlan!B4",1,0)', "ActionPlan", "X")).toBe(
      '=IF(A1="ActionPlan!B4",1,0)'
    );
    expect(renameSheetInFormula("=Other!A1+ActionPlanX!A1", "ActionPlan", "X")).toBe(
      "=Other!A1+ActionPlanX!A1"
    );
    expect(renameSheetInFormula("ActionPlan!B4", "ActionPlan", "X")).toBe("ActionPlan!B4");
  });

  it("turns references to a deleted sheet and its tables into #REF!", () => {
    expect(deleteSheetInFormula("=ActionPlan!B4+Notes!A1", "ActionPlan", [])).toBe(
      "=#REF!B4+Notes!A1"
    );
    expect(deleteSheetInFormula("='~bak ActionPlan'!B4", "~bak ActionPlan", [])).toBe("=#REF!B4");
    expect(
      deleteSheetInFormula("=SUM(SalesPlan[2027-01])+SUM(Other[x])", "ActionPlan", ["SalesPlan"])
    ).toBe("=SUM(#REF!)+SUM(Other[x])");
    expect(deleteSheetInFormula("=SUM(SalesPlan[[#Totals],[a]])", "P", ["SalesPlan"])).toBe(
      "=SUM(#REF!)"
    );
  });

  it("renames structured references to a table, leaving functions and strings alone", () => {
    expect(renameTableInFormula("=SUM(SalesPlan[2027-01])", "SalesPlan", "kam_bak_SalesPlan")).toBe(
      "=SUM(kam_bak_SalesPlan[2027-01])"
    );
    expect(renameTableInFormula("=ROWS(salesplan)", "SalesPlan", "T")).toBe("=ROWS(T)");
    expect(renameTableInFormula('=SUM(A1)&"SalesPlan[x]"', "SUM", "T")).toBe(
      '=SUM(A1)&"SalesPlan[x]"'
    );
    expect(renameTableInFormula("=Sheet1!SalesPlan", "Sheet1", "T")).toBe("=Sheet1!SalesPlan");
  });
});

async function workbook(): Promise<ExcelDouble> {
  const double = new ExcelDouble();
  const ctx = double.createContext();
  const plan = ctx.workbook.worksheets.getItem("Sheet1");
  plan.name = "ActionPlan";
  const user = ctx.workbook.worksheets.add("My Notes");
  plan.getRange("A1:B3").values = [
    ["Item", "Amount"],
    ["a", 1],
    ["b", 2],
  ];
  plan.tables.add("A1:B3", true).name = "SalesPlan";
  user.getRange("A1:C1").formulas = [
    ["=ActionPlan!B2", "=SUM(SalesPlan[Amount])", '="ActionPlan!B2"'],
  ];
  user.getRange("D1").dataValidation.rule = {
    list: { inCellDropDown: true, source: "=ActionPlan!$A$2:$A$3" },
  };
  plan.getRange("C1").formulas = [["='My Notes'!A1"]];
  user.getRange("E1:E3").conditionalFormats.add("DataBar").dataBar.upperBoundRule = {
    type: "Formula",
    formula: "=ActionPlan!$B$3",
  };
  ctx.workbook.names.add("user_total", plan.getRange("B2:B3"));
  user.charts.add("ColumnClustered", plan.getRange("A1:B3"), "Columns");
  await ctx.sync();
  return double;
}

async function userFormulas(double: ExcelDouble): Promise<unknown[]> {
  const ctx = double.createContext();
  const r = ctx.workbook.worksheets.getItem("My Notes").getRange("A1:C1").load("formulas");
  await ctx.sync();
  return r.formulas[0] ?? [];
}

describe("Excel double: references follow renamed sheets and tables, break on deleted sheets", () => {
  it("renaming a sheet rewrites formulas of all sheets, validation sources and format formulas; names and charts follow", async () => {
    const double = await workbook();
    const ctx = double.createContext();
    ctx.workbook.worksheets.getItem("ActionPlan").name = "~bak ActionPlan";
    const rule = ctx.workbook.worksheets
      .getItem("My Notes")
      .getRange("D1")
      .dataValidation.load("rule");
    const name = ctx.workbook.names.getItem("user_total").load("formula");
    await ctx.sync();
    expect(await userFormulas(double)).toEqual([
      "='~bak ActionPlan'!B2",
      "=SUM(SalesPlan[Amount])",
      '="ActionPlan!B2"',
    ]);
    expect(rule.rule.list?.source).toBe("='~bak ActionPlan'!$A$2:$A$3");
    expect(name.formula).toBe("='~bak ActionPlan'!$B$2:$B$3");
    const user = double.model.sheets.find((s) => s.name === "My Notes");
    expect(user?.conditionalFormats[0]?.dataBar?.upperBoundRule.formula).toBe(
      "='~bak ActionPlan'!$B$3"
    );
    const chart = user?.charts[0];
    expect(double.model.sheets.find((s) => s.id === chart?.source.sheetId)?.name).toBe(
      "~bak ActionPlan"
    );
  });

  it("deleting a sheet turns formulas, validation sources, structured references and names into #REF!", async () => {
    const double = await workbook();
    const ctx = double.createContext();
    ctx.workbook.worksheets.getItem("ActionPlan").delete();
    const rule = ctx.workbook.worksheets
      .getItem("My Notes")
      .getRange("D1")
      .dataValidation.load("rule");
    const name = ctx.workbook.names.getItem("user_total").load("formula");
    await ctx.sync();
    expect(await userFormulas(double)).toEqual(["=#REF!B2", "=SUM(#REF!)", '="ActionPlan!B2"']);
    expect(rule.rule.list?.source).toBe("=#REF!$A$2:$A$3");
    expect(name.formula).toBe("=#REF!");
    expect(chartLines(double.model)[0]).toContain(" #REF!A1:B3 ");
  });

  it("renaming a table rewrites structured references to it", async () => {
    const double = await workbook();
    const ctx = double.createContext();
    ctx.workbook.tables.getItem("SalesPlan").name = "kam_bak_SalesPlan";
    await ctx.sync();
    expect((await userFormulas(double))[1]).toBe("=SUM(kam_bak_SalesPlan[Amount])");
  });

  it("the old swap design (rename to ~bak, build new, delete old) breaks a user's =ActionPlan!B2", async () => {
    const double = await workbook();
    const ctx = double.createContext();
    ctx.workbook.worksheets.getItem("ActionPlan").name = "~bak ActionPlan";
    ctx.workbook.tables.getItem("SalesPlan").name = "kam_bak_SalesPlan";
    const fresh = ctx.workbook.worksheets.add("ActionPlan");
    fresh.getRange("A1:B3").values = [
      ["Item", "Amount"],
      ["a", 1],
      ["b", 2],
    ];
    fresh.tables.add("A1:B3", true).name = "SalesPlan";
    ctx.workbook.worksheets.getItem("~bak ActionPlan").delete();
    await ctx.sync();
    expect(await userFormulas(double)).toEqual(["=#REF!B2", "=SUM(#REF!)", '="ActionPlan!B2"']);
  });
});
