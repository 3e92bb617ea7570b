import { addTotalsRowFormulas } from "./totals-row";

const SHEET =
  '<sheetData><row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><f>IFERROR(SUBTOTAL(109,T[a])/2,&quot;&quot;)</f><v>1</v></c><c r="C3"/></row></sheetData>';

const table = (columns: string): string =>
  `<table name="T" ref="A1:C3" totalsRowCount="1"><tableColumns count="3">${columns}</tableColumns></table>`;

describe("addTotalsRowFormulas", () => {
  it("gives a custom totals column the formula of its totals-row cell", () => {
    const xml = table(
      '<tableColumn id="1" name="x" totalsRowLabel="Итого"/><tableColumn id="2" name="a" totalsRowFunction="custom"/><tableColumn id="3" name="b" totalsRowFunction="sum"/>'
    );
    expect(addTotalsRowFormulas(xml, SHEET)).toBe(
      table(
        '<tableColumn id="1" name="x" totalsRowLabel="Итого"/><tableColumn id="2" name="a" totalsRowFunction="custom"><totalsRowFormula>IFERROR(SUBTOTAL(109,T[a])/2,&quot;&quot;)</totalsRowFormula></tableColumn><tableColumn id="3" name="b" totalsRowFunction="sum"/>'
      )
    );
  });

  it("puts it after a calculated-column formula and keeps a formula already there", () => {
    const calculated = table(
      '<tableColumn id="1" name="x"/><tableColumn id="2" name="a" totalsRowFunction="custom"><calculatedColumnFormula>1</calculatedColumnFormula></tableColumn><tableColumn id="3" name="b"/>'
    );
    expect(addTotalsRowFormulas(calculated, SHEET)).toContain(
      "<calculatedColumnFormula>1</calculatedColumnFormula><totalsRowFormula>IFERROR("
    );
    const done = table(
      '<tableColumn id="1" name="x"/><tableColumn id="2" name="a" totalsRowFunction="custom"><totalsRowFormula>2</totalsRowFormula></tableColumn><tableColumn id="3" name="b"/>'
    );
    expect(addTotalsRowFormulas(done, SHEET)).toBe(done);
  });
});
