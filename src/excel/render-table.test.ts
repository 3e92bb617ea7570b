import { totalsSumFormula } from "./render-table";

describe("the totals formula of a table column", () => {
  it("escapes [ ] # and ' in the column name with an apostrophe inside double brackets", () => {
    expect(totalsSumFormula("Сумма [руб.]")).toBe("=SUBTOTAL(109,[[Сумма '[руб.']]])");
    expect(totalsSumFormula("# заказов")).toBe("=SUBTOTAL(109,[['# заказов]])");
    expect(totalsSumFormula("Q1'27")).toBe("=SUBTOTAL(109,[[Q1''27]])");
  });

  it("leaves a plain column name as it is", () => {
    expect(totalsSumFormula("Итого")).toBe("=SUBTOTAL(109,[[Итого]])");
  });
});
