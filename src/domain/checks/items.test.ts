import { cleanWith, findingsOf, withCode } from "./testing/fixture";

describe("SALES_ITEM_NOT_IN_ASSORTMENT", () => {
  it("flags a plan item missing from Assortment once, at its first item cell", () => {
    const spec = cleanWith(
      {},
      {
        Assortment: [{ item: "Молоко 3,2%" }],
        SalesPlan: [{ item: "Молоко 3,2%" }, { item: "Сыр" }, { item: "сыр " }],
      }
    );
    const found = withCode(findingsOf(spec), "SALES_ITEM_NOT_IN_ASSORTMENT");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", name: "SalesPlan", sheet: "ActionPlan" });
    expect(found[0]?.cell).toMatch(/^A\d+$/);
    expect(found[0]?.message).toContain("«Сыр»");
  });

  it("matches items trimmed, with inner spaces collapsed and case ignored", () => {
    const spec = cleanWith(
      {},
      { Assortment: [{ item: "  МОЛОКО   3,2% " }, { item: "кефир 1%" }] }
    );
    expect(withCode(findingsOf(spec), "SALES_ITEM_NOT_IN_ASSORTMENT")).toEqual([]);
  });

  it("says nothing when the Assortment table is missing", () => {
    expect(
      withCode(
        findingsOf(cleanWith({}, {}, { missingTables: ["Assortment"] })),
        "SALES_ITEM_NOT_IN_ASSORTMENT"
      )
    ).toEqual([]);
  });
});

describe("ACTUAL_ITEM_NOT_IN_PLAN", () => {
  it("flags an actual item that is not planned", () => {
    const [f] = withCode(
      findingsOf(cleanWith({}, { SalesActual: [{ item: "Сметана", "2027-01": 5_00 }] })),
      "ACTUAL_ITEM_NOT_IN_PLAN"
    );
    expect(f).toMatchObject({ severity: "warning", name: "SalesActual" });
    expect(f?.message).toContain("«Сметана»");
  });

  it("accepts planned items in another spelling", () => {
    expect(
      withCode(
        findingsOf(cleanWith({}, { SalesActual: [{ item: "КЕФИР  1%" }] })),
        "ACTUAL_ITEM_NOT_IN_PLAN"
      )
    ).toEqual([]);
  });
});

describe("DUPLICATE_VALUE (items)", () => {
  it("flags the repeat of an item in SalesPlan, SalesActual and Assortment with the first cell", () => {
    const spec = cleanWith(
      {},
      {
        SalesPlan: [{ item: "Молоко 3,2%" }, { item: "Кефир 1%" }, { item: " молоко  3,2% " }],
        SalesActual: [{ item: "Кефир 1%" }, { item: "кефир 1%" }],
        Assortment: [{ item: "Молоко 3,2%" }, { item: "Кефир 1%" }, { item: "Кефир 1%" }],
      }
    );
    const found = withCode(findingsOf(spec), "DUPLICATE_VALUE");
    expect(found.map((f) => f.name)).toEqual(["SalesPlan", "SalesActual", "Assortment"]);
    expect(found[0]).toMatchObject({ severity: "error" });
    expect(found[0]?.message).toMatch(
      /Позиция «молоко {2}3,2%» повторяется в таблице «План продаж» \(впервые — в ячейке A\d+\)/
    );
  });

  it("accepts distinct items", () => {
    expect(withCode(findingsOf(cleanWith()), "DUPLICATE_VALUE")).toEqual([]);
  });
});
