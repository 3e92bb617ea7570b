import { paneAmount, paneCurrency, paneMoneyNumber, panePercent } from "./paneFormat";

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
  });
});
