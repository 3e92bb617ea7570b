import {
  formatAmount,
  formatAmountShift,
  formatInteger,
  formatIsoDate,
  formatMoneyNumber,
  formatMonth,
  formatMonthName,
  formatNumber,
  formatNumberChange,
  formatPercent,
  formatPointsChange,
  formatSerialDate,
  NBSP,
} from "./format";

/** Shows the no-break spaces, so a plain space in the output fails the test. */
const visible = (s: string): string => s.replace(/\u00a0/g, "·");

describe("formatAmount", () => {
  it("gives Russian amounts with no-break spaces between groups and before ₽", () => {
    expect(visible(formatAmount(123456, "ru", "RUB"))).toBe("1·234,56·₽");
    expect(visible(formatAmount(185000050, "ru", "RUB"))).toBe("1·850·000,50·₽");
    expect(formatAmount(123456, "ru", "RUB")).not.toContain(" ");
  });

  it("puts the currency code first in English", () => {
    expect(visible(formatAmount(123456, "en", "RUB"))).toBe("RUB·1,234.56");
    expect(visible(formatAmount(100, "en", "USD"))).toBe("USD·1.00");
  });

  it("writes a Russian currency without a sign as its code", () => {
    expect(visible(formatAmount(100, "ru", "KZT"))).toBe("1,00·KZT");
    expect(visible(formatAmount(100, "ru", "USD"))).toBe("1,00·$");
  });

  it("gives negative amounts a leading minus in both languages", () => {
    expect(visible(formatAmount(-4400000, "ru", "RUB"))).toBe("-44·000,00·₽");
    expect(visible(formatAmount(-4400000, "en", "RUB"))).toBe("-RUB·44,000.00");
    expect(visible(formatAmount(-5, "ru", "RUB"))).toBe("-0,05·₽");
  });

  it("gives zero without a sign", () => {
    expect(visible(formatAmount(0, "ru", "RUB"))).toBe("0,00·₽");
    expect(visible(formatAmount(-0, "en", "RUB"))).toBe("RUB·0.00");
    expect(visible(formatAmount(-0.4, "ru", "RUB"))).toBe("0,00·₽");
  });

  it("rounds a fraction of a cent half away from zero, as Excel does", () => {
    expect(formatMoneyNumber(0.5, "en")).toBe("0.01");
    expect(formatMoneyNumber(-0.5, "en")).toBe("-0.01");
    expect(formatMoneyNumber(0.4999999, "en")).toBe("0.00");
    expect(formatMoneyNumber(100049.99999999, "en")).toBe("1,000.50");
  });
});

describe("formatPercent", () => {
  it("separates % with a no-break space in Russian and not in English", () => {
    expect(visible(formatPercent(0.9, "ru"))).toBe("90·%");
    expect(formatPercent(0.9, "en")).toBe("90%");
  });

  it("keeps up to two decimals by default and drops trailing zeros", () => {
    expect(visible(formatPercent(0.042580646, "ru"))).toBe("4,26·%");
    expect(formatPercent(0.125, "en")).toBe("12.5%");
    expect(formatPercent(1.5, "en")).toBe("150%");
    expect(formatPercent(0.12345, "en", 4)).toBe("12.345%");
    expect(formatPercent(0.256, "en", 1)).toBe("25.6%");
  });

  it("rounds half away from zero and handles 0 and negatives", () => {
    expect(formatPercent(0.00005, "en")).toBe("0.01%");
    expect(formatPercent(-0.00005, "en")).toBe("-0.01%");
    expect(formatPercent(0, "en")).toBe("0%");
    expect(visible(formatPercent(-0.1, "ru"))).toBe("-10·%");
    expect(visible(formatPercent(33.21, "ru"))).toBe("3·321·%");
  });
});

describe("formatInteger and formatNumber", () => {
  it("groups thousands in both languages", () => {
    expect(visible(formatInteger(1234567, "ru"))).toBe("1·234·567");
    expect(formatInteger(1234567, "en")).toBe("1,234,567");
    expect(formatInteger(0, "en")).toBe("0");
    expect(formatInteger(-1234, "en")).toBe("-1,234");
  });

  it("rounds integers half away from zero", () => {
    expect(formatInteger(2.5, "en")).toBe("3");
    expect(formatInteger(-2.5, "en")).toBe("-3");
  });

  it("keeps the decimals a number has, up to six", () => {
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(visible(formatNumber(1234.5, "ru"))).toBe("1·234,5");
    expect(formatNumber(0.1 + 0.2, "en")).toBe("0.3");
    expect(formatNumber(Number.NaN, "en")).toBe("NaN");
  });
});

describe("formatMonth", () => {
  it("gives a short month and the year", () => {
    expect(visible(formatMonth("2027-01", "ru"))).toBe("янв·2027");
    expect(formatMonth("2027-01", "en")).toBe("Jan 2027");
    expect(visible(formatMonth("2027-05", "ru"))).toBe("май·2027");
    expect(formatMonth("2027-12", "en")).toBe("Dec 2027");
  });

  it("leaves a text that is no month as it is", () => {
    expect(formatMonth("2027-13", "en")).toBe("2027-13");
    expect(formatMonth("январь", "ru")).toBe("январь");
  });

  it("names a month after «с» in the genitive", () => {
    expect(formatMonthName(1, "ru")).toBe("января");
    expect(formatMonthName(4, "en")).toBe("April");
  });
});

describe("dates", () => {
  it("gives dd.mm.yyyy in Russian and a day, short month and year in English", () => {
    expect(formatSerialDate(46388, "ru")).toBe("01.01.2027");
    expect(formatSerialDate(46419, "en")).toBe("1 Feb 2027");
    expect(formatIsoDate("2027-02-01", "ru")).toBe("01.02.2027");
    expect(formatIsoDate("2027-02-01", "en")).toBe("1 Feb 2027");
  });

  it("follows Excel's 1900 calendar, with its fictitious 29 February", () => {
    expect(formatSerialDate(1, "ru")).toBe("01.01.1900");
    expect(formatSerialDate(59, "en")).toBe("28 Feb 1900");
    expect(formatSerialDate(60, "en")).toBe("29 Feb 1900");
    expect(formatSerialDate(61, "en")).toBe("1 Mar 1900");
    expect(formatSerialDate(45351, "ru")).toBe("29.02.2024");
    expect(formatSerialDate(46388.75, "ru")).toBe("01.01.2027");
  });

  it("shows a number that is no Excel date as a number, and a malformed ISO date as it is", () => {
    expect(formatSerialDate(0, "en")).toBe("0");
    expect(formatSerialDate(-3, "en")).toBe("-3");
    expect(formatIsoDate("2027-1-5", "en")).toBe("2027-1-5");
  });

  it("uses the no-break space constant it documents", () => {
    expect(NBSP).toBe("\u00a0");
  });
});

describe("changes", () => {
  it("shows an amount's change signed, with the change in percent of the old amount", () => {
    expect(visible(formatAmountShift(300_000_00, 355_000_00, "ru", "RUB"))).toBe(
      "+55·000,00·₽; +18,3·%"
    );
    expect(formatAmountShift(355_000_00, 300_000_00, "en", "RUB")).toBe(
      "-RUB\u00a055,000.00; -15.5%"
    );
    expect(formatAmountShift(0, 5_00, "en", "USD")).toBe("+USD\u00a05.00");
  });

  it("shows a number's change with its percent, and a percentage's change in points", () => {
    expect(visible(formatNumberChange(100, 120, "ru"))).toBe("+20; +20·%");
    expect(formatNumberChange(0.3, 0.25, "en")).toBe("-0.05; -16.7%");
    expect(visible(formatPointsChange(0.06 - 0.05, "ru"))).toBe("+1·п.·п.");
    expect(formatPointsChange(0.655 - 0.7, "en")).toBe("-4.5\u00a0pp");
  });
});
