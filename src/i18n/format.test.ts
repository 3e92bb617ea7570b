import { formatAmount, formatIsoDate, formatMonth, formatPercent } from "./format";

const NBSP = /[\u00a0\u202f]/g;

describe("formatAmount", () => {
  it("writes kopecks as roubles with spaces and a comma in Russian", () => {
    expect(formatAmount(123456789, "ru")?.replace(NBSP, " ")).toBe("1 234 567,89 ₽");
  });

  it("writes cents with commas and a point in English", () => {
    expect(formatAmount(123456789, "en")?.replace(NBSP, " ")).toBe("RUB 1,234,567.89");
  });

  it("keeps negative amounts and zero", () => {
    expect(formatAmount(-5, "en")?.replace(NBSP, " ")).toBe("-RUB 0.05");
    expect(formatAmount(0, "en")?.replace(NBSP, " ")).toBe("RUB 0.00");
  });

  it("gives null for an empty amount", () => {
    expect(formatAmount(null, "ru")).toBeNull();
  });

  it("shows an unknown currency code as written instead of failing", () => {
    expect(formatAmount(100, "ru", "XX1")?.replace(NBSP, " ")).toBe("1,00 XX1");
  });
});

describe("formatPercent", () => {
  it("formats fractions per language", () => {
    expect(formatPercent(0.256, "ru")?.replace(NBSP, " ")).toBe("25,6 %");
    expect(formatPercent(0.256, "en")).toBe("25.6%");
    expect(formatPercent(null, "en")).toBeNull();
  });
});

describe("dates and months", () => {
  it("formats an ISO date per language", () => {
    expect(formatIsoDate("2027-01-31", "ru")).toBe("31.01.2027");
    expect(formatIsoDate("2027-01-31", "en")).toBe("31 Jan 2027");
    expect(formatIsoDate("31.01.2027", "en")).toBeNull();
  });

  it("formats a month per language", () => {
    expect(formatMonth("2027-03", "en")).toBe("Mar 2027");
    expect(formatMonth("2027-03", "ru").replace(NBSP, " ")).toBe("мар 2027");
  });
});
