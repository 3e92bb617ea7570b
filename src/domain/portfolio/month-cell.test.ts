import { monthOfSerialCell, parseMonthCell } from "./month-cell";

describe("parseMonthCell", () => {
  it.each([
    ["2027-03", "2027-03"],
    ["2027.3", "2027-03"],
    ["03.2027", "2027-03"],
    ["3/2027", "2027-03"],
    ["15.03.2027", "2027-03"],
    ["15.03.2027 0:00:00", "2027-03"],
    ["2027-03-15", "2027-03"],
    ["2027-03-15T00:00:00Z", "2027-03"],
    ["Март 2027", "2027-03"],
    ["март 2027 г.", "2027-03"],
    ["мая 2027", "2027-05"],
    ["Май 2027", "2027-05"],
    ["янв. 2027", "2027-01"],
    ["Sep 2027", "2027-09"],
    ["December 2027", "2027-12"],
  ])("reads %j as %s", (text, month) => {
    expect(parseMonthCell(text)).toBe(month);
  });

  it.each(["2027-13", "31.02.2027", "00.2027", "Мартобря 2027", "", "скоро", "2027"])(
    "refuses %j",
    (text) => {
      expect(parseMonthCell(text)).toBeNull();
    }
  );

  it("reads Excel date serials (a pasted range gives dates as numbers)", () => {
    expect(parseMonthCell(46388)).toBe("2027-01"); // 2027-01-01
    expect(monthOfSerialCell(46446)).toBe("2027-02"); // 2027-02-28
    expect(monthOfSerialCell(46447)).toBe("2027-03"); // 2027-03-01
    expect(monthOfSerialCell(61)).toBe("1900-03");
    expect(monthOfSerialCell(59)).toBeNull();
    expect(parseMonthCell(true)).toBeNull();
    expect(parseMonthCell(null)).toBeNull();
  });
});
