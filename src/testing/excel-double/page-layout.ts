import { parseAddress } from "./address";
import { DoubleClientObject, unknownProperty } from "./context";
import { excelError } from "./errors";
import type { SheetModel } from "./model";
import type { DoubleRange } from "./range";

/** A sheet's print set-up as the double keeps it (`Excel.PageLayout`, the subset the adapter writes). */
export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: Excel.PageLayoutZoomOptions;
  /** The print title rows as given (`$5:$5`), or null. */
  titleRows: string | null;
  /** 0-based rows above which a manual page break was added. */
  readonly rowBreaks: number[];
}

/** Excel's defaults of a new sheet's print set-up. */
export function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    titleRows: null,
    rowBreaks: [],
  };
}

/** A sheet's print set-up, created with Excel's defaults on first use. */
export function pageLayoutOf(s: SheetModel): PageLayoutModel {
  s.pageLayout ??= defaultPageLayout();
  return s.pageLayout;
}

const ORIENTATIONS = ["Portrait", "Landscape"];
/** https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-paperSize-member (a subset). */
const PAPER_SIZES = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5", "Executive"];

/**
 * `Worksheet.pageLayout` (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout): orientation,
 * paper size, zoom (scale or fit to pages; a fit of 0 pages is "automatic", as
 * the file format's `fitToHeight="0"`), print title rows. Values outside
 * Excel's are refused with InvalidArgument.
 */
export class DoublePageLayout extends DoubleClientObject<SheetModel> {
  protected scalarProperties(): readonly string[] {
    return ["orientation", "paperSize", "zoom"];
  }
  protected readProperty(s: SheetModel, name: string): unknown {
    const layout = pageLayoutOf(s);
    if (name === "orientation") return layout.orientation;
    if (name === "paperSize") return layout.paperSize;
    if (name === "zoom") return { ...layout.zoom };
    throw unknownProperty(this.path, name);
  }
  get orientation(): Excel.PageOrientation | "Portrait" | "Landscape" {
    return this.get("orientation");
  }
  set orientation(value: Excel.PageOrientation | "Portrait" | "Landscape") {
    this.set("orientation", value, (s) => {
      if (!ORIENTATIONS.includes(value))
        throw excelError("InvalidArgument", `orientation ${value}`);
      pageLayoutOf(s).orientation = value;
    });
  }
  get paperSize(): Excel.PaperType | "A4" | "Letter" {
    return this.get("paperSize");
  }
  set paperSize(value: Excel.PaperType | "A4" | "Letter") {
    this.set("paperSize", value, (s) => {
      if (!PAPER_SIZES.includes(value)) throw excelError("InvalidArgument", `paper ${value}`);
      pageLayoutOf(s).paperSize = value;
    });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.get("zoom");
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.set("zoom", value, (s) => {
      const pages = [value.horizontalFitToPages, value.verticalFitToPages];
      if (pages.some((p) => p !== undefined && (!Number.isInteger(p) || p < 0)))
        throw excelError("InvalidArgument", "fit to pages must be a whole number");
      if (value.scale !== undefined && (value.scale < 10 || value.scale > 400))
        throw excelError("InvalidArgument", "scale must be 10…400");
      pageLayoutOf(s).zoom = { ...value };
    });
  }
  /** `setPrintTitleRows("$5:$5")`: whole rows only. */
  setPrintTitleRows(rows: string | DoubleRange): void {
    const text = typeof rows === "string" ? rows : rows.path;
    this.call("setPrintTitleRows", [text], (s) => {
      if (typeof rows !== "string" || !/^\$?\d+:\$?\d+$/.test(rows))
        throw excelError("InvalidArgument", `print title rows ${text}`);
      pageLayoutOf(s).titleRows = rows;
    });
  }
}

/** `Worksheet.horizontalPageBreaks` (ExcelApi 1.9): `add(range)` puts a manual break above the range's first row. */
export class DoublePageBreakCollection extends DoubleClientObject<SheetModel> {
  protected scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(_s: SheetModel, name: string): unknown {
    throw unknownProperty(this.path, name);
  }
  /** `removePageBreaks()`: every manual break of the sheet. */
  removePageBreaks(): void {
    this.call("removePageBreaks", [], (s) => {
      pageLayoutOf(s).rowBreaks.length = 0;
    });
  }
  add(pageBreakRange: string | DoubleRange): void {
    const text = typeof pageBreakRange === "string" ? pageBreakRange : pageBreakRange.path;
    this.call("add", [text], (s) => {
      const row =
        typeof pageBreakRange === "string"
          ? parseAddress(pageBreakRange).rect.row
          : pageBreakRange.resolveAtSync().rect.row;
      if (row === 0) throw excelError("InvalidArgument", "no page break above the first row");
      if (!pageLayoutOf(s).rowBreaks.includes(row)) pageLayoutOf(s).rowBreaks.push(row);
    });
  }
}
