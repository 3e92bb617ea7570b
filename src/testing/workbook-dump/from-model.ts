import { formatA1, parseA1 } from "../../domain/read/a1";
import { rectA1 } from "../excel-double/address";
import type { CellModel, SheetModel, WorkbookModel } from "../excel-double/model";
import { tableHeaders } from "../excel-double/tables";
import { canonicalFormula, groupValidations, ruleText } from "./canonical";
import type { DumpCell, DumpSheet, DumpValidation, WorkbookDump } from "./types";

const OPERATORS: Readonly<Record<string, string>> = {
  Between: "between",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

function dumpCell(c: CellModel): DumpCell | null {
  const empty = c.value === null && c.formula === null;
  if (empty && c.numberFormat === "General" && c.locked) return null;
  return {
    value: c.formula ? null : c.value,
    formula: c.formula ? canonicalFormula(c.formula) : null,
    numberFormat: c.numberFormat,
    locked: c.locked,
  };
}

function validationRule(c: CellModel): string | null {
  const v = c.validation;
  if (!v) return null;
  const r = v.rule;
  const prompt =
    v.prompt && v.prompt.showPrompt ? { title: v.prompt.title, message: v.prompt.message } : null;
  const error =
    v.errorAlert && v.errorAlert.showAlert
      ? { style: v.errorAlert.style, title: v.errorAlert.title, message: v.errorAlert.message }
      : null;
  const common = { allowBlank: v.ignoreBlanks, prompt, error };
  if (r.list) return ruleText({ kind: "list", operator: "", bounds: [r.list.source], ...common });
  const kind = r.wholeNumber ? "whole" : r.decimal ? "decimal" : r.date ? "date" : null;
  const basic = r.wholeNumber ?? r.decimal ?? r.date;
  if (!kind || !basic) return ruleText({ kind: "any", operator: "", bounds: [], ...common });
  // Excel reads date bounds back as string formulas (`=46388`): compared as the numbers the file holds.
  const asNumber = (b: unknown): unknown =>
    typeof b === "string" && /^=-?\d+(\.\d+)?$/.test(b) ? Number(b.slice(1)) : b;
  const bounds = (
    basic.formula2 === undefined ? [basic.formula1] : [basic.formula1, basic.formula2]
  ).map(asNumber);
  return ruleText({
    kind,
    operator: OPERATORS[basic.operator] ?? basic.operator,
    bounds,
    ...common,
  });
}

function dumpSheet(s: SheetModel): { sheet: DumpSheet; validations: DumpValidation[] } {
  const cells: Record<string, DumpCell> = {};
  const rules = new Map<number, string>();
  for (const [key, c] of s.cells) {
    const pos = { row: Math.floor(key / 16384), col: key % 16384 };
    const d = dumpCell(c);
    if (d) cells[formatA1(pos)] = d;
    const rule = validationRule(c);
    if (rule) rules.set(key, rule);
  }
  const visibility =
    s.visibility === "Visible" ? "visible" : s.visibility === "Hidden" ? "hidden" : "veryHidden";
  return {
    sheet: {
      name: s.name,
      visibility,
      protected: s.protection.protected,
      frozen: { rows: s.freeze.rows, columns: s.freeze.cols },
      cells,
    },
    validations: groupValidations(s.name, rules),
  };
}

/** The dump of the Excel double's workbook. */
export function dumpModel(model: WorkbookModel): WorkbookDump {
  const parts = model.sheets.map(dumpSheet);
  const sheetName = (id: string | null): string | null =>
    model.sheets.find((s) => s.id === id)?.name ?? null;
  return {
    sheets: parts.map((p) => p.sheet),
    names: model.names
      .map((n) => {
        const sheet = sheetName(n.sheetId);
        return { name: n.name, ref: sheet ? `${sheet}!${rectA1(n.rect, true)}` : "#REF!" };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    tables: model.tables
      .map((t) => {
        const sheet = model.sheets.find((s) => s.id === t.sheetId) as SheetModel;
        return {
          name: t.name,
          sheet: sheet.name,
          address: rectA1(t.rect),
          headers: tableHeaders(sheet, t),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    validations: parts.flatMap((p) => p.validations),
  };
}

/** Keep only the named sheets (e.g. drop the workbook's original `Sheet1`), with their names, tables and validations. */
export function onlySheets(dump: WorkbookDump, names: readonly string[]): WorkbookDump {
  const keep = new Set(names);
  return {
    sheets: dump.sheets.filter((s) => keep.has(s.name)),
    names: dump.names.filter((n) => keep.has(n.ref.split("!")[0] ?? "")),
    tables: dump.tables.filter((t) => keep.has(t.sheet)),
    validations: dump.validations.filter((v) => keep.has(v.sheet)),
  };
}

export { parseA1 };
