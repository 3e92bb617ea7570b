import { schemaFor } from "./schemas";

describe("schemaFor", () => {
  const sml = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  it.each([
    ["[Content_Types].xml", undefined, "contentTypes"],
    [
      "xl/_rels/workbook.xml.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      "relationships",
    ],
    [
      "docProps/core.xml",
      "application/vnd.openxmlformats-package.core-properties+xml",
      "coreProperties",
    ],
    [
      "docProps/app.xml",
      "application/vnd.openxmlformats-officedocument.extended-properties+xml",
      "extendedProperties",
    ],
    [
      "docProps/custom.xml",
      "application/vnd.openxmlformats-officedocument.custom-properties+xml",
      "customProperties",
    ],
    ["xl/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", "theme"],
    [
      "xl/drawings/drawing1.xml",
      "application/vnd.openxmlformats-officedocument.drawing+xml",
      "drawing",
    ],
    [
      "xl/charts/chart1.xml",
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
      "chart",
    ],
    ["xl/workbook.xml", `${sml}.sheet.main+xml`, "spreadsheet"],
    ["xl/worksheets/sheet1.xml", `${sml}.worksheet+xml`, "spreadsheet"],
    ["xl/tables/table1.xml", `${sml}.table+xml`, "spreadsheet"],
    ["xl/comments1.xml", `${sml}.comments+xml`, "spreadsheet"],
    ["xl/persons/person.xml", "application/vnd.ms-excel.person+xml", "none"],
    ["customXml/item1.xml", "application/xml", "none"],
    ["xl/unknown.xml", "application/xml", null],
  ])("%s (%s) → %s", (part, type, schema) => {
    expect(schemaFor(part, type)).toBe(schema);
  });
});
