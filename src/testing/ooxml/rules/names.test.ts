import { nameSyntaxError, sheetNameError } from "./names";

describe("nameSyntaxError (defined names and table names)", () => {
  it.each([
    "plan_start",
    "SalesPlan",
    "_x",
    "\\path",
    "Бюджет",
    "a.b?c",
    "KPI",
    "R_total",
    "C_sum",
    "x".repeat(255),
  ])("accepts %s", (name) => {
    expect(nameSyntaxError(name)).toBeNull();
  });

  it.each([
    ["", "is empty"],
    ["x".repeat(256), "is 256 characters long (at most 255)"],
    ["1st", "must begin with a letter, _ or \\"],
    ["my name", "may hold only letters, digits, _ \\ . ? (no spaces or other signs)"],
    ["a-b", "may hold only letters, digits, _ \\ . ? (no spaces or other signs)"],
    ["TRUE", "is a boolean (TRUE/FALSE)"],
    ["A1", "is a cell reference (A1 style)"],
    ["xfd1048576", "is a cell reference (A1 style)"],
    ["Q1", "is a cell reference (A1 style)"],
    ["R", "begins with a cell reference (R1C1 style)"],
    ["rc", "begins with a cell reference (R1C1 style)"],
    ["R1C1x", "begins with a cell reference (R1C1 style)"],
    ["C12_total", "begins with a cell reference (R1C1 style)"],
  ])("refuses %j: %s", (name, reason) => {
    expect(nameSyntaxError(name)).toBe(reason);
  });

  it("accepts a letters-and-digits name past the last column (XFE1 is no cell)", () => {
    expect(nameSyntaxError("XFE1")).toBeNull();
  });
});

describe("sheetNameError", () => {
  it.each(["ActionPlan", "Досье", "Загрузка команды", "x".repeat(31), "It's"])(
    "accepts %s",
    (name) => {
      expect(sheetNameError(name)).toBeNull();
    }
  );

  it.each([
    ["", "is empty"],
    ["x".repeat(32), "is 32 characters long (at most 31)"],
    ["a:b", 'contains ":" (none of : \\ / ? * [ ] is allowed)'],
    ["a/b", 'contains "/" (none of : \\ / ? * [ ] is allowed)'],
    ["[x]", 'contains "[" (none of : \\ / ? * [ ] is allowed)'],
    ["'quoted", "begins or ends with an apostrophe"],
    ["history", 'is "History", which Excel reserves'],
  ])("refuses %j: %s", (name, reason) => {
    expect(sheetNameError(name)).toBe(reason);
  });
});
