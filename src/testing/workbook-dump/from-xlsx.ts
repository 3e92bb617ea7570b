import { formatA1, parseA1 } from "../../domain/read/a1";
import type { CellValue } from "../../domain/values";
import { openXlsxPackage, type XlsxPackage } from "../../xlsx/guard/package";
import { readSharedStrings } from "../../xlsx/read/cells";
import { relationshipsOf } from "../../xlsx/read/parts";
import { readWorkbookPart } from "../../xlsx/read/workbook-part";
import {
  decodeEntities,
  decodeOoxmlEscapes,
  elements,
  firstElement,
  stringItemText,
} from "../../xlsx/read/xml";
import { canonicalFormula, groupValidations, ruleText } from "./canonical";
import type { DumpCell, DumpSheet, DumpTable, DumpValidation, WorkbookDump } from "./types";

/** Excel's built-in number formats the writer may refer to by id. */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  14: "mm-dd-yy",
  49: "@",
};

interface Xf {
  readonly numberFormat: string;
  readonly locked: boolean;
}

function readStyles(xml: string): Xf[] {
  const custom = new Map(
    elements(xml, "numFmt").map((f) => [
      Number(f.attrs.numFmtId),
      decodeEntities(f.attrs.formatCode ?? ""),
    ])
  );
  const cellXfs = firstElement(xml, "cellXfs");
  return elements(cellXfs?.inner ?? "", "xf").map((xf) => {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const protection = firstElement(xf.inner, "protection");
    return {
      numberFormat: custom.get(id) ?? BUILTIN_FORMATS[id] ?? `#${id}`,
      locked: protection?.attrs.locked !== "0" && protection?.attrs.locked !== "false",
    };
  });
}

function position(ref: string): { row: number; col: number } {
  return parseA1(ref) ?? { row: 0, col: 0 };
}

function expand(sqref: string): number[] {
  const keys: number[] = [];
  for (const part of sqref.split(/\s+/)) {
    const [a, b] = part.replace(/\$/g, "").split(":");
    const p = position(a ?? "A1");
    const q = position(b ?? a ?? "A1");
    for (let r = p.row; r <= q.row; r += 1)
      for (let c = p.col; c <= q.col; c += 1) keys.push(r * 16384 + c);
  }
  return keys;
}

const OPERATORS: Readonly<Record<string, string>> = {
  between: "between",
  greaterThanOrEqual: "greaterThanOrEqual",
  lessThanOrEqual: "lessThanOrEqual",
};

function readSheet(
  pkg: XlsxPackage,
  name: string,
  part: string,
  visibility: DumpSheet["visibility"],
  shared: string[],
  xfs: Xf[]
): { sheet: DumpSheet; validations: DumpValidation[]; tables: DumpTable[] } {
  const xml = pkg.text(part) ?? "";
  const cells: Record<string, DumpCell> = {};
  const sharedFormulas = new Map<string, string>();
  for (const c of elements(firstElement(xml, "sheetData")?.inner ?? "", "c")) {
    const xf = xfs[Number(c.attrs.s ?? 0)] ?? { numberFormat: "General", locked: true };
    const f = firstElement(c.inner, "f");
    let formula: string | null = null;
    if (f) {
      const text = decodeEntities(f.inner);
      if (f.attrs.t === "shared" && f.attrs.si !== undefined) {
        if (text) sharedFormulas.set(f.attrs.si, text);
        formula = canonicalFormula(text || (sharedFormulas.get(f.attrs.si) ?? ""));
      } else formula = canonicalFormula(text);
    }
    const v = firstElement(c.inner, "v");
    let value: CellValue = null;
    if (!formula) {
      if (c.attrs.t === "inlineStr")
        value = stringItemText(firstElement(c.inner, "is")?.inner ?? "");
      else if (v) {
        const raw = decodeOoxmlEscapes(decodeEntities(v.inner));
        value =
          c.attrs.t === "s"
            ? (shared[Number(raw)] ?? "")
            : c.attrs.t === "b"
              ? raw === "1"
              : c.attrs.t === "str"
                ? raw
                : Number(raw);
      }
      if (value === "") value = null;
    }
    if (value === null && formula === null && xf.numberFormat === "General" && xf.locked) continue;
    cells[formatA1(position(c.attrs.r ?? "A1"))] = {
      value,
      formula,
      numberFormat: xf.numberFormat,
      locked: xf.locked,
    };
  }
  const pane = firstElement(xml, "pane");
  const frozen =
    pane?.attrs.state === "frozen"
      ? { rows: Number(pane.attrs.ySplit ?? 0), columns: Number(pane.attrs.xSplit ?? 0) }
      : { rows: 0, columns: 0 };
  const rules = new Map<number, string>();
  for (const dv of elements(xml, "dataValidation")) {
    const a = dv.attrs;
    const kind = a.type ?? "any";
    const f1 = firstElement(dv.inner, "formula1")?.inner;
    const f2 = firstElement(dv.inner, "formula2")?.inner;
    const bounds = [f1, f2]
      .filter((x): x is string => x !== undefined)
      .map((x) =>
        kind === "list" ? `=${decodeEntities(x).replace(/^=/, "")}` : Number(decodeEntities(x))
      );
    const text = ruleText({
      kind: kind === "list" ? "list" : kind,
      operator:
        kind === "list" || kind === "any"
          ? ""
          : (OPERATORS[a.operator ?? "between"] ?? a.operator ?? "between"),
      bounds: kind === "list" ? bounds.map((b) => String(b)) : bounds,
      allowBlank: a.allowBlank === "1" || a.allowBlank === "true",
      prompt:
        a.showInputMessage === "1" || a.showInputMessage === "true"
          ? { title: decodeEntities(a.promptTitle ?? ""), message: decodeEntities(a.prompt ?? "") }
          : null,
      error:
        a.showErrorMessage === "1" || a.showErrorMessage === "true"
          ? {
              style: a.errorStyle ?? "stop",
              title: decodeEntities(a.errorTitle ?? ""),
              message: decodeEntities(a.error ?? ""),
            }
          : null,
    });
    for (const key of expand(a.sqref ?? "")) rules.set(key, text);
  }
  const tables: DumpTable[] = [];
  for (const rel of relationshipsOf(pkg, part)) {
    if (rel.type !== "table") continue;
    const t = firstElement(pkg.text(rel.target) ?? "", "table");
    if (!t) continue;
    tables.push({
      name: t.attrs.displayName ?? t.attrs.name ?? "",
      sheet: name,
      address: (t.attrs.ref ?? "").replace(/\$/g, ""),
      headers: elements(t.inner, "tableColumn").map((c) =>
        decodeOoxmlEscapes(decodeEntities(c.attrs.name ?? ""))
      ),
    });
  }
  const protectedSheet = firstElement(xml, "sheetProtection");
  return {
    sheet: {
      name,
      visibility,
      protected: protectedSheet !== null && protectedSheet.attrs.sheet !== "0",
      frozen,
      cells,
    },
    validations: groupValidations(name, rules),
    tables,
  };
}

/**
 * The dump of an .xlsx file (read straight from its XML parts with the
 * reader's helpers), for comparison with the Office.js writer's output.
 * Node only (the .xlsx side is not in the browser bundle).
 */
export function dumpXlsx(bytes: Uint8Array): WorkbookDump {
  const pkg = openXlsxPackage(bytes, "dump.xlsx");
  const wb = readWorkbookPart(pkg);
  const shared = readSharedStrings(wb.sharedStringsPart ? pkg.text(wb.sharedStringsPart) : null);
  const xfs = readStyles(wb.stylesPart ? (pkg.text(wb.stylesPart) ?? "") : "");
  const states = new Map(
    elements(pkg.text(pkg.workbookPart) ?? "", "sheet").map((s) => [
      decodeEntities(s.attrs.name ?? ""),
      s.attrs.state ?? "visible",
    ])
  );
  const parts = wb.sheets.map((s) => {
    const state = states.get(s.name);
    const visibility: DumpSheet["visibility"] =
      state === "hidden" ? "hidden" : state === "veryHidden" ? "veryHidden" : "visible";
    return readSheet(pkg, s.name, s.part ?? "", visibility, shared, xfs);
  });
  return {
    sheets: parts.map((p) => p.sheet),
    names: wb.names
      .map((n) => ({ name: n.name, ref: n.formula.replace(/^'(.*)'!/, "$1!") }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    tables: parts.flatMap((p) => p.tables).sort((a, b) => a.name.localeCompare(b.name)),
    validations: parts.flatMap((p) => p.validations),
  };
}
