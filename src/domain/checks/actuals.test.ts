import { CLEAN, cleanWith, findingsOf, plain, withCode } from "./testing/fixture";

const milk = (months: Readonly<Record<string, number>>) => ({
  SalesActual: [{ item: "Молоко 3,2%", ...months }],
});

describe("ACTUALS_MISSING", () => {
  it("lists, in one finding on SalesActual, the plan months that ended before today without any actual", () => {
    const findings = withCode(
      findingsOf(cleanWith({}, milk({ "2027-01": 90_000_00 })), "2027-04-01"),
      "ACTUALS_MISSING"
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", name: "SalesActual" });
    expect(plain(findings[0]?.message)).toContain("прошедшие месяцы (2): фев 2027, мар 2027");
    expect(findings[0]?.message).toContain("«Факт продаж»");
  });

  it("names the months in English in an English workbook", () => {
    const [f] = withCode(
      findingsOf(cleanWith({}, milk({ "2027-01": 1_00 })), "2027-03-01", "en"),
      "ACTUALS_MISSING"
    );
    expect(f?.message).toContain("a month that has ended: Feb 2027");
  });

  it("takes a 0 as an actual and the current month as not yet ended", () => {
    expect(
      withCode(
        findingsOf(cleanWith({}, milk({ "2027-01": 0, "2027-02": 0, "2027-03": 0 })), "2027-04-30"),
        "ACTUALS_MISSING"
      )
    ).toEqual([]);
  });

  it("counts actuals of any row, also an item not in the plan", () => {
    const tables = {
      SalesActual: [
        { item: "Молоко 3,2%", "2027-01": 5_00 },
        { item: "Сметана", "2027-02": 5_00 },
      ],
    };
    expect(withCode(findingsOf(cleanWith({}, tables), "2027-03-01"), "ACTUALS_MISSING")).toEqual(
      []
    );
  });

  it("says nothing while the SalesActual table is missing", () => {
    const spec = cleanWith({}, milk({}), { missingTables: ["SalesActual"] });
    expect(withCode(findingsOf(spec, "2027-05-01"), "ACTUALS_MISSING")).toEqual([]);
  });

  it("is quiet for the clean plan (actuals through March, today in April)", () => {
    expect(
      withCode(
        findingsOf({ form: CLEAN.form, tables: CLEAN.tables }, "2027-04-09"),
        "ACTUALS_MISSING"
      )
    ).toEqual([]);
  });
});
