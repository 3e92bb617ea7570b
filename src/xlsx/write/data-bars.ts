/**
 * Complete the Excel 2010 data bars exceljs writes. [MS-XLSX] 2.6.30
 * CT_DataBar (https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/88c5ca0a-3a34-4fad-8c91-fdb4550d3fe1)
 * says `x14:negativeFillColor` MUST be present unless
 * negativeBarColorSameAsPositive is 1, and `x14:axisColor` unless
 * axisPosition is none; exceljs writes neither. The colours added are the
 * ones Excel itself writes for a new data bar (red negative bars, a black
 * axis), placed last in the element as the schema's order requires
 * (…, negativeFillColor, negativeBorderColor, axisColor).
 */

const NEGATIVE_FILL = '<x14:negativeFillColor rgb="FFFF0000"/>';
const AXIS = '<x14:axisColor rgb="FF000000"/>';

/** The worksheet XML with every x14:dataBar carrying its required colours. */
export function completeDataBars(sheetXml: string): string {
  if (!sheetXml.includes("<x14:dataBar")) return sheetXml;
  return sheetXml.replace(
    /<x14:dataBar\b([^>]*?)>([\s\S]*?)<\/x14:dataBar>/g,
    (whole, attributes: string, inner: string) => {
      const sameColour = /\bnegativeBarColorSameAsPositive="(1|true)"/.test(attributes);
      const noAxis = /\baxisPosition="none"/.test(attributes);
      let body = inner;
      if (!sameColour && !body.includes("<x14:negativeFillColor")) {
        // Before negativeBorderColor / axisColor when present, else at the end.
        const at = body.search(/<x14:(negativeBorderColor|axisColor)\b/);
        body = at < 0 ? body + NEGATIVE_FILL : body.slice(0, at) + NEGATIVE_FILL + body.slice(at);
      }
      if (!noAxis && !body.includes("<x14:axisColor")) body += AXIS;
      return body === inner ? whole : `<x14:dataBar${attributes}>${body}</x14:dataBar>`;
    }
  );
}
