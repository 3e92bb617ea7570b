import { readWorkbookBuffer, readWorkbookFile } from "./read-workbook";
import { JAN_2027_SERIAL, planLikeWorkbook } from "./testing/fixtures";
import { XlsxInputError } from "../guard/input-error";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import JSZip from "jszip";
import { readZipDirectory, storedZipEntry } from "../guard/zip";

function nameValue(snapshot: WorkbookSnapshot, name: string): unknown {
  return snapshot.names.find((n) => n.name === name);
}

describe("readWorkbookBuffer on an exceljs-written workbook", () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = readWorkbookBuffer(await planLikeWorkbook(), "plan.xlsx");
  });

  it("lists sheets in tab order with their visibility", () => {
    expect(snapshot.sheets).toEqual([
      { name: "ActionPlan", visible: true },
      { name: "Dossier", visible: true },
      { name: "Lists", visible: false },
    ]);
  });

  it("gives each defined name its sheet, top-left cell and raw value in Excel terms", () => {
    expect(nameValue(snapshot, "client_name")).toEqual({
      name: "client_name",
      sheet: "ActionPlan",
      address: "C2",
      value: "ООО «Альфа»",
      formula: null,
    });
    expect(nameValue(snapshot, "plan_start")).toEqual({
      name: "plan_start",
      sheet: "ActionPlan",
      address: "C3",
      value: JAN_2027_SERIAL,
      formula: null,
    });
    expect(nameValue(snapshot, "budget_rate")).toMatchObject({ value: 0.05 });
    expect(nameValue(snapshot, "plan_end")).toMatchObject({ address: "C5", value: 46752 });
    expect(nameValue(snapshot, "kpi_score")).toMatchObject({ address: "C6", value: null });
    expect(nameValue(snapshot, "credit_utilization")).toMatchObject({ value: "#DIV/0!" });
    expect(nameValue(snapshot, "has_sponsor")).toMatchObject({ value: true });
    expect(nameValue(snapshot, "website")).toMatchObject({ value: "сайт клиента" });
    expect(nameValue(snapshot, "note")).toMatchObject({ value: "=1+1 typed as text" });
  });

  it("reads every table with its range, headers and body rows (cached formula results included)", () => {
    expect(snapshot.tables).toEqual([
      {
        name: "SalesPlan",
        sheet: "ActionPlan",
        address: "B14:E16",
        headers: ["Позиция", "2027-01", "2027-02", "Итого за период"],
        rows: [
          ["Молоко", 1000.5, 2000, 3000.5],
          ["Кефир", null, 300, 300],
        ],
        formulas: [
          [null, null, null, "SUM(1000.5,2000)"],
          [null, null, null, "SUM(0,300)"],
        ],
      },
      {
        name: "Competitors",
        sheet: "Dossier",
        address: "B4:C5",
        headers: ["Название", "Тип"],
        rows: [["Бета", "direct"]],
        formulas: [[null, null]],
      },
    ]);
  });
});

describe("a workbook edited the way people edit", () => {
  it("finds names and tables where they moved when rows are inserted above and blocks shift right", async () => {
    const moved = readWorkbookBuffer(
      await planLikeWorkbook({ shiftRows: 5, shiftColumns: 2 }),
      "moved.xlsx"
    );
    expect(nameValue(moved, "plan_start")).toEqual({
      name: "plan_start",
      sheet: "ActionPlan",
      address: "E8",
      value: JAN_2027_SERIAL,
      formula: null,
    });
    const sales = moved.tables.find((t) => t.name === "SalesPlan");
    expect(sales?.address).toBe("D19:G21");
    expect(sales?.rows[0]).toEqual(["Молоко", 1000.5, 2000, 3000.5]);
  });

  it("reads a column a person added to a table, in its place", async () => {
    const widened = readWorkbookBuffer(await planLikeWorkbook({ extraColumn: true }), "wide.xlsx");
    const sales = widened.tables.find((t) => t.name === "SalesPlan");
    expect(sales?.headers).toEqual([
      "Позиция",
      "Комментарий",
      "2027-01",
      "2027-02",
      "Итого за период",
    ]);
    expect(sales?.rows[1]).toEqual(["Кефир", "новинка", null, 300, 300]);
  });
});

describe("readWorkbookFile", () => {
  it("names the file as the user typed it when it does not exist", async () => {
    await expect(
      readWorkbookFile("/nonexistent/folder/plan.xlsx", { displayName: "plan.xlsx" })
    ).rejects.toThrow(
      new XlsxInputError("plan.xlsx", "unreadable", { ru: "файл не найден", en: "file not found" })
    );
  });

  it("refuses a folder", async () => {
    await expect(readWorkbookFile(__dirname)).rejects.toMatchObject({
      code: "unreadable",
      message: `${__dirname}: not a file (a folder or a device)`,
    });
  });
});

describe("readWorkbookBuffer on plans that share parts byte for byte", () => {
  /** The stored (compressed) bytes of every worksheet part, by name. */
  function storedSheets(bytes: Buffer): Map<string, Buffer> {
    const directory = readZipDirectory(bytes);
    if (!directory.ok) throw new Error("not a ZIP");
    return new Map(
      directory.entries
        .filter((entry) => entry.name.startsWith("xl/worksheets/sheet"))
        .map((entry) => [entry.name, storedZipEntry(bytes, entry)])
    );
  }

  it("reads each workbook's own shared strings into sheets it shares with a workbook read before", async () => {
    const zip = await JSZip.loadAsync(await planLikeWorkbook());
    const original = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const strings = await zip.file("xl/sharedStrings.xml")?.async("string");
    if (strings === undefined || !strings.includes(">Бета<")) throw new Error("fixture changed");
    zip.file("xl/sharedStrings.xml", strings.replace(">Бета<", ">Гамма<"));
    const renamed = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    // The worksheets are the same bytes in both files: only the shared strings differ.
    const before = storedSheets(original);
    const after = storedSheets(renamed);
    expect(before.size).toBeGreaterThan(0);
    for (const [name, stored] of before) expect(after.get(name)?.equals(stored)).toBe(true);

    const competitors = (snapshot: WorkbookSnapshot): unknown =>
      snapshot.tables.find((t) => t.name === "Competitors")?.rows;
    expect(competitors(readWorkbookBuffer(original, "a.xlsx"))).toEqual([["Бета", "direct"]]);
    expect(competitors(readWorkbookBuffer(renamed, "b.xlsx"))).toEqual([["Гамма", "direct"]]);
    expect(competitors(readWorkbookBuffer(original, "a.xlsx"))).toEqual([["Бета", "direct"]]);
    // From the third plan on, a shared sheet's table is reused: only while the strings it took are this plan's.
    const reused = competitors(readWorkbookBuffer(original, "c.xlsx"));
    expect(reused).toEqual([["Бета", "direct"]]);
    expect(competitors(readWorkbookBuffer(original, "d.xlsx"))).toBe(reused);
    expect(competitors(readWorkbookBuffer(renamed, "e.xlsx"))).toEqual([["Гамма", "direct"]]);
    expect(competitors(readWorkbookBuffer(original, "f.xlsx"))).toEqual([["Бета", "direct"]]);
    // Every table of the shared sheets reads as it does on its own.
    const fresh = readWorkbookBuffer(renamed, "g.xlsx");
    expect(readWorkbookBuffer(renamed, "h.xlsx").tables).toEqual(fresh.tables);
  });
});
