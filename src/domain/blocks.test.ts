import { BLOCK_HEADERS, blockKeyOfHeader } from "./blocks";

describe("blockKeyOfHeader", () => {
  it.each(Object.entries(BLOCK_HEADERS))(
    "recognises the %s column by its Russian or English header, its key, any case and spaces around",
    (key, label) => {
      expect(blockKeyOfHeader(label.ru)).toBe(key);
      expect(blockKeyOfHeader(label.en)).toBe(key);
      expect(blockKeyOfHeader(`  ${label.ru.toUpperCase()} `)).toBe(key);
      expect(blockKeyOfHeader(label.en.toLowerCase())).toBe(key);
      expect(blockKeyOfHeader(key.toUpperCase())).toBe(key);
    }
  );

  it("reads any other header as no block", () => {
    for (const header of ["", "2027-01", "Итого", "Total Q5", "Total  Q1", "q5", "Позиция"])
      expect(blockKeyOfHeader(header)).toBeNull();
  });
});
