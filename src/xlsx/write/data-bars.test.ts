import { completeDataBars } from "./data-bars";

const CFVO = '<x14:cfvo type="min"/><x14:cfvo type="max"/>';

describe("completeDataBars", () => {
  it("adds the negative fill and axis colours [MS-XLSX] 2.6.30 requires, in schema order", () => {
    expect(completeDataBars(`<x14:dataBar minLength="0">${CFVO}</x14:dataBar>`)).toBe(
      `<x14:dataBar minLength="0">${CFVO}<x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar>`
    );
  });

  it("puts the negative fill before a negative border colour already there", () => {
    expect(
      completeDataBars(
        `<x14:dataBar>${CFVO}<x14:negativeBorderColor rgb="FF00FF00"/></x14:dataBar>`
      )
    ).toBe(
      `<x14:dataBar>${CFVO}<x14:negativeFillColor rgb="FFFF0000"/><x14:negativeBorderColor rgb="FF00FF00"/><x14:axisColor rgb="FF000000"/></x14:dataBar>`
    );
  });

  it("adds nothing the attributes make optional, and leaves complete bars and other XML alone", () => {
    const optional = `<x14:dataBar negativeBarColorSameAsPositive="1" axisPosition="none">${CFVO}</x14:dataBar>`;
    expect(completeDataBars(optional)).toBe(optional);
    const complete = completeDataBars(`<x14:dataBar>${CFVO}</x14:dataBar>`);
    expect(completeDataBars(complete)).toBe(complete);
    expect(completeDataBars("<dataBar><cfvo/></dataBar>")).toBe("<dataBar><cfvo/></dataBar>");
  });
});
