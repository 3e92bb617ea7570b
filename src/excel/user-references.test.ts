import { parseA1 } from "../domain/read/a1";
import { snapshotOfModel } from "../testing/excel-double";
import { onDouble } from "./testing/on-double";

/**
 * Spec §8 / issue #11: the user's own references into the plan sheets must
 * survive every restructuring. The double rewrites formula text as Excel does
 * on sheet rename / delete and table rename (src/testing/excel-double/references.ts).
 */

async function userSheet(salesColumn: string): Promise<void> {
  await Excel.run(async (context) => {
    const notes = context.workbook.worksheets.add("My Notes");
    notes.getRange("A1:B1").formulas = [["=ActionPlan!B4", `=SUM(SalesPlan[${salesColumn}])`]];
    context.workbook.names.add(
      "user_ref",
      context.workbook.worksheets.getItem("ActionPlan").getRange("B4")
    );
    await context.sync();
  });
}

async function userState(): Promise<{ formulas: unknown[]; name: string | null }> {
  return Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("My Notes").getRange("A1:B1").load("formulas");
    const n = context.workbook.names.getItemOrNullObject("user_ref").load("formula");
    await context.sync();
    const row = (r.formulas[0] as unknown[] | undefined) ?? [];
    return { formulas: row, name: n.isNullObject ? null : (n.formula as string) };
  });
}

describe("the user's references into the plan sheets (issue #11)", () => {
  it("keep working after Apply configuration: the plan sheets are restructured in place", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      const sales = snapshotOfModel(double.model).tables.find((t) => t.name === "SalesPlan");
      const column = sales?.headers[sales.headers.length - 1] ?? "";
      await userSheet(column);
      const before = await userState();
      expect(before.formulas).toEqual(["=ActionPlan!B4", `=SUM(SalesPlan[${column}])`]);
      const result = await actions.applyConfiguration();
      expect(result.ok).toBe(true);
      expect(await userState()).toEqual({
        formulas: ["=ActionPlan!B4", `=SUM(SalesPlan[${column}])`],
        name: "=ActionPlan!$B$4",
      });
    } finally {
      restore();
    }
  });
});

/** Clear the Fields row of `section`.`key` on Config (a SKAM removing a field). */
async function removeField(section: string, key: string): Promise<void> {
  await Excel.run(async (context) => {
    const rows = context.workbook.tables.getItem("Fields").rows.load("items/values");
    await context.sync();
    const item = rows.items.find((r) => r.values[0]?.[0] === section && r.values[0][1] === key);
    if (item) item.values = [item.values[0]?.map(() => "") ?? []];
    await context.sync();
  });
}

/** The value a user's formula `=Sheet!A1` points at now, read through the double's model. */
function pointedValue(double: ReturnType<typeof onDouble>["double"], formula: string): unknown {
  const m = /^=(\w+)!([A-Z]+\d+)$/.exec(formula);
  const sheet = double.model.sheets.find((s) => s.name === m?.[1]);
  const at = parseA1(m?.[2] ?? "");
  return sheet && at ? sheet.cells.get(at.row * 16384 + at.col)?.value : undefined;
}

describe("the user's cells and A1 references when rows move (issue #11)", () => {
  it("a removed field's row goes; A1 references below it, a note beside a field and a row typed below a table follow", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      const snap = () => snapshotOfModel(double.model);
      const opportunity = snap().names.find((n) => n.name === "opportunity_1y")?.address ?? "";
      const group = snap().tables.find((t) => t.name === "DecisionGroup");
      const groupTop = parseA1(group?.address.split(":")[0] ?? "")?.row ?? 0;
      const groupBottom = parseA1(group?.address.split(":")[1] ?? "")?.row ?? 0;
      const firstPerson = `A${String(groupTop + 2)}`;
      const below = `B${String(groupBottom + 2)}`;
      const beside = `F${String((parseA1(opportunity)?.row ?? 0) + 1)}`;
      await Excel.run(async (context) => {
        const dossier = context.workbook.worksheets.getItem("Dossier");
        // Typing beside and below the managed regions: the sheet unprotected (no password), as a person may.
        dossier.protection.unprotect();
        dossier.getRange(opportunity).values = [[1000]];
        dossier.getRange(firstPerson).values = [["Petrov"]];
        dossier.getRange(beside).values = [["my note"]];
        dossier.getRange(below).values = [["typed below"]];
        const notes = context.workbook.worksheets.add("My Notes");
        notes.getRange("A1:C1").formulas = [
          [`=Dossier!${opportunity}`, `=Dossier!${firstPerson}`, `=Dossier!${below}`],
        ];
        await context.sync();
      });
      await removeField("ClientProfile", "headcount");
      expect(await actions.applyConfiguration()).toMatchObject({ ok: true });
      const formulas = double.model.sheets
        .find((s) => s.name === "My Notes")
        ?.cells.get(0)?.formula;
      expect(formulas).not.toBe(`=Dossier!${opportunity}`);
      const row = [0, 1, 2].map(
        (c) => double.model.sheets.find((s) => s.name === "My Notes")?.cells.get(c)?.formula ?? ""
      );
      expect(row.map((f) => pointedValue(double, f))).toEqual([1000, "Petrov", "typed below"]);
      const moved = snap().names.find((n) => n.name === "opportunity_1y")?.address ?? "";
      expect(row[0]).toBe(`=Dossier!${moved}`);
      const dossier = double.model.sheets.find((s) => s.name === "Dossier");
      const noteRow = parseA1(moved)?.row ?? 0;
      expect(dossier?.cells.get(noteRow * 16384 + 5)?.value).toBe("my note");
      expect(snap().names.some((n) => n.name === "headcount")).toBe(false);
    } finally {
      restore();
    }
  });
});

describe("the user's references to a removed field's cell (issue #11)", () => {
  it("follow its value to the Archive through a name, not #REF!; the user's name too", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
      const headcount = snapshotOfModel(double.model).names.find((n) => n.name === "headcount");
      const cell = headcount?.address ?? "";
      await Excel.run(async (context) => {
        const dossier = context.workbook.worksheets.getItem("Dossier");
        dossier.getRange(cell).values = [[120]];
        const notes = context.workbook.worksheets.add("Мои заметки");
        notes.getRange("A1:B1").formulas = [[`=Dossier!${cell}*2`, `="люди: "&Dossier!${cell}`]];
        context.workbook.names.add("my_people", dossier.getRange(cell));
        await context.sync();
      });
      await removeField("ClientProfile", "headcount");
      expect(await actions.applyConfiguration()).toMatchObject({
        ok: true,
        archived: 1,
        references: { followed: 3, broken: [] },
      });
      const notes = double.model.sheets.find((s) => s.name === "Мои заметки");
      const [a, b] = [0, 1].map((c) => notes?.cells.get(c)?.formula ?? "");
      const token = /^=(kam_archive_\d+)\*2$/.exec(a ?? "")?.[1] ?? "";
      expect(token).not.toBe("");
      expect(b).toBe(`="люди: "&${token}`);
      const names = snapshotOfModel(double.model).names;
      const target = names.find((n) => n.name === token);
      expect(target).toMatchObject({ sheet: "Archive", value: 120 });
      expect(names.find((n) => n.name === "my_people")).toMatchObject({
        sheet: "Archive",
        address: target?.address,
        value: 120,
      });
      expect(JSON.stringify(double.model.sheets.map((s) => [...s.cells.values()]))).not.toContain(
        "#REF!"
      );
    } finally {
      restore();
    }
  });
});

describe("a user's reference to a removed empty cell (issue #11)", () => {
  it("is listed in the result: nothing was archived for it to follow", async () => {
    const { double, actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
      const cell =
        snapshotOfModel(double.model).names.find((n) => n.name === "headcount")?.address ?? "";
      await Excel.run(async (context) => {
        const notes = context.workbook.worksheets.add("Мои заметки");
        notes.getRange("C3").formulas = [[`=Dossier!${cell}`]];
        await context.sync();
      });
      await removeField("ClientProfile", "headcount");
      expect(await actions.applyConfiguration()).toMatchObject({
        ok: true,
        archived: 0,
        references: { followed: 0, broken: ["'Мои заметки'!C3"] },
      });
    } finally {
      restore();
    }
  });
});

describe("a user's structured reference to a month the plan no longer has (issue #11)", () => {
  it("is listed in the result (Excel turns it into #REF!; its values are on the Archive)", async () => {
    const { actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "year" });
      await Excel.run(async (context) => {
        const notes = context.workbook.worksheets.add("Мои заметки");
        notes.getRange("A1:A2").formulas = [
          ["=SUM(SalesPlan[2027-11])"],
          ["=SUM(SalesPlan[2027-02])"],
        ];
        await context.sync();
      });
      const result = await actions.buildTemplate({
        lang: "ru",
        start: "2027-01",
        period: "quarter",
        overwrite: true,
      });
      expect(result).toMatchObject({ ok: true, references: { broken: ["'Мои заметки'!A1"] } });
    } finally {
      restore();
    }
  });
});
