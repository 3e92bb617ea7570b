/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return --
   The double's own tests read properties before load/sync on purpose (to see PropertyNotLoaded) and use jest's `expect.objectContaining`. */
import {
  ExcelDouble,
  installExcelDouble,
  DoubleError,
  snapshotOfModel,
  modelFromSnapshot,
} from "./index";
import type { DoubleRequestContext } from "./context";

function setup(): { double: ExcelDouble; ctx: DoubleRequestContext } {
  const double = new ExcelDouble();
  return { double, ctx: double.createContext() };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as DoubleError).code;
  }
  return "no error";
}

describe("Excel double: proxies and the queue", () => {
  it("throws PropertyNotLoaded for a property that was not loaded and synced", async () => {
    const { ctx } = setup();
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("address");
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(range.address).toBe("Sheet1!A1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("applies writes only at sync, in queue order", async () => {
    const { double, ctx } = setup();
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B1").values = [["x", 2]];
    expect(snapshotOfModel(double.model).sheets).toHaveLength(1);
    const before = sheet.getRange("A1:B1").load("values");
    sheet.getRange("A1").values = [["y"]];
    const after = sheet.getRange("A1:B1").load("values");
    expect(double.model.sheets[0]?.cells.size).toBe(0);
    await ctx.sync();
    expect(before.values).toEqual([["x", 2]]);
    expect(after.values).toEqual([["y", 2]]);
  });

  it('returns "" for empty cells and keeps formulas stored, not computed', async () => {
    const { ctx } = setup();
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
    r.formulas = [["=1+1", "", 5]];
    r.load("values, formulas");
    await ctx.sync();
    expect(r.values).toEqual([["", "", 5]]);
    expect(r.formulas).toEqual([["=1+1", "", 5]]);
  });

  it("coerces typed input: apostrophe keeps text, numeric text becomes a number, null leaves a cell alone", async () => {
    const { ctx } = setup();
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:E1");
    r.values = [["'=not a formula", "42", "'42", "TRUE", "keep"]];
    await ctx.sync();
    r.values = [[null, null, null, null, null]];
    r.load("values, formulas");
    await ctx.sync();
    expect(r.values).toEqual([["=not a formula", 42, "42", true, "keep"]]);
    expect(r.formulas[0]?.[0]).toBe("=not a formula");
  });

  it("fails getItem of a missing sheet at sync with ItemNotFound; OrNullObject gives isNullObject", async () => {
    const { ctx } = setup();
    const missing = ctx.workbook.worksheets.getItem("Nope");
    missing.load("name");
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    const maybe = ctx.workbook.worksheets.getItemOrNullObject("Nope");
    const there = ctx.workbook.worksheets.getItemOrNullObject("sheet1");
    expect(() => maybe.isNullObject).toThrow(
      expect.objectContaining({ code: "PropertyNotLoaded" })
    );
    await ctx.sync();
    expect(maybe.isNullObject).toBe(true);
    expect(there.isNullObject).toBe(false);
  });

  it("rejects a 2-D array that does not match the range (InvalidArgument) and applies nothing after it", async () => {
    const { double, ctx } = setup();
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [["first"]];
    sheet.getRange("A2:B2").values = [["only one"]];
    sheet.getRange("A3").values = [["never"]];
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    const snap = snapshotOfModel(double.model);
    expect(snap.sheets[0]?.name).toBe("Sheet1");
    expect(double.model.sheets[0]?.cells.size).toBe(1);
  });

  it("enforces sheet-name rules and ItemAlreadyExists", async () => {
    const { ctx } = setup();
    for (const bad of [
      "a".repeat(32),
      "a/b",
      "a\\b",
      "a?",
      "a*",
      "a:b",
      "a[b",
      "a]b",
      "'quoted",
      "quoted'",
      "History",
      "",
    ]) {
      ctx.workbook.worksheets.add(bad);
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    }
    ctx.workbook.worksheets.add("a".repeat(31));
    await ctx.sync();
    ctx.workbook.worksheets.add("SHEET1");
    expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
    ctx.workbook.worksheets.getItem("Sheet1").name = "x?";
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  it("refuses writing a locked cell on a protected sheet (AccessDenied) and allows unlocked cells", async () => {
    const { ctx } = setup();
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B2").format.protection.locked = false;
    sheet.protection.protect({ allowInsertRows: true });
    await ctx.sync();
    sheet.getRange("B2").values = [["ok"]];
    await ctx.sync();
    sheet.getRange("A1").values = [["no"]];
    expect(await codeOf(ctx.sync())).toBe("AccessDenied");
    sheet.getRange("B2").numberFormat = [["0"]];
    expect(await codeOf(ctx.sync())).toBe("AccessDenied");
    sheet.protection.protect();
    expect(await codeOf(ctx.sync())).toBe("InvalidOperation");
    sheet.protection.unprotect();
    sheet.getRange("A1").values = [["now yes"]];
    sheet.protection.load("protected");
    await ctx.sync();
    expect(sheet.protection.protected).toBe(false);
  });

  it("fails every batch in cell-edit mode, or waits with delayForCellEdit", async () => {
    const double = new ExcelDouble();
    double.setCellEditMode(true);
    const plain = double.run(async (ctx: DoubleRequestContext) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await ctx.sync();
    });
    expect(await codeOf(plain)).toBe("InvalidOperationInCellEditMode");
    let done = false;
    const delayed = double
      .run({ delayForCellEdit: true }, async (ctx: DoubleRequestContext) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
        await ctx.sync();
      })
      .then(() => {
        done = true;
      });
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    double.setCellEditMode(false);
    await delayed;
    expect(done).toBe(true);
  });

  it("rejects a request above 5 MB and counts syncs and request sizes", async () => {
    const { double, ctx } = setup();
    const big = "x".repeat(1024 * 1024);
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    for (let i = 0; i < 6; i += 1) sheet.getRange(`A${i + 1}`).values = [[big]];
    expect(await codeOf(ctx.sync())).toBe("RequestPayloadSizeLimitExceeded");
    expect(double.model.sheets[0]?.cells.size).toBe(0);
    sheet.getRange("A1").values = [[big]];
    await ctx.sync();
    expect(double.syncCount).toBe(2);
    expect(double.requests[1]?.bytes).toBeGreaterThan(1024 * 1024);
    expect(double.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("fails sync k on demand, applying only the operations before the fault", async () => {
    const { double, ctx } = setup();
    double.failSync(2, { afterOperations: 1 });
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [["one"]];
    await ctx.sync();
    sheet.getRange("A2").values = [["two"]];
    sheet.getRange("A3").values = [["three"]];
    expect(await codeOf(ctx.sync())).toBe("GeneralException");
    const r = sheet.getRange("A1:A3").load("values");
    await ctx.sync();
    expect(r.values).toEqual([["one"], ["two"], [""]]);
    expect(double.requests.map((q) => q.outcome)).toEqual(["ok", "GeneralException", "ok"]);
  });
});

describe("Excel double: tables, names, validation, visibility, panes", () => {
  it("adds a table with an empty body row, normalises headers and refuses duplicates and overlaps", async () => {
    const { ctx } = setup();
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:C1").values = [["item", "item", ""]];
    const t = sheet.tables.add("A1:C1", true);
    t.name = "SalesPlan";
    const cols = t.columns.load("items/name");
    const body = t.getDataBodyRange().load("address, values");
    await ctx.sync();
    expect(cols.items.map((c) => c.name)).toEqual(["item", "item2", "Column3"]);
    expect(body.address).toBe("Sheet1!A2:C2");
    ctx.workbook.tables.add("Sheet1!B2:D3", true);
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    const other = sheet.tables.add("F1:G2", true);
    other.name = "salesplan";
    expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
    const bad = sheet.tables.add("I1:J2", true);
    bad.name = "A1";
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  it("adds table rows with calculated columns filled and loads worksheet/name with the items", async () => {
    const { ctx } = setup();
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B2").formulas = [
      ["a", "b"],
      [1, "=[@a]*2"],
    ];
    const t = sheet.tables.add("A1:B2", true);
    t.name = "T";
    t.rows.add(null, [[5, null]]);
    const r = t.getRange().load("formulas");
    const all = ctx.workbook.tables.load("items/name, items/worksheet/name");
    await ctx.sync();
    expect(r.formulas).toEqual([
      ["a", "b"],
      [1, "=[@a]*2"],
      [5, "=[@a]*2"],
    ]);
    expect(all.items[0]?.name).toBe("T");
    expect(all.items[0]?.worksheet.name).toBe("Sheet1");
  });

  it("adds names (ItemAlreadyExists on a taken one) and turns them into #REF! when their sheet goes", async () => {
    const { ctx } = setup();
    const s2 = ctx.workbook.worksheets.add("Plan");
    ctx.workbook.names.add("plan_start", s2.getRange("C5"));
    await ctx.sync();
    ctx.workbook.names.add("PLAN_START", "=Plan!$C$6");
    expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
    const n = ctx.workbook.names.getItem("plan_start").load("formula, type, value");
    await ctx.sync();
    expect(n.formula).toBe("=Plan!$C$5");
    expect(n.value).toBe("Plan!$C$5");
    s2.delete();
    const after = ctx.workbook.names.getItem("plan_start").load("formula, type");
    const range = ctx.workbook.names.getItem("plan_start").getRangeOrNullObject();
    await ctx.sync();
    expect(after.type).toBe("Error");
    expect(after.formula).toBe("=#REF!");
    expect(range.isNullObject).toBe(true);
    ctx.workbook.names.getItem("missing").load("name");
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
  });

  it("stores data validation rules and refuses a rule without a criterion", async () => {
    const { ctx } = setup();
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:B4");
    r.dataValidation.rule = { list: { inCellDropDown: true, source: "=Lists!$A$1:$A$3" } };
    r.dataValidation.prompt = { showPrompt: true, title: "Сегмент", message: "Выберите из списка" };
    const one = ctx.workbook.worksheets
      .getItem("Sheet1")
      .getRange("B3")
      .dataValidation.load("rule, prompt, type");
    await ctx.sync();
    expect(one.rule.list?.source).toBe("=Lists!$A$1:$A$3");
    expect(one.prompt.title).toBe("Сегмент");
    expect(one.type).toBe("List");
    r.dataValidation.rule = {};
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  it("hides sheets but never the last visible one, and freezes panes", async () => {
    const { ctx } = setup();
    const s1 = ctx.workbook.worksheets.getItem("Sheet1");
    const s2 = ctx.workbook.worksheets.add("Lists");
    s2.visibility = "Hidden";
    s1.freezePanes.freezeAt("A1:B3");
    const loc = s1.freezePanes.getLocationOrNullObject().load("address");
    await ctx.sync();
    expect(loc.address).toBe("Sheet1!A1:B3");
    s1.visibility = "Hidden";
    expect(await codeOf(ctx.sync())).toBe("InvalidOperation");
    s2.activate();
    expect(await codeOf(ctx.sync())).toBe("InvalidOperation");
  });

  it("selects a range only on the active sheet (office-js issue 5118): activate first", async () => {
    const { double, ctx } = setup();
    ctx.workbook.worksheets.add("Plan");
    await ctx.sync();
    ctx.workbook.worksheets.getItem("Plan").getRange("C5").select();
    expect(await codeOf(ctx.sync())).toBe("InvalidOperation");
    ctx.workbook.worksheets.getItem("Plan").activate();
    ctx.workbook.worksheets.getItem("Plan").getRange("C5").select();
    const sel = ctx.workbook.getSelectedRange().load("address");
    await ctx.sync();
    expect(sel.address).toBe("Plan!C5");
    expect(double.model.activeSheetId).toBe(double.model.sheets[1]?.id);
  });

  it("round-trips a snapshot and installs the Excel and OfficeExtension globals", async () => {
    const snap = {
      sheets: [
        { name: "ActionPlan", visible: true },
        { name: "Lists", visible: false },
      ],
      names: [
        { name: "client_name", sheet: "ActionPlan", address: "C3", value: "ООО Ромашка" },
        { name: "gone", sheet: null, address: null, value: null },
      ],
      tables: [
        {
          name: "Team",
          sheet: "ActionPlan",
          address: "A10:B12",
          headers: ["Участник", "Роль"],
          rows: [
            ["Иванов", "kam"],
            [null, null],
          ],
        },
      ],
    };
    const double = new ExcelDouble(modelFromSnapshot(snap));
    expect(snapshotOfModel(double.model)).toEqual(snap);
    const restore = installExcelDouble(double);
    try {
      const value = await Excel.run(async (context) => {
        const r = context.workbook.names.getItem("client_name").getRange().load("values");
        await context.sync();
        return r.values[0]?.[0];
      });
      expect(value).toBe("ООО Ромашка");
      const failure = await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("nothing").load("name");
        await context.sync();
      }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(OfficeExtension.Error);
    } finally {
      restore();
    }
  });
});

describe("date validation bounds (DateTimeDataValidation.formula1)", () => {
  it("refuses a number and keeps an ISO date as the string formula Excel reads back", async () => {
    const { double, ctx } = setup();
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    range.dataValidation.rule = {
      date: { operator: "Between", formula1: "2027-01-01", formula2: "2027-12-31" },
    };
    await ctx.sync();
    const stored = (): Excel.DateTimeDataValidation | undefined =>
      double.model.sheets[0]?.cells.get(0)?.validation?.rule.date;
    expect(stored()).toEqual({ operator: "Between", formula1: "=46388", formula2: "=46752" });
    range.dataValidation.rule = {
      date: { operator: "Between", formula1: "1900-01-01", formula2: "9999-12-31" },
    };
    await ctx.sync();
    // Excel's serial 1 is 1900-01-01 (it counts the nonexistent 1900-02-29).
    expect(stored()?.formula1).toBe("=1");
    range.dataValidation.rule = {
      date: { operator: "GreaterThan", formula1: 46388 as unknown as string },
    };
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });
});
