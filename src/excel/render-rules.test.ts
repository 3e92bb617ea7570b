import { excelRule } from "./render-rules";

describe("date validation rules for Office.js", () => {
  it("sends date bounds as ISO 8601 strings, never as serial numbers", () => {
    expect(excelRule({ kind: "date", min: 46388, max: 46752 })).toEqual({
      date: { operator: "Between", formula1: "2027-01-01", formula2: "2027-12-31" },
    });
    expect(excelRule({ kind: "date", min: null, max: null })).toEqual({
      date: { operator: "Between", formula1: "1900-01-01", formula2: "9999-12-31" },
    });
    expect(excelRule({ kind: "date", min: 46388, max: null })).toEqual({
      date: { operator: "GreaterThanOrEqualTo", formula1: "2027-01-01" },
    });
  });

  it("keeps whole and decimal bounds as numbers", () => {
    expect(excelRule({ kind: "whole", min: 0, max: 365 })).toEqual({
      wholeNumber: { operator: "Between", formula1: 0, formula2: 365 },
    });
  });
});
