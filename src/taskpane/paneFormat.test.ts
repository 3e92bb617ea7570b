import { paneAmount, paneCurrency, paneMoneyNumber, panePercent, paneRatio } from "./paneFormat";

const plain = (text: string | null): string => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

describe("the pane's formats come from the one formatter", () => {
  it("names the currency as the formatter writes it beside an amount", () => {
    expect(paneCurrency("ru", "RUB")).toBe("₽");
    expect(paneCurrency("en", "RUB")).toBe("RUB");
    expect(plain(paneAmount(123_456, "ru", "RUB"))).toBe(
      `${plain(paneMoneyNumber(123_456, "ru"))} ₽`
    );
  });

  it("passes no data through as null for the view's own mark", () => {
    expect(paneMoneyNumber(null, "en")).toBeNull();
    expect(paneAmount(null, "en", "RUB")).toBeNull();
    expect(panePercent(null, "ru")).toBeNull();
    expect(paneRatio(null, "ru")).toBeNull();
  });

  it("writes a ratio (incremental per cost) with at most two decimals in the language's way", () => {
    expect(paneRatio(5.4, "ru")).toBe("5,4");
    expect(paneRatio(1 / 3, "en")).toBe("0.33");
    expect(plain(paneRatio(-1234.5, "ru"))).toMatch(/^[-−]1 234,5$/);
  });
});
