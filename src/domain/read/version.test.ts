import { formatNumber, formatPercent, formatSerialDate } from "./format";
import { compareVersions } from "./version";

describe("compareVersions", () => {
  it("compares numerically, part by part", () => {
    expect(compareVersions("1.10.0", "1.9.3")).toBeGreaterThan(0);
    expect(compareVersions("0.9.12", "1.0.0")).toBeLessThan(0);
    expect(compareVersions("1.0", "1.0.0")).toBe(0);
    expect(compareVersions("v2.0.0", "1.0.0")).toBeGreaterThan(0);
    expect(compareVersions("one", "1.0.0")).toBeNull();
  });
});

describe("message formats", () => {
  it("formats dates of Excel serials in both languages, including Excel’s 1900 quirk", () => {
    expect(formatSerialDate(46388, "ru")).toBe("01.01.2027");
    expect(formatSerialDate(46388, "en")).toBe("2027-01-01");
    expect(formatSerialDate(61, "en")).toBe("1900-03-01");
    expect(formatSerialDate(60, "en")).toBe("1900-02-29");
    expect(formatSerialDate(59, "en")).toBe("1900-02-28");
    expect(formatSerialDate(1, "en")).toBe("1900-01-01");
    expect(formatSerialDate(45351, "ru")).toBe("29.02.2024");
  });

  it("formats numbers and percents with the language’s separators", () => {
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatNumber(1234.5, "ru").replace(/\s/g, " ")).toBe("1 234,5");
    expect(formatPercent(0.255, "ru")).toBe("25,5%");
    expect(formatPercent(1.5, "en")).toBe("150%");
  });
});
