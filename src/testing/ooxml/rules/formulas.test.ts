import { unprefixedFutureFunctions } from "./formulas";

describe("unprefixedFutureFunctions", () => {
  it("names functions newer than Excel 2007 written without _xlfn.", () => {
    expect(unprefixedFutureFunctions("IFNA(AGGREGATE(9,6,A1:A3),0)+CONCAT(B1,B2)")).toEqual([
      "IFNA",
      "AGGREGATE",
      "CONCAT",
    ]);
    expect(unprefixedFutureFunctions("xlookup(1,A:A,B:B)")).toEqual(["XLOOKUP"]);
    expect(unprefixedFutureFunctions("STDEV.S(A1:A9)")).toEqual(["STDEV.S"]);
  });

  it("accepts them with the prefix, and every Excel 2007 function", () => {
    expect(unprefixedFutureFunctions("_xlfn.IFNA(_xlfn._xlws.SORT(A1:A3),0)")).toEqual([]);
    expect(
      unprefixedFutureFunctions('IFERROR(SUMIFS(A:A,B:B,"x"),0)+EOMONTH(C1,2)+SUBTOTAL(109,T[x])')
    ).toEqual([]);
  });

  it("ignores names inside strings, structured references and quoted sheet names", () => {
    expect(
      unprefixedFutureFunctions(`"IFS(1)"&T[[#This Row],[IFS(]]&'IFS(x'!A1&LEN("a""IFNA(")`)
    ).toEqual([]);
  });
});
