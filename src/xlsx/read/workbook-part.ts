import type { PartParser, XlsxPackage } from "../guard/package";
import { relationshipsOf } from "./parts";
import { decodeEntities, elements, firstElement } from "./xml";

/** A sheet of the workbook part, with the part that holds its cells (null when missing). */
export interface WorkbookSheet {
  readonly name: string;
  readonly visible: boolean;
  readonly part: string | null;
}

/** A workbook-scoped defined name as written: `ActionPlan!$C$5`, `#REF!`, … */
export interface RawDefinedName {
  readonly name: string;
  readonly formula: string;
}

/** What the workbook part says: sheets in tab order, workbook-scoped names, the date system, and the shared-strings and styles parts. */
export interface WorkbookPart {
  readonly sheets: readonly WorkbookSheet[];
  readonly names: readonly RawDefinedName[];
  /** True for the 1904 date system (old Mac Excel): date serials are 1462 days smaller. */
  readonly date1904: boolean;
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
}

/** What the workbook part's text says: sheets with their relationship ids, names, date system (reused by pkg.parsed). */
interface StatedWorkbook {
  readonly sheets: readonly {
    readonly name: string;
    readonly visible: boolean;
    readonly id?: string;
  }[];
  readonly names: readonly RawDefinedName[];
  readonly date1904: boolean;
}

const parseWorkbook: PartParser<StatedWorkbook> = (xml) => {
  const sheets = elements(xml, "sheet").map(({ attrs }) => ({
    name: attrs.name ?? "",
    visible: attrs.state !== "hidden" && attrs.state !== "veryHidden",
    ...(attrs.id !== undefined ? { id: attrs.id } : {}),
  }));
  const names = elements(xml, "definedName")
    .filter(
      ({ attrs }) =>
        attrs.localSheetId === undefined &&
        attrs.name !== undefined &&
        !attrs.name.startsWith("_xlnm.")
    )
    .map(({ attrs, inner }) => ({ name: attrs.name ?? "", formula: decodeEntities(inner).trim() }));
  const pr = firstElement(xml, "workbookPr")?.attrs.date1904;
  return { sheets, names, date1904: pr === "1" || pr === "true" };
};

/** Read `xl/workbook.xml` and its relationships. */
export function readWorkbookPart(pkg: XlsxPackage): WorkbookPart {
  const stated = pkg.parsed(pkg.workbookPart, parseWorkbook) ?? parseWorkbook("");
  const rels = relationshipsOf(pkg, pkg.workbookPart);
  const targetOf = new Map(rels.map((rel) => [rel.id, rel.target]));
  return {
    sheets: stated.sheets.map(({ name, visible, id }) => ({
      name,
      visible,
      part: (id !== undefined ? targetOf.get(id) : undefined) ?? null,
    })),
    names: stated.names,
    date1904: stated.date1904,
    sharedStringsPart: rels.find((rel) => rel.type === "sharedStrings")?.target ?? null,
    stylesPart: rels.find((rel) => rel.type === "styles")?.target ?? null,
  };
}
