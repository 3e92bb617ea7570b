import fc from "fast-check";
import { ExcelDouble, installExcelDouble } from "../testing/excel-double";
import { typedValue, type DoubleLocale } from "../testing/excel-double/typed-input";
import { cellInput, excelMayConvert } from "./cell-input";

/** Text people type into text fields that Excel would turn into numbers, dates or booleans. */
const TRICKY = [
  "15%",
  "10:30",
  "10:30 AM",
  "1,000",
  "1 000",
  "(5)",
  "1e5",
  "2027-01",
  "2027-01-15",
  "1/2",
  "1 1/2",
  "15.03.2027",
  "15.03",
  "3,5",
  "$5",
  "5 ₽",
  "TRUE",
  "false",
  "ИСТИНА",
  " 5 ",
  "-3",
  "+7 495 123-45-67",
  "=SUM(A1)",
  "@home",
  "'quoted",
  "#N/A",
  "Mar 5",
  "5 марта 2027",
  "Jan-27",
];

const LOCALES: readonly DoubleLocale[] = ["en-US", "ru-RU"];

/** Write each value through the double as the adapter does (General cells), then read `values` back. */
async function roundTrip(
  texts: readonly string[],
  locale: DoubleLocale,
  numberFormat = "General"
): Promise<unknown[]> {
  const double = new ExcelDouble();
  double.model.locale = locale;
  const restore = installExcelDouble(double);
  try {
    return await Excel.run(async (context): Promise<unknown[]> => {
      const range = context.workbook.worksheets
        .getItem("Sheet1")
        .getRangeByIndexes(0, 0, texts.length, 1);
      range.numberFormat = texts.map(() => [numberFormat]);
      range.values = texts.map((t) => [cellInput(t, numberFormat)]);
      range.load("values");
      await context.sync();
      const values: unknown[][] = range.values;
      return values.map((row) => row[0]);
    });
  } finally {
    restore();
  }
}

describe("text that Excel turns into numbers (the double's coercion, typed-input.ts)", () => {
  it("converts typed text as en-US Excel does", () => {
    const v = (t: string): unknown => typedValue(t, "en-US", 2027)?.value;
    expect(v("15%")).toBeCloseTo(0.15);
    expect(v("10:30")).toBeCloseTo(0.4375);
    expect(v("1,000")).toBe(1000);
    expect(v("(5)")).toBe(-5);
    expect(v("1e5")).toBe(100000);
    expect(v("2027-01")).toBe(46388);
    expect(v("1/2")).toBe(46389);
    expect(v("1 1/2")).toBe(1.5);
    expect(v("TRUE")).toBe(true);
    expect(v(" 5 ")).toBe(5);
    expect(v("$5")).toBe(5);
    expect(v("Mar 5")).toBe(46451);
    expect(v("Молоко 3,2%")).toBeUndefined();
    expect(v("1.5.2027")).toBeUndefined();
  });

  it("converts typed text as ru-RU Excel does", () => {
    const v = (t: string): unknown => typedValue(t, "ru-RU", 2027)?.value;
    expect(v("3,5")).toBe(3.5);
    expect(v("1 000")).toBe(1000);
    expect(v("15.03.2027")).toBe(46461);
    expect(v("5 марта 2027")).toBe(46451);
    expect(v("ИСТИНА")).toBe(true);
    expect(v("1,000")).toBe(1);
  });

  it("gives the cell the number format Excel gives a typed percent or date", async () => {
    const double = new ExcelDouble();
    const restore = installExcelDouble(double);
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").values = [
          ["15%"],
          ["2027-01-15"],
        ];
        await context.sync();
      });
      const cells = double.model.sheets[0]?.cells;
      expect(cells?.get(0)?.numberFormat).toBe("0%");
      expect(cells?.get(16384)?.numberFormat).toBe("m/d/yyyy");
    } finally {
      restore();
    }
  });
});

describe("cellInput keeps text as text", () => {
  it.each(LOCALES)(
    "every tricky text survives a round trip in %s Excel (General cells)",
    async (locale) => {
      expect(await roundTrip(TRICKY, locale)).toEqual(TRICKY);
    }
  );

  it.each(LOCALES)(
    "…and in %s cells formatted as text (@), where only a leading apostrophe needs one more",
    async (locale) => {
      expect(await roundTrip(TRICKY, locale, "@")).toEqual(TRICKY);
    }
  );

  it("leaves plain words alone (no apostrophe where Excel keeps the text anyway)", () => {
    for (const t of ["Иванов Иван", "Молоко 3,2%", "Маркетинг", "KAM", "May", ""])
      expect([t, excelMayConvert(t)]).toEqual([t, false]);
  });

  it("property: any text round-trips through the double in both locales", async () => {
    const pieces = fc.constantFrom(
      ..."0123456789 .,:/-+()%$₽e'=@#TRUEtrueAMpmМартmarJan".split(""),
      " 1/2",
      "2027-",
      ".03.",
      "ИСТИНА",
      "Мар ",
      "\u00a0"
    );
    const texts = fc.oneof(
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.array(pieces, { minLength: 1, maxLength: 8 }).map((a) => a.join(""))
    );
    await fc.assert(
      fc.asyncProperty(fc.array(texts, { minLength: 1, maxLength: 40 }), async (batch) => {
        for (const locale of LOCALES) {
          const back = await roundTrip(batch, locale);
          // Office.js gives "" for an empty cell: text of spaces only is kept as it is.
          expect(back).toEqual(batch);
        }
      }),
      { numRuns: 200, seed: 20271204 }
    );
  });
});
