import JSZip from "jszip";
import { readWorkbookBuffer } from "./read-workbook";

/**
 * NOT a file saved by Excel (there is no Excel on this machine): the closest
 * honest substitute, a package whose XML follows the conventions Excel uses
 * when it saves — shared strings with rich-text runs and phonetic hints,
 * `_xHHHH_` escapes, error and boolean cells, shared formulas with cached
 * values, `x:`-free default namespaces, table parts with `totalsRowShown="0"`
 * or a shown totals row, `_xlnm` built-in names, sheet-scoped names, broken
 * (`#REF!`) names and quoted sheet names in workbook.xml.
 */
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function excelStylePackage(options: { date1904?: boolean } = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook ${NS}><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr${options.date1904 ? ' date1904="1"' : ""} defaultThemeVersion="166925"/>` +
      '<sheets><sheet name="ActionPlan" sheetId="1" r:id="rId1"/><sheet name="Досье клиента" sheetId="2" state="veryHidden" r:id="rId2"/></sheets>' +
      '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">ActionPlan!$A$5:$C$8</definedName>' +
      '<definedName name="client_name">ActionPlan!$B$1</definedName><definedName name="local_only" localSheetId="0">ActionPlan!$B$2</definedName>' +
      '<definedName name="kam_name">#REF!</definedName><definedName name="last_review">\'Досье клиента\'!$B$3</definedName>' +
      '<definedName name="plan_start">ActionPlan!$B$2</definedName><definedName name="max_rate">0.25</definedName><definedName name="whole_column">ActionPlan!$C:$C</definedName>' +
      '<definedName name="gone_sheet">Deleted!$A$1</definedName></definedNames><calcPr calcId="191029"/></workbook>'
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
  );
  zip.file(
    "xl/styles.xml",
    `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy;@"/></numFmts><cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<sst ${NS} count="8" uniqueCount="8"><si><t>Позиция</t></si><si><r><rPr><b/><sz val="11"/></rPr><t>ООО </t></r><r><t xml:space="preserve">«Альфа» &amp; Co</t></r><rPh sb="0" eb="1"><t>フリガナ</t></rPh></si>` +
      "<si><t>Молоко</t></si><si><t>Кефир</t></si><si><t>Итого</t></si><si><t>Строка 1_x000D_\nСтрока 2</t></si><si><t>2027-01</t></si><si><t/></si></sst>"
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ${NS}><dimension ref="A1:C8"/><sheetData>` +
      '<row r="1" spans="1:3"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>1</v></c></row>' +
      '<row r="2"><c r="B2" s="1"><v>46388</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
      '<row r="3"><c r="B3" t="b"><v>1</v></c><c r="C3" t="s"><v>5</v></c><c r="D3" t="s"><v>7</v></c></row>' +
      '<row r="5"><c r="A5" t="s"><v>0</v></c><c r="B5" t="s"><v>6</v></c><c r="C5" t="str"><v>Итого за период</v></c></row>' +
      '<row r="6"><c r="A6" t="s"><v>2</v></c><c r="B6"><v>1000.5</v></c><c r="C6"><f t="shared" ref="C6:C7" si="0">SUM(B6)</f><v>1000.5</v></c></row>' +
      '<row r="7"><c r="A7" t="s"><v>3</v></c><c r="B7" s="2"><v>0.125</v></c><c r="C7"><f t="shared" si="0"/><v>0.125</v></c></row>' +
      '<row r="8"><c r="A8" t="s"><v>4</v></c><c r="C8"><f>SUBTOTAL(109,SalesPlan[Итого за период])</f><v>1000.625</v></c></row>' +
      '</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>'
  );
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/><Relationship Id="rId2" Type="${REL}/hyperlink" Target="https://example.com" TargetMode="External"/></Relationships>`
  );
  zip.file(
    "xl/tables/table1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<table ${NS} id="1" name="Table1" displayName="SalesPlan" ref="A5:C8" totalsRowCount="1"><autoFilter ref="A5:C7"/><tableColumns count="3"><tableColumn id="1" name="Позиция" totalsRowLabel="Итого"/><tableColumn id="2" name="2027-01"/><tableColumn id="3" name="Итого за период" totalsRowFunction="sum"><calculatedColumnFormula>SUM(SalesPlan[[#This Row],[2027-01]])</calculatedColumnFormula></tableColumn></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
  zip.file(
    "xl/worksheets/sheet2.xml",
    `<worksheet ${NS}><sheetData><row r="3"><c r="A3" t="inlineStr"><is><t>Дата</t></is></c><c r="B3" s="1"><v>46000</v></c></row><row r="5"><c r="A5" t="s"><v>0</v></c></row><row r="6"><c r="A6" t="s"><v>2</v></c></row></sheetData><tableParts count="1"><tablePart r:id="rId7"/></tableParts></worksheet>`
  );
  zip.file(
    "xl/worksheets/_rels/sheet2.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${REL}/table" Target="/xl/tables/table2.xml"/></Relationships>`
  );
  zip.file(
    "xl/tables/table2.xml",
    `<table ${NS} id="2" name="Competitors" displayName="Competitors" ref="A5:A6" totalsRowShown="0"><tableColumns count="1"><tableColumn id="1" name="Line_x000a_break"/></tableColumns></table>`
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("a package following the conventions Excel saves with (a stand-in, not a real Excel file)", () => {
  it("reads sheets with very hidden ones as not visible", async () => {
    const snapshot = readWorkbookBuffer(await excelStylePackage(), "excel.xlsx");
    expect(snapshot.sheets).toEqual([
      { name: "ActionPlan", visible: true },
      { name: "Досье клиента", visible: false },
    ]);
  });

  it("keeps workbook-scoped names only; broken, constant and unknown-sheet names have no place", async () => {
    const snapshot = readWorkbookBuffer(await excelStylePackage(), "excel.xlsx");
    expect(snapshot.names).toEqual([
      {
        name: "client_name",
        sheet: "ActionPlan",
        address: "B1",
        value: "ООО «Альфа» & Co",
        formula: null,
      },
      { name: "kam_name", sheet: null, address: null, value: null, formula: null },
      { name: "last_review", sheet: "Досье клиента", address: "B3", value: 46000, formula: null },
      { name: "plan_start", sheet: "ActionPlan", address: "B2", value: 46388, formula: null },
      { name: "max_rate", sheet: null, address: null, value: null, formula: null },
      { name: "whole_column", sheet: "ActionPlan", address: "C1", value: null, formula: null },
      { name: "gone_sheet", sheet: null, address: null, value: null, formula: null },
    ]);
  });

  it("reads tables without their totals row, shared formulas by their cached values, escapes decoded", async () => {
    const snapshot = readWorkbookBuffer(await excelStylePackage(), "excel.xlsx");
    expect(snapshot.tables).toEqual([
      {
        name: "SalesPlan",
        sheet: "ActionPlan",
        address: "A5:C8",
        headers: ["Позиция", "2027-01", "Итого за период"],
        rows: [
          ["Молоко", 1000.5, 1000.5],
          ["Кефир", 0.125, 0.125],
        ],
        // A shared formula's other cell reads as Excel reads it: its relative reference moved.
        formulas: [
          [null, null, "SUM(B6)"],
          [null, null, "SUM(B7)"],
        ],
      },
      {
        name: "Competitors",
        sheet: "Досье клиента",
        address: "A5:A6",
        headers: ["Line\nbreak"],
        rows: [["Молоко"]],
        formulas: [[null]],
      },
    ]);
  });

  it("moves date serials of a 1904-system workbook to the 1900 system (date-formatted cells only)", async () => {
    const snapshot = readWorkbookBuffer(await excelStylePackage({ date1904: true }), "mac.xlsx");
    expect(snapshot.names.find((n) => n.name === "plan_start")?.value).toBe(46388 + 1462);
    const sales = snapshot.tables.find((t) => t.name === "SalesPlan");
    expect(sales?.rows[1]).toEqual(["Кефир", 0.125, 0.125]);
  });
});
