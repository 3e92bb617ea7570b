import { applyMarkupCompatibility, MarkupCompatibilityError } from "./markup-compatibility";

const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const X14AC = 'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"';
const X14 = 'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"';

describe("applyMarkupCompatibility", () => {
  it("leaves a part without markup compatibility untouched", () => {
    const xml = '<a xmlns="urn:a"><b x="1"/></a>';
    expect(applyMarkupCompatibility(xml)).toBe(xml);
  });

  it("removes mc:Ignorable and the attributes and elements of the namespaces it lists", () => {
    const xml = `<w ${MC} ${X14AC} mc:Ignorable="x14ac"><row r="1" x14ac:dyDescent="0.25"><x14ac:extra/><c/></row></w>`;
    expect(applyMarkupCompatibility(xml)).toBe(`<w ${MC} ${X14AC}><row r="1"><c/></row></w>`);
  });

  it("keeps what an ignorable namespace puts inside <ext>", () => {
    const xml = `<w ${MC} ${X14} mc:Ignorable="x14"><x14:gone/><extLst><ext uri="{X}"><x14:kept a="1"/></ext></extLst></w>`;
    expect(applyMarkupCompatibility(xml)).toBe(
      `<w ${MC} ${X14}><extLst><ext uri="{X}"><x14:kept a="1"/></ext></extLst></w>`
    );
  });

  it("keeps markup of namespaces that are not ignorable", () => {
    const xml = `<w ${MC} ${X14AC} ${X14} mc:Ignorable="x14ac"><x14:stays/></w>`;
    expect(applyMarkupCompatibility(xml)).toContain("<x14:stays/>");
  });

  it("takes mc:Fallback of mc:AlternateContent and drops every mc:Choice", () => {
    const xml = `<w ${MC}><mc:AlternateContent><mc:Choice Requires="x14"><new/></mc:Choice><mc:Fallback><old>t</old></mc:Fallback></mc:AlternateContent></w>`;
    expect(applyMarkupCompatibility(xml)).toBe(`<w ${MC}><old>t</old></w>`);
  });

  it("refuses mc:MustUnderstand of a namespace the schemas do not know", () => {
    const xml = `<w ${MC} ${X14AC} mc:MustUnderstand="x14ac"/>`;
    expect(() => applyMarkupCompatibility(xml)).toThrow(MarkupCompatibilityError);
  });
});
