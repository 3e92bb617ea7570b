import { monthAfterDate as nextMonth } from "../domain/periods";
import { isMonth, monthOfDate } from "./planForm";

describe("plan form helpers", () => {
  it("accepts YYYY-MM months only", () => {
    expect(isMonth("2027-01")).toBe(true);
    expect(isMonth(" 2027-12 ")).toBe(true);
    expect(isMonth("2027-13")).toBe(false);
    expect(isMonth("2027-00")).toBe(false);
    expect(isMonth("01.2027")).toBe(false);
  });
  it("proposes the next month as the plan start, across a year end", () => {
    expect(nextMonth("2026-05-17")).toBe("2026-06");
    expect(nextMonth("2026-12-31")).toBe("2027-01");
  });
  it("takes the month of a plan start date", () => {
    expect(monthOfDate("2027-01-01")).toBe("2027-01");
    expect(monthOfDate(null)).toBeNull();
  });
});
